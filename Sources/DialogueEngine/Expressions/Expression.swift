/// A parsed condition, such as `stage == 'student' and not exists(school)`.
///
/// Every node carries the `SourceRange` of the text it came from, so the checker can underline the
/// exact operand that is wrong. Parentheses only group: they leave no node behind, and a
/// parenthesised operand keeps the range of what is inside them (the enclosing node's range does
/// cover the parentheses). Because ranges are part of a node, two spellings of the same condition
/// are not `==`; compare `description`s to ignore layout.
public indirect enum Expression: Hashable, Sendable, Codable {
    /// A written-out value: `'text'`, `"text"`, `3`, `3.5`, `-2`, `true`, `false`, `['a', 'b']`.
    case literal(Value, SourceRange)
    /// A slot or fact, by its dotted name: `stage`, `values.top`.
    case path(String, SourceRange)
    /// `not x`.
    case not(Expression, SourceRange)
    /// `a and b`; the right side is only evaluated when the left is true.
    case and(Expression, Expression, SourceRange)
    /// `a or b`; the right side is only evaluated when the left is not true.
    case or(Expression, Expression, SourceRange)
    /// `a == b`, `a < b` and the other comparisons.
    case comparison(ComparisonOperator, Expression, Expression, SourceRange)
    /// `element in container`: an item of a list, or a substring of a text.
    case isIn(Expression, Expression, SourceRange)
    /// `container contains element`: the same test as `in`, written the other way round.
    case contains(Expression, Expression, SourceRange)
    /// `name(arguments)`. The name is kept as written; the checker knows which names exist.
    case call(String, [Expression], SourceRange)

    /// The text this node came from, parentheses around operands included.
    public var range: SourceRange {
        switch self {
        case let .literal(_, range), let .path(_, range), let .not(_, range),
             let .and(_, _, range), let .or(_, _, range), let .comparison(_, _, _, range),
             let .isIn(_, _, range), let .contains(_, _, range), let .call(_, _, range):
            return range
        }
    }

    /// The direct operands, left to right.
    public var children: [Expression] {
        switch self {
        case .literal, .path: return []
        case let .not(operand, _): return [operand]
        case let .and(left, right, _), let .or(left, right, _), let .comparison(_, left, right, _),
             let .isIn(left, right, _), let .contains(left, right, _):
            return [left, right]
        case let .call(_, arguments, _): return arguments
        }
    }

    /// Every dotted path the condition reads, in order of first appearance and without repeats:
    /// the facts to show when explaining why a rule matched, and the slots a rule depends on.
    public var paths: [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        func visit(_ node: Expression) {
            if case let .path(path, _) = node {
                if seen.insert(path).inserted { ordered.append(path) }
                return
            }
            for child in node.children { visit(child) }
        }
        visit(self)
        return ordered
    }
}
