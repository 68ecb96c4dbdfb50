extension ValueType {
    /// The type as it reads inside a sentence ("expected a number, found text"), which
    /// `description` ("number") does not quite do.
    static func phrase(_ type: ValueType) -> String {
        switch type {
        case .text: return "text"
        case .number: return "a number"
        case .bool: return "yes/no"
        case .date: return "a date"
        case .dateTime: return "a date and time"
        case .any: return "a value"
        case .record: return "a record"
        case .list(.any): return "a list"
        case let .list(element): return "a list of \(plural(element))"
        }
    }

    private static func plural(_ type: ValueType) -> String {
        switch type {
        case .text: return "text"
        case .number: return "numbers"
        case .bool: return "yes/no values"
        case .date: return "dates"
        case .dateTime: return "dates and times"
        case .any: return "values"
        case .record: return "records"
        case let .list(element): return "lists of \(plural(element))"
        }
    }

    /// Alternatives joined the way a sentence lists them: "a number or a date".
    static func phrase(_ types: [ValueType]) -> String {
        let phrases = types.map(phrase)
        guard phrases.count > 1 else { return phrases.first ?? "a value" }
        return phrases.dropLast().joined(separator: ", ") + " or " + phrases.last!
    }
}
