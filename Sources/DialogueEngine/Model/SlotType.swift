/// One option of a choice, multi-choice or rank question: from a list in the flow or a catalog.
public struct ChoiceOption: Hashable, Sendable, Codable {
    /// Stable identifier stored as the answer (e.g. `autonomy`).
    public var id: String
    /// What the user sees (e.g. `Autonomy`).
    public var label: String
    /// Other words that mean this option (e.g. `independence`, `freedom`).
    public var synonyms: [String]

    public init(id: String, label: String, synonyms: [String] = []) {
        self.id = id
        self.label = label
        self.synonyms = synonyms
    }
}

/// What kind of answer an `ask` step takes, with its limits.
public enum SlotType: Hashable, Sendable, Codable {
    /// Free text, with optional limits on its length in characters.
    case text(minLength: Int?, maxLength: Int?)
    case yesNo
    /// A number, optionally within a range and optionally whole.
    case number(min: Double?, max: Double?, integer: Bool)
    /// A calendar day: ISO `2026-12-03` or forms like `next friday`, resolved against today.
    case date
    /// A calendar day in the past (when something started or ended): `march` and `friday` mean the
    /// last ones rather than the next.
    case pastDate
    /// A day and a time of day: `next thursday 6pm`, `2026-12-03 18:00`, `dec 3 at 9:30am`.
    case dateTime
    /// A length of time in minutes, between `min` and `max`: `90`, `2 hours`, `1h30`, `an hour and a half`.
    case duration(min: Int?, max: Int?)
    /// One of the options.
    case choice([ChoiceOption])
    /// Several of the options, between `min` and `max` picks.
    case multiChoice([ChoiceOption], min: Int, max: Int?)
    /// The options put in order; `count` of them when given (the top N), else all.
    case rank([ChoiceOption], count: Int?)
    /// Items collected one a line until an empty line, between `min` and `max` items.
    case list(minItems: Int, maxItems: Int?)

    /// The type of the value stored in the slot.
    public var valueType: ValueType {
        switch self {
        case .text, .choice: return .text
        case .yesNo: return .bool
        case .number, .duration: return .number
        case .dateTime: return .dateTime
        case .date, .pastDate: return .date
        case .multiChoice, .rank, .list: return .list(.text)
        }
    }

    /// The options of a choice, multichoice or rank question; none for the others.
    public var options: [ChoiceOption] {
        switch self {
        case let .choice(options), let .multiChoice(options, _, _), let .rank(options, _): return options
        default: return []
        }
    }
}
