/// Turns the text of a condition into an `Expression`, or says where and why it cannot.
///
/// Grammar, loosest first (keywords are lowercase and case-sensitive):
///
///     or         := and ('or' and)*
///     and        := not ('and' not)*
///     not        := 'not' not | comparison
///     comparison := primary (('==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'contains') primary)?
///     literal    := 'text' | "text" | 3 | -3.5 | 1e6 | true | false
///     primary    := literal | path | name '(' arguments? ')' | '(' or ')' | '[' literals? ']'
///
/// So `not a == b` means `not (a == b)` and `a or b and c` means `a or (b and c)`. Comparisons do
/// not chain: `a < b < c` is an error rather than a silent surprise. The parser never traps: every
/// input, however broken, yields either a tree or an error whose column lies in
/// `1...(text.count + 1)`.
public enum ExpressionParser {
    /// How deep parentheses, `not`s, calls and operator chains may nest. Keeps every recursive walk
    /// over a tree (checking, evaluating, printing, hashing) far from the stack's limit.
    public static let maximumDepth = 64

    public static func parse(_ text: String) -> Result<Expression, ExpressionError> {
        var parser = Parser(tokens: ExpressionLexer.tokens(text))
        do {
            return .success(try parser.parseCondition())
        } catch {
            return .failure(error)
        }
    }
}

private typealias Token = ExpressionLexer.Token

/// A subtree, with the text it spans including any parentheses around it, and its height.
private struct Parsed {
    var expression: Expression
    var span: SourceRange
    var depth: Int
}

private struct Parser {
    let tokens: [Token]
    var position = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    // MARK: Tokens

    /// The next token; an `.invalid` one is reported here, the first time the parser looks at it.
    func peek() throws(ExpressionError) -> Token {
        let token = tokens[position]
        if case let .invalid(error) = token.kind { throw error }
        return token
    }

    mutating func advance() throws(ExpressionError) -> Token {
        let token = try peek()
        if token.kind != .end { position += 1 }
        return token
    }

    // MARK: Grammar

    mutating func parseCondition() throws(ExpressionError) -> Expression {
        if try peek().kind == .end {
            throw ExpressionError(.empty, column: 1, "expected a condition, found nothing")
        }
        let parsed = try parseOr(nesting: 0, after: nil)
        let next = try peek()
        switch next.kind {
        case .end:
            return parsed.expression
        case .symbol(.closeParenthesis):
            throw ExpressionError(.unmatchedParenthesis, column: next.column,
                                  "expected an operator or the end of the condition, found ')' with no '(' before it")
        default:
            throw ExpressionError(.unexpectedToken, column: next.column,
                                  "expected an operator or the end of the condition, found \(describe(next))")
        }
    }

    mutating func parseOr(nesting: Int, after context: Token?) throws(ExpressionError) -> Parsed {
        var left = try parseAnd(nesting: nesting, after: context)
        while try peek().kind == .keyword(.or) {
            let op = try advance()
            let right = try parseAnd(nesting: nesting, after: op)
            left = try combine(left, right, at: op) { .or($0, $1, $2) }
        }
        return left
    }

    mutating func parseAnd(nesting: Int, after context: Token?) throws(ExpressionError) -> Parsed {
        var left = try parseNot(nesting: nesting, after: context)
        while try peek().kind == .keyword(.and) {
            let op = try advance()
            let right = try parseNot(nesting: nesting, after: op)
            left = try combine(left, right, at: op) { .and($0, $1, $2) }
        }
        return left
    }

    mutating func parseNot(nesting: Int, after context: Token?) throws(ExpressionError) -> Parsed {
        guard try peek().kind == .keyword(.not) else { return try parseComparison(nesting: nesting, after: context) }
        let op = try advance()
        try checkNesting(nesting + 1, at: op)
        let operand = try parseNot(nesting: nesting + 1, after: op)
        try checkNesting(operand.depth + 1, at: op)
        let range = op.range.union(operand.span)
        return Parsed(expression: .not(operand.expression, range), span: range, depth: operand.depth + 1)
    }

