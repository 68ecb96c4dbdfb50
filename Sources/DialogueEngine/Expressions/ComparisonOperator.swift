/// The six comparison operators, spelled as a coach writes them.
public enum ComparisonOperator: String, Hashable, Sendable, Codable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// Whether the operator orders its operands (and so only makes sense for numbers and dates).
    public var isOrdering: Bool {
        switch self {
        case .equal, .notEqual: return false
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return true
        }
    }
}
