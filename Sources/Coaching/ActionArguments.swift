import DialogueEngine

/// What an action was given, read as the profile stores it: text trimmed (empty is not given), list items
/// trimmed without empty ones, dates and whole numbers as they are.
struct ActionArguments {
    let values: [String: Value]

    init(_ values: [String: Value]) { self.values = values }

    func has(_ key: String) -> Bool { values[key] != nil }

    func text(_ key: String) -> String? {
        guard case let .text(value)? = values[key] else { return nil }
        let trimmed = value.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The items, or nil when no list was given (an empty list is given, and empty).
    func list(_ key: String) -> [String]? {
        guard case let .list(items)? = values[key] else { return nil }
        return items.map(\.displayText).map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }

    func date(_ key: String) -> CalendarDate? {
        guard case let .date(value)? = values[key] else { return nil }
        return value
    }

    func number(_ key: String) -> Int? {
        guard case let .number(value)? = values[key] else { return nil }
        return Int(value)
    }
}