    mutating func parseComparison(nesting: Int, after context: Token?) throws(ExpressionError) -> Parsed {
        let left = try parsePrimary(nesting: nesting, after: context)
        guard let op = try comparisonOperator() else { return left }
        let right = try parsePrimary(nesting: nesting, after: op.token)
        if let chained = try comparisonOperator() {
            throw ExpressionError(.chainedComparison, column: chained.token.column,
                                  "expected 'and', 'or' or the end of the condition, found '\(chained.token.source)'; "
                                  + "comparisons do not chain, so join them with 'and'")
        }
        return try combine(left, right, at: op.token, op.build)
    }

    /// The comparison-level operator next in line, consumed, with the node it builds.
    mutating func comparisonOperator() throws(ExpressionError)
        -> (token: Token, build: (Expression, Expression, SourceRange) -> Expression)?
    {
        let next = try peek()
        switch next.kind {
        case let .comparison(op):
            position += 1
            return (next, { .comparison(op, $0, $1, $2) })
        case .keyword(.in):
            position += 1
            return (next, { .isIn($0, $1, $2) })
        case .keyword(.contains):
            position += 1
            return (next, { .contains($0, $1, $2) })
        default:
            return nil
        }
    }

    mutating func parsePrimary(nesting: Int, after context: Token?) throws(ExpressionError) -> Parsed {
        let token = try peek()
        switch token.kind {
        case let .number(number):
            position += 1
            return leaf(.literal(.number(number), token.range))
        case let .text(text):
            position += 1
            return leaf(.literal(.text(text), token.range))
        case .keyword(.true), .keyword(.false):
            position += 1
            return leaf(.literal(.bool(token.kind == .keyword(.true)), token.range))
        case let .name(name):
            position += 1
            if try peek().kind == .symbol(.openParenthesis), !name.contains(".") {
                return try parseCall(name: token, nesting: nesting)
            }
            return leaf(.path(name, token.range))
        case .symbol(.openParenthesis):
            position += 1
            try checkNesting(nesting + 1, at: token)
            let inner = try parseOr(nesting: nesting + 1, after: token)
            let close = try peek()
            guard close.kind == .symbol(.closeParenthesis) else {
                throw ExpressionError(.unclosedParenthesis, column: close.column,
                                      "expected ')' to close the '(' at column \(token.column), found \(describe(close))")
            }
            position += 1
            return Parsed(expression: inner.expression, span: token.range.union(close.range), depth: inner.depth)
        case .symbol(.openBracket):
            position += 1
            return try parseList(open: token)
        default:
            throw missingValue(found: token, after: context)
        }
    }

    mutating func parseCall(name: Token, nesting: Int) throws(ExpressionError) -> Parsed {
        let open = try advance()
        try checkNesting(nesting + 1, at: open)
        var arguments: [Expression] = []
        var depth = 1
        if try peek().kind == .symbol(.closeParenthesis) {
            let close = try advance()
            return Parsed(expression: .call(name.source, [], name.range.union(close.range)),
                          span: name.range.union(close.range), depth: 1)
        }
        var separator = open
        while true {
            let next = try peek()
            if next.kind == .end {
                let place = separator == open ? "'\(name.source)('" : "','"
                throw ExpressionError(.unclosedParenthesis, column: next.column,
                                      "expected an argument or ')' after \(place), found the end of the condition")
            }
            let argument = try parseOr(nesting: nesting + 1, after: separator)
            arguments.append(argument.expression)
            depth = max(depth, argument.depth + 1)
            try checkNesting(depth, at: name)
            let after = try advance()
            switch after.kind {
            case .symbol(.comma):
                separator = after
            case .symbol(.closeParenthesis):
                let range = name.range.union(after.range)
                return Parsed(expression: .call(name.source, arguments, range), span: range, depth: depth)
            default:
                throw ExpressionError(after.kind == .end ? .unclosedParenthesis : .unexpectedToken, column: after.column,
                                      "expected ',' or ')' to close the '(' of '\(name.source)' at column \(open.column), "
                                      + "found \(describe(after))")
            }
        }
    }

