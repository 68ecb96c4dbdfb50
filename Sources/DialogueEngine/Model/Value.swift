/// A value held by a slot or a profile fact, or produced by an expression.
public enum Value: Hashable, Sendable, Codable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(CalendarDate)
    /// A day and a time on the user's clock (`next thursday 6pm`).
    case dateTime(LocalDateTime)
    case list([Value])
    /// Named fields, such as a stored goal with its role and deadline: what a host offers templates
    /// to go through (`{{#goals.active}}{{role}}{{/goals.active}}`).
    case record([String: Value])

    /// The value's type; a list's element type is that of its first element (`any` when empty).
    public var type: ValueType {
        switch self {
        case .text: return .text
        case .number: return .number
        case .bool: return .bool
        case .date: return .date
        case .dateTime: return .dateTime
        case let .list(items): return .list(items.first?.type ?? .any)
        case .record: return .record
        }
    }

    /// The value as text for templates and messages: numbers without a needless `.0`, dates in ISO
    /// form, lists joined with commas.
    public var displayText: String {
        switch self {
        case let .text(text): return text
        case let .number(number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case let .bool(flag): return flag ? "yes" : "no"
        case let .date(date): return date.iso
        case let .dateTime(moment): return moment.iso
        case let .list(items): return items.map(\.displayText).joined(separator: ", ")
        case let .record(fields): return fields.keys.sorted().map { "\($0): \(fields[$0]!.displayText)" }.joined(separator: "; ")
        }
    }
}

/// The type of a value, as the compiler checks expressions and slots.
public indirect enum ValueType: Hashable, Sendable, Codable, CustomStringConvertible {
    case text
    case number
    case bool
    case date
    case dateTime
    case list(ValueType)
    /// Named fields; templates read them inside a section, expressions only count or test them.
    case record
    /// Unknown or mixed: accepted wherever a type is expected.
    case any

    public var description: String {
        switch self {
        case .text: return "text"
        case .number: return "number"
        case .bool: return "yes/no"
        case .date: return "date"
        case .dateTime: return "date and time"
        case let .list(element): return "list of \(element)"
        case .record: return "record"
        case .any: return "any"
        }
    }

    /// Whether a value of this type may stand where `other` is expected.
    public func conforms(to other: ValueType) -> Bool {
        switch (self, other) {
        case (.any, _), (_, .any): return true
        case let (.list(a), .list(b)): return a.conforms(to: b)
        default: return self == other
        }
    }
}
