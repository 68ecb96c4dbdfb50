import DialogueEngine

/// What the career domain offers the Prompts content: facts it can read and actions it can run.
///
/// Pure: the date comes in from the shell, facts from the profile; nothing here reads a clock.
public struct CoachingHost: DialogueHost {
    /// The facts content may read, with their types.
    public static let interface = HostInterface(
        facts: [
            "today": .date,
            "person.name": .text,
            "person.stage": .text,
            "person.field": .text,
            "person.school": .text,
        ],
        actions: [
            "save-person": ActionSignature(
                summary: "Saves the person's basics to the profile; a parameter without a value keeps what is stored.",
                parameters: ["name": .text, "stage": .text, "field": .text, "school": .text]
            ),
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

    /// A host whose facts come from a profile.
    public init(profile: Profile, today: CalendarDate) {
        self.init(facts: CoachingHost.facts(of: profile), today: today)
    }

    /// The profile as facts flows can read.
    public static func facts(of profile: Profile) -> [String: Value] {
        var facts: [String: Value] = [:]
        facts["person.name"] = profile.person.name.map(Value.text)
        facts["person.stage"] = profile.person.stage.map { .text($0.rawValue) }
        facts["person.field"] = profile.person.field.map(Value.text)
        facts["person.school"] = profile.person.school.map(Value.text)
        return facts
    }

    /// Applies what an action does to the profile (the engine only records that it ran).
    /// Returns whether the profile changed.
    @discardableResult
    public static func apply(_ action: PerformedAction, to profile: inout Profile) -> Bool {
        let before = profile
        switch action.name {
        case "save-person":
            func text(_ key: String) -> String? {
                guard case let .text(value)? = action.arguments[key] else { return nil }
                return value
            }
            // Only values given are saved: a question skipped ("not now") or not asked keeps what
            // is stored, so nothing the user said before is lost.
            if let name = text("name") { profile.person.name = name }
            if let stage = text("stage").flatMap(Stage.init(rawValue:)) { profile.person.stage = stage }
            if let field = text("field") { profile.person.field = field }
            if let school = text("school") { profile.person.school = school }
        default:
            break
        }
        return profile != before
    }

    public func fact(_ path: String) -> Value? {
        if path == "today" { return .date(today) }
        return facts[path]
    }

    public func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome {
        switch action {
        case "save-person":
            return ActionOutcome()
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