    /// A list of written-out values of one kind. Lists hold no paths or operators, so their type
    /// is known without a resolver and evaluation never depends on the order of lookups.
    mutating func parseList(open: Token) throws(ExpressionError) -> Parsed {
        var items: [Value] = []
        var first: Token?
        if try peek().kind == .symbol(.closeBracket) {
            let close = try advance()
            return leaf(.literal(.list([]), open.range.union(close.range)))
        }
        while true {
            let token = try advance()
            let item: Value
            switch token.kind {
            case let .text(text): item = .text(text)
            case let .number(number): item = .number(number)
            case .keyword(.true): item = .bool(true)
            case .keyword(.false): item = .bool(false)
            case .end:
                throw ExpressionError(.unclosedList, column: token.column,
                                      "expected a value or ']' to close the '[' at column \(open.column), found the end of the condition")
            default:
                throw ExpressionError(.listItemNotLiteral, column: token.column,
                                      "expected a written-out text, number or true/false in the list, found \(describe(token))")
            }
            if let first, let firstItem = items.first, firstItem.type != item.type {
                throw ExpressionError(.mixedList, column: token.column,
                                      "expected \(ValueType.phrase(firstItem.type)) like the first item at column \(first.column), "
                                      + "found \(describe(token)); a list holds one kind of value")
            }
            if first == nil { first = token }
            items.append(item)
            let after = try advance()
            switch after.kind {
            case .symbol(.comma):
                continue
            case .symbol(.closeBracket):
                return leaf(.literal(.list(items), open.range.union(after.range)))
            default:
                throw ExpressionError(.unclosedList, column: after.column,
                                      "expected ',' or ']' to close the '[' at column \(open.column), found \(describe(after))")
            }
        }
    }

    // MARK: Helpers

    func leaf(_ expression: Expression) -> Parsed {
        Parsed(expression: expression, span: expression.range, depth: 1)
    }

    func combine(_ left: Parsed, _ right: Parsed, at op: Token,
                 _ build: (Expression, Expression, SourceRange) -> Expression) throws(ExpressionError) -> Parsed {
        let depth = max(left.depth, right.depth) + 1
        try checkNesting(depth, at: op)
        let range = left.span.union(right.span)
        return Parsed(expression: build(left.expression, right.expression, range), span: range, depth: depth)
    }

    func checkNesting(_ depth: Int, at token: Token) throws(ExpressionError) {
        guard depth > ExpressionParser.maximumDepth else { return }
        throw ExpressionError(.tooDeep, column: token.column,
                              "expected at most \(ExpressionParser.maximumDepth) levels of nesting, found more at '\(token.source)'; "
                              + "split the condition into simpler ones")
    }

    func missingValue(found token: Token, after context: Token?) -> ExpressionError {
        let place = context.map { " after '\($0.source)'" } ?? ""
        return ExpressionError(.missingValue, column: token.column,
                               "expected a value\(place), found \(describe(token))")
    }

    /// How a token reads in "found …": the end, a quoted text, or the characters as written, with a
    /// nudge when a keyword was written in the wrong case.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end:
            return "the end of the condition"
        case .text:
            let source = token.source
            return "the text " + (source.count > 24 ? String(source.prefix(20)) + "…" : source)
        case let .name(name):
            if let keyword = ExpressionLexer.Keyword(rawValue: name.lowercased()) {
                return "'\(name)' (write '\(keyword.rawValue)' in lowercase)"
            }
            return "'\(name)'"
        default:
            return "'\(token.source)'"
        }
    }
}
