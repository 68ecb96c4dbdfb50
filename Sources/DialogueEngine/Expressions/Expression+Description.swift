/// Canonical spelling, for messages and tests: single spaces around operators, single-quoted text,
/// and only the parentheses the precedence rules need, so `(a)  and(b)` prints as `a and b`.
/// Parsing a description yields the same tree (ranges aside).
extension Expression: CustomStringConvertible {
    public var description: String { render(self, atLeast: .or) }
}

/// Binding strength, loosest first; an operand weaker than its slot needs parentheses.
private enum Precedence: Int, Comparable {
    case or, and, not, comparison, primary

    static func < (lhs: Precedence, rhs: Precedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

private func precedence(of expression: Expression) -> Precedence {
    switch expression {
    case .or: return .or
    case .and: return .and
    case .not: return .not
    case .comparison, .isIn, .contains: return .comparison
    case .literal, .path, .call: return .primary
    }
}

private func render(_ expression: Expression, atLeast required: Precedence) -> String {
    let text: String
    switch expression {
    case let .literal(value, _): text = renderLiteral(value)
    case let .path(path, _): text = path
    case let .not(operand, _): text = "not " + render(operand, atLeast: .not)
    // Both chains are left-associative, so a right operand of the same strength needs parentheses.
    case let .and(left, right, _): text = render(left, atLeast: .and) + " and " + render(right, atLeast: .not)
    case let .or(left, right, _): text = render(left, atLeast: .or) + " or " + render(right, atLeast: .and)
    case let .comparison(op, left, right, _):
        text = render(left, atLeast: .primary) + " \(op.rawValue) " + render(right, atLeast: .primary)
    case let .isIn(left, right, _):
        text = render(left, atLeast: .primary) + " in " + render(right, atLeast: .primary)
    case let .contains(left, right, _):
        text = render(left, atLeast: .primary) + " contains " + render(right, atLeast: .primary)
    case let .call(name, arguments, _):
        text = name + "(" + arguments.map { render($0, atLeast: .or) }.joined(separator: ", ") + ")"
    }
    return precedence(of: expression) < required ? "(" + text + ")" : text
}

private func renderLiteral(_ value: Value) -> String {
    switch value {
    case let .text(text): return quoted(text)
    case .number: return value.displayText
    case let .bool(flag): return flag ? "true" : "false"
    // There is no date literal; a constructed one prints as its ISO text.
    case let .date(date): return quoted(date.iso)
    case let .dateTime(moment): return quoted(moment.iso)
    case let .list(items): return "[" + items.map(renderLiteral).joined(separator: ", ") + "]"
    // There is no record literal either; records only come from the host.
    case let .record(fields): return quoted(Value.record(fields).displayText)
    }
}

private func quoted(_ text: String) -> String {
    var result = "'"
    for character in text {
        if character == "'" || character == "\\" { result.append("\\") }
        result.append(character)
    }
    return result + "'"
}
