import Testing
@testable import DialogueEngine

/// Parses text the test expects to be valid, recording the parser's complaint if it is not.
func parsed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Expression {
    switch ExpressionParser.parse(text) {
    case let .success(expression): return expression
    case let .failure(error):
        Issue.record("'\(text)' did not parse: \(error)", sourceLocation: sourceLocation)
        throw error
    }
}

/// Parses text the test expects to be malformed.
func parseError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ExpressionError {
    switch ExpressionParser.parse(text) {
    case let .success(expression):
        Issue.record("'\(text)' parsed as \(expression) but should have failed", sourceLocation: sourceLocation)
        throw ExpressionError(.empty, column: 0, "unexpected success")
    case let .failure(error): return error
    }
}

/// The tree with every node parenthesised, so a test can see how operators grouped without
/// depending on `description`'s choice of minimal parentheses.
func shape(_ expression: Expression) -> String {
    switch expression {
    case let .literal(value, _): return value.displayText
    case let .path(path, _): return path
    case let .not(operand, _): return "(not \(shape(operand)))"
    case let .and(left, right, _): return "(\(shape(left)) and \(shape(right)))"
    case let .or(left, right, _): return "(\(shape(left)) or \(shape(right)))"
    case let .comparison(op, left, right, _): return "(\(shape(left)) \(op.rawValue) \(shape(right)))"
    case let .isIn(left, right, _): return "(\(shape(left)) in \(shape(right)))"
    case let .contains(left, right, _): return "(\(shape(left)) contains \(shape(right)))"
    case let .call(name, arguments, _): return "\(name)(\(arguments.map(shape).joined(separator: ", ")))"
    }
}

/// Shorthand for a range in expectations.
func columns(_ start: Int, _ end: Int) -> SourceRange { SourceRange(start: start, end: end) }
