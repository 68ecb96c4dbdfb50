/// Evaluates a condition against the session's values.
///
/// A slot that has not been answered has no value, and conditions are written by coaches who will
/// not guard every name with `exists`, so a missing value never fails a run; it makes tests false:
/// - A comparison with a missing side is false, except `!=`, which is true (an unset stage is not
///   'student'). Two missing sides are treated the same way: `a == b` false, `a != b` true.
/// - `and`, `or` and `not` treat missing, like anything other than `true`, as false: `not flag` is
///   true until the slot is answered yes. `and`/`or` skip their right side when the left decides.
/// - `x in missing`, `missing in x`, `missing contains x` and `x contains missing` are false.
/// - `exists(p)` is true when `p` has a value that is not an empty text or an empty list.
/// - `count(missing)` is 0; `lower(missing)` is missing; `words`, `items`, `tags` of missing are
///   empty lists; `matches(missing, …)` is false; `without(missing, x)` is missing.
///
/// Text comparisons are exact and case-sensitive (use `lower(...)` to ignore case); `in`/`contains`
/// on text test for a substring, and the empty text is in every text. Numbers compare by value
/// (`3 == 3.0`). Operands of the wrong type, which the checker rejects, make a comparison false
/// and a function's result missing, rather than trapping.
public enum ExpressionEvaluator {
    /// The value of `expression`, or nil for "no value"; `lookup` answers for each dotted path.
    public static func evaluate(_ expression: Expression, lookup: (String) -> Value?) -> Value? {
        evaluate(expression, catalogs: [:], lookup: lookup)
    }

    /// The value of `expression`, with the catalogs `items(...)` and `tags(...)` read.
    public static func evaluate(_ expression: Expression, catalogs: [String: Catalog], lookup: (String) -> Value?) -> Value? {
        switch expression {
        case let .literal(value, _):
            return value
        case let .path(path, _):
            return lookup(path)
        case let .not(operand, _):
            return .bool(!isTrue(evaluate(operand, catalogs: catalogs, lookup: lookup)))
        case let .and(left, right, _):
            return .bool(isTrue(evaluate(left, catalogs: catalogs, lookup: lookup)) && isTrue(evaluate(right, catalogs: catalogs, lookup: lookup)))
        case let .or(left, right, _):
            return .bool(isTrue(evaluate(left, catalogs: catalogs, lookup: lookup)) || isTrue(evaluate(right, catalogs: catalogs, lookup: lookup)))
        case let .comparison(op, left, right, _):
            return .bool(compare(op, evaluate(left, catalogs: catalogs, lookup: lookup), evaluate(right, catalogs: catalogs, lookup: lookup)))
        case let .isIn(element, container, _):
            return .bool(holds(evaluate(container, catalogs: catalogs, lookup: lookup), evaluate(element, catalogs: catalogs, lookup: lookup)))
        case let .contains(container, element, _):
            return .bool(holds(evaluate(container, catalogs: catalogs, lookup: lookup), evaluate(element, catalogs: catalogs, lookup: lookup)))
        case let .call(name, arguments, _):
            guard let function = ExpressionFunction(rawValue: name), arguments.count == function.arity else { return nil }
            let argument = evaluate(arguments[0], catalogs: catalogs, lookup: lookup)
            let second = arguments.count > 1 ? evaluate(arguments[1], catalogs: catalogs, lookup: lookup) : nil
            switch function {
            case .count:
                switch argument {
                case nil: return .number(0)
                case let .list(items)?: return .number(Double(items.count))
                case let .text(text)?: return .number(Double(text.count))
                default: return nil
                }
            case .exists:
                switch argument {
                case nil, .text("")?, .list([])?: return .bool(false)
                default: return .bool(true)
                }
            case .lower:
                guard case let .text(text)? = argument else { return nil }
                return .text(text.lowercased())
            case .words:
                guard case let .text(text)? = argument else { return .list([]) }
                return .list(Catalog.words(of: text).map(Value.text))
            case .matches:
                guard case let .text(text)? = argument, case let .text(pattern)? = second else { return .bool(false) }
                return .bool(TextPattern.matches(text, pattern))
            case .items:
                guard case let .text(id)? = argument, let catalog = catalogs[id] else { return .list([]) }
                return .list(catalog.items.map { .text($0.id) })
            case .tags, .tagged, .names:
                guard case let .text(id)? = argument, let catalog = catalogs[id] else { return .list([]) }
                let names: [String]
                switch second {
                case let .text(text)?: names = [text]
                case let .list(items)?: names = items.compactMap { if case let .text(text) = $0 { return text } else { return nil } }
                default: names = []
                }
                if function == .names {
                    var shown: [Value] = []
                    for name in names {
                        let value = Value.text(catalog.item(named: name)?.name ?? name)
                        if !shown.contains(value) { shown.append(value) }
                    }
                    return .list(shown)
                }
                if function == .tagged {
                    let third = arguments.count > 2 ? evaluate(arguments[2], catalogs: catalogs, lookup: lookup) : nil
                    guard case let .text(tag)? = third else { return .list([]) }
                    return .list(names.filter { catalog.item(named: $0)?.tags.contains(tag) == true }.map(Value.text))
                }
                var tags: [String] = []
                for name in names {
                    for tag in catalog.item(named: name)?.tags ?? [] where !tags.contains(tag) { tags.append(tag) }
                }
                return .list(tags.map(Value.text))
            case .without:
                guard case let .list(items)? = argument else { return argument }
                guard case let .list(removed)? = second else { return argument }
                return .list(items.filter { !removed.contains($0) })
            case .first:
                guard case let .list(items)? = argument else { return nil }
                return items.first
            case .rest:
                guard case let .list(items)? = argument else { return argument }
                return .list(Array(items.dropFirst()))
            case .union:
                let first: [Value], more: [Value]
                switch argument { case let .list(items)?: first = items; case let value?: first = [value]; case nil: first = [] }
                switch second { case let .list(items)?: more = items; case let value?: more = [value]; case nil: more = [] }
                var items = first
                for item in more where !items.contains(item) { items.append(item) }
                return .list(items)
            case .daysBetween:
                guard case let .date(from)? = argument, case let .date(to)? = second else { return nil }
                return .number(Double(to.dayNumber - from.dayNumber))
            }
        }
    }

    /// Whether `expression` holds: the form a rule's `when:` needs. Only `true` is true.
    public static func isSatisfied(_ expression: Expression, catalogs: [String: Catalog] = [:], lookup: (String) -> Value?) -> Bool {
        isTrue(evaluate(expression, catalogs: catalogs, lookup: lookup))
    }

    private static func isTrue(_ value: Value?) -> Bool {
        value == .bool(true)
    }

    private static func compare(_ op: ComparisonOperator, _ left: Value?, _ right: Value?) -> Bool {
        guard let left, let right else { return op == .notEqual }
        switch op {
        case .equal: return left == right
        case .notEqual: return left != right
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            switch (left, right) {
            case let (.number(a), .number(b)): return order(op, a, b)
            case let (.date(a), .date(b)): return order(op, a, b)
            case let (.dateTime(a), .dateTime(b)): return order(op, a, b)
            default: return false
            }
        }
    }

    private static func order<T: Comparable>(_ op: ComparisonOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal, .notEqual: return false
        }
    }

    /// The shared test behind `in` and `contains`.
    private static func holds(_ container: Value?, _ element: Value?) -> Bool {
        switch (container, element) {
        case let (.list(items)?, element?): return items.contains(element)
        case let (.text(text)?, .text(part)?): return part.isEmpty || text.contains(part)
        default: return false
        }
    }
}
