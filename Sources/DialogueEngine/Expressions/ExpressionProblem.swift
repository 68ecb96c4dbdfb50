/// A reason a well-formed condition cannot work: a name that means nothing, or values of the wrong
/// type for their operator. Kept as data so the compiler can report all of them at once, each
/// with its own file:line:column.
public enum ExpressionProblem: Hashable, Sendable, CustomStringConvertible {
    /// A path the resolver does not know, with the nearest known path when one is plausibly meant.
    case unknownPath(String, range: SourceRange, suggestion: String?)
    /// An operand whose type is none of `expected` (alternatives, as in "a number or a date").
    case typeMismatch(expected: [ValueType], found: ValueType, range: SourceRange)
    /// `exists(...)` given something other than a path: only a slot or fact can be unset.
    case notAPath(range: SourceRange)
    /// A known function called with too many or too few arguments; `range` covers the call.
    case wrongArgumentCount(function: String, expected: Int, found: Int, range: SourceRange)
    /// A call to a function that does not exist; `range` covers the name.
    case unknownFunction(String, range: SourceRange, suggestion: String?)
    /// An argument that must be written out (a catalog id, a pattern) but is computed.
    case notALiteral(function: String, what: String, range: SourceRange)
    /// A regular expression that cannot be compiled.
    case invalidPattern(String, range: SourceRange)
    /// `items('valeus')`: no catalog has that id.
    case unknownCatalog(String, range: SourceRange, suggestion: String?)

    /// The part of the condition to underline.
    public var range: SourceRange {
        switch self {
        case let .unknownPath(_, range, _), let .typeMismatch(_, _, range), let .notAPath(range),
             let .wrongArgumentCount(_, _, _, range), let .unknownFunction(_, range, _),
             let .notALiteral(_, _, range), let .invalidPattern(_, range), let .unknownCatalog(_, range, _):
            return range
        }
    }

    /// A short sentence for the coach, ending in a suggestion when there is one.
    public var message: String {
        switch self {
        case let .unknownPath(path, _, suggestion):
            return "'\(path)' is not a slot or fact this flow knows" + didYouMean(suggestion)
        case let .typeMismatch(expected, found, _):
            return "expected \(ValueType.phrase(expected)), found \(ValueType.phrase(found))"
        case .notAPath:
            return "exists(...) takes the name of a slot or fact, such as exists(school)"
        case let .wrongArgumentCount(function, expected, found, _):
            let noun = expected == 1 ? "argument" : "arguments"
            return "\(function)(...) takes \(expected) \(noun), found \(found)"
        case let .unknownFunction(name, _, suggestion):
            let known = ExpressionFunction.allCases.map { "\($0.rawValue)()" }.joined(separator: ", ")
            return "there is no function '\(name)'" + didYouMean(suggestion) + " (known: \(known))"
        case let .notALiteral(function, what, _):
            return "\(function)(...) needs \(what) here, written out rather than computed"
        case let .invalidPattern(reason, _):
            return "the pattern cannot be read: \(reason)"
        case let .unknownCatalog(name, _, suggestion):
            return "there is no catalog '\(name)'" + didYouMean(suggestion)
        }
    }

    public var description: String { "\(range): \(message)" }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
