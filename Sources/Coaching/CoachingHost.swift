import DialogueEngine

/// What the career domain offers the Prompts content: facts it can read and actions it can run.
///
/// Pure: the date comes in from the shell, facts from the profile; nothing here reads a clock.
public struct CoachingHost: DialogueHost {
    /// The facts content may read, with their types.
    public static let interface = HostInterface(
        facts: [
            "today": .date,
        ],
        actions: [
            "word-count": ActionSignature(
                summary: "Counts the words of a text and the seconds it takes to say at about 130 words a minute.",
                parameters: ["text": .text],
                results: ["word_count": .number, "speaking_seconds": .number]
            ),
        ]
    )

    /// Speaking pace used for timing estimates, in words a minute.
    public static let wordsPerMinute = 130.0

    public var facts: [String: Value]
    public var today: CalendarDate

    public init(facts: [String: Value] = [:], today: CalendarDate) {
        self.facts = facts
        self.today = today
    }

    public func fact(_ path: String) -> Value? {
        if path == "today" { return .date(today) }
        return facts[path]
    }

    public func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome {
        switch action {
        case "word-count":
            let text = arguments["text"]?.displayText ?? ""
            let words = text.split(whereSeparator: { $0.isWhitespace }).count
            let seconds = (Double(words) / CoachingHost.wordsPerMinute * 60).rounded()
            return ActionOutcome(slots: ["word_count": .number(Double(words)), "speaking_seconds": .number(seconds)])
        default:
            return ActionOutcome(outputs: [.problem("coach has no action '\(action)'.")])
        }
    }
}
