/// Finds every type and name problem in a parsed condition, without evaluating it.
///
/// Rules, where `any` (an unknown or mixed type) is accepted everywhere:
/// - `not`, `and`, `or` take yes/no operands and give yes/no.
/// - `==` and `!=` take operands of conforming types (the right must fit the left).
/// - `<`, `<=`, `>`, `>=` take two numbers or two dates; text does not order.
/// - `x in list` needs `x` to fit the list's items; `x in text` needs `x` to be text.
/// - `list contains x` and `text contains x` mirror `in`.
/// - `count(list or text)` gives a number, `exists(path)` yes/no, `lower(text)` text, `words(text)`
///   a list of text; `matches(text, 'pattern')` yes/no and its pattern must be a valid literal;
///   `items('catalog')` and `tags('catalog', x)` a list of text and name a known catalog literally;
///   `without(list, list)` and `union(list, list)` the first list's type; `days_between(date, date)` a number.
///
/// A node whose type cannot be known (an unknown path or function) is typed `any`, so one typo
/// yields one problem rather than a cascade. The caller decides what the whole must be: a `when:`
/// insists on yes/no by checking the returned type.
public enum ExpressionChecker {
    /// Checks `expression`, asking `resolve` for the type of each dotted path (nil when unknown).
    /// `candidates` are the known path names, searched for a "did you mean" when a path is unknown.
    /// `catalogs`, when given, are the catalog ids `items(...)` and `tags(...)` may name.
    public static func check(
        _ expression: Expression,
        candidates: [String] = [],
        catalogs: [String]? = nil,
        resolve: (String) -> ValueType?
    ) -> (type: ValueType, problems: [ExpressionProblem]) {
        var problems: [ExpressionProblem] = []
        let type = typeOf(expression, candidates: candidates, catalogs: catalogs, resolve: resolve, problems: &problems)
        return (type, problems)
    }

    /// Checks against a fixed table of path types, whose names double as the suggestions.
    public static func check(
        _ expression: Expression,
        types: [String: ValueType],
        catalogs: [String]? = nil
    ) -> (type: ValueType, problems: [ExpressionProblem]) {
        check(expression, candidates: types.keys.sorted(), catalogs: catalogs, resolve: { types[$0] })
    }

    private static func typeOf(
        _ expression: Expression,
        candidates: [String],
        catalogs: [String]?,
        resolve: (String) -> ValueType?,
        problems: inout [ExpressionProblem]
    ) -> ValueType {
        func visit(_ node: Expression) -> ValueType {
            typeOf(node, candidates: candidates, catalogs: catalogs, resolve: resolve, problems: &problems)
        }
        func require(_ node: Expression, _ type: ValueType, _ expected: [ValueType]) {
            guard !expected.contains(where: { type.conforms(to: $0) }) else { return }
            problems.append(.typeMismatch(expected: expected, found: type, range: node.range))
        }

        switch expression {
        case let .literal(value, _):
            return value.type

        case let .path(path, range):
            if let type = resolve(path) { return type }
            problems.append(.unknownPath(path, range: range, suggestion: EditDistance.nearest(to: path, in: candidates)))
            return .any

        case let .not(operand, _):
            require(operand, visit(operand), [.bool])
            return .bool

        case let .and(left, right, _), let .or(left, right, _):
            require(left, visit(left), [.bool])
            require(right, visit(right), [.bool])
            return .bool

        case let .comparison(op, left, right, _):
            let leftType = visit(left), rightType = visit(right)
            if op.isOrdering {
                require(left, leftType, [.number, .date, .dateTime])
                // Once the left side is sound, the right must match it exactly (number with number).
                if leftType == .number || leftType == .date || leftType == .dateTime {
                    require(right, rightType, [leftType])
                } else {
                    require(right, rightType, [.number, .date, .dateTime])
                }
            } else {
                require(right, rightType, [leftType])
            }
            return .bool

        case let .isIn(element, container, _):
            let elementType = visit(element), containerType = visit(container)
            checkMembership(container: container, containerType, element: element, elementType, require: require)
            return .bool

        case let .contains(container, element, _):
            let containerType = visit(container), elementType = visit(element)
            checkMembership(container: container, containerType, element: element, elementType, require: require)
            return .bool

        case let .call(name, arguments, range):
            let argumentTypes = arguments.map(visit)
            guard let function = ExpressionFunction(rawValue: name) else {
                let nameRange = SourceRange(start: range.start, end: range.start + name.count - 1)
                problems.append(.unknownFunction(name, range: nameRange, suggestion: ExpressionFunction.suggestion(for: name)))
                return .any
            }
            let resultType: ValueType
            switch function {
            case .count, .daysBetween: resultType = .number
            case .exists, .matches: resultType = .bool
            case .lower: resultType = .text
            case .words, .items, .tags, .tagged, .names: resultType = .list(.text)
            case .without, .union, .rest: resultType = argumentTypes.first ?? .any
            case .first:
                if case let .list(element)? = argumentTypes.first { resultType = element } else { resultType = .any }
            }
            guard arguments.count == function.arity else {
                problems.append(.wrongArgumentCount(function: name, expected: function.arity,
                                                    found: arguments.count, range: range))
                return resultType
            }
            let argument = arguments[0], argumentType = argumentTypes[0]
            switch function {
            case .count: require(argument, argumentType, [.list(.any), .text])
            case .exists: if case .path = argument {} else { problems.append(.notAPath(range: argument.range)) }
            case .lower, .words: require(argument, argumentType, [.text])
            case .matches:
                require(argument, argumentType, [.text])
                guard case let .literal(.text(pattern), patternRange) = arguments[1] else {
                    problems.append(.notALiteral(function: name, what: "a pattern in quotes", range: arguments[1].range))
                    break
                }
                if let reason = TextPattern.problem(in: pattern) {
                    problems.append(.invalidPattern(reason, range: patternRange))
                }
            case .items, .tags, .tagged, .names:
                guard case let .literal(.text(catalog), catalogRange) = argument else {
                    problems.append(.notALiteral(function: name, what: "a catalog id in quotes", range: argument.range))
                    break
                }
                if let catalogs, !catalogs.contains(catalog) {
                    problems.append(.unknownCatalog(catalog, range: catalogRange,
                                                    suggestion: EditDistance.nearest(to: catalog, in: catalogs)))
                }
                if function != .items { require(arguments[1], argumentTypes[1], [.text, .list(.text)]) }
                if function == .tagged { require(arguments[2], argumentTypes[2], [.text]) }
            case .first, .rest:
                require(argument, argumentType, [.list(.any)])
            case .without, .union:
                require(argument, argumentType, [.list(.any)])
                if case let .list(element) = argumentType {
                    require(arguments[1], argumentTypes[1], [.list(element)])
                } else {
                    require(arguments[1], argumentTypes[1], [.list(.any)])
                }
            case .daysBetween:
                require(argument, argumentType, [.date])
                require(arguments[1], argumentTypes[1], [.date])
            }
            return resultType
        }
    }

    /// `in` and `contains` share their rule: the container is a list or text, and the element fits it.
    private static func checkMembership(
        container: Expression, _ containerType: ValueType,
        element: Expression, _ elementType: ValueType,
        require: (Expression, ValueType, [ValueType]) -> Void
    ) {
        switch containerType {
        case .any: return
        case let .list(itemType): require(element, elementType, [itemType])
        case .text: require(element, elementType, [.text])
        default: require(container, containerType, [.list(.any), .text])
        }
    }
}
