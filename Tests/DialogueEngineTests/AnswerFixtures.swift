@testable import DialogueEngine

/// Shared inputs for the answer tests: a fixed Sunday and a set of work values with ids, labels and
/// synonyms, shaped like a real flow's options.
enum AnswerFixtures {
    /// Sunday 29 November 2026.
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    static let values = [
        ChoiceOption(id: "autonomy", label: "Autonomy", synonyms: ["independence", "freedom"]),
        ChoiceOption(id: "security", label: "Security", synonyms: ["stability"]),
        ChoiceOption(id: "money", label: "Money", synonyms: ["salary", "income"]),
        ChoiceOption(id: "work_life_balance", label: "Work-life balance", synonyms: ["flexibility"]),
        ChoiceOption(id: "self_development", label: "Self-development", synonyms: ["growth", "learning"]),
        ChoiceOption(id: "service", label: "Service", synonyms: ["helping others"]),
    ]

    static func interpret(_ input: String, as type: SlotType) -> Interpretation {
        AnswerInterpreter.interpret(input, as: type, today: today)
    }

    static func date(_ iso: String) -> Interpretation {
        .value(.date(CalendarDate(iso: iso)!))
    }

    static func ids(_ ids: String...) -> Value {
        .list(ids.map(Value.text))
    }
}
