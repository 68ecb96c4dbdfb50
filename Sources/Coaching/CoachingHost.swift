import DialogueEngine
import Foundation

/// What the career domain offers the Prompts content: facts it can read and actions it can run.
///
/// A value holding the profile: an action that saves something changes this copy, so later steps of
/// the same turn read the new facts, and the shell takes the changed profile from the turn. Pure:
/// the date comes in from the shell; nothing here reads a clock.
public struct CoachingHost: DialogueHost {
    /// The facts content may read, with their types.
    public static let interface = HostInterface(
        facts: factTypes, actions: actions.merging(eventActions) { first, _ in first },
        compositions: [
            "openers": Composer.nameTypes.merging(Composer.openerNameTypes) { $1 },
            "pitch": Composer.nameTypes.merging(["audience.id": .text, "audience.name": .text]) { $1 },
            "linkedin": Composer.nameTypes,
            "event_plan": Composer.nameTypes.merging(Composer.eventNameTypes) { $1 },
            "followups": Composer.nameTypes.merging(Composer.eventNameTypes) { $1 }.merging(Composer.openerNameTypes) { $1 }
                .merging(Composer.meetingNameTypes) { $1 },
        ],
        numberSettings: [
            Composer.paceSetting: "speaking pace in words a minute, for the time a pitch takes",
            Composer.limitSetting: "the most characters a LinkedIn connection note may have",
            Composer.headlineSetting: "the most characters of a LinkedIn headline",
            Composer.aboutSetting: "the most characters of a LinkedIn About section",
            Composer.thankYouSetting: "days after an event a thank-you is due",
            Composer.promiseSetting: "days after an event a promise is due when no day was said",
            Composer.keepInTouchSetting: "days after a conversation to keep in touch, for a contact without their own",
        ]
    )

    /// Speaking pace used for timing estimates, in words a minute.
    public static let wordsPerMinute = 130.0

    public var profile: Profile
    public var today: CalendarDate
    /// Catalogs, for the names of values and strengths chosen by id.
    public var catalogs: [String: Catalog]
    /// Facts set by a transcript's `@fact`, read before the profile's.
    public var overrides: [String: Value]
    /// The content, for actions that compose text (a follow-up's drafted message).
    public var program: Program?

    public init(profile: Profile = Profile(), today: CalendarDate, catalogs: [String: Catalog] = [:],
                overrides: [String: Value] = [:], program: Program? = nil) {
        self.program = program
        self.profile = profile
        self.today = today
        self.catalogs = catalogs
        self.overrides = overrides
    }

    /// A host with facts alone (tests and transcripts), over an empty profile.
    public init(facts: [String: Value], today: CalendarDate, catalogs: [String: Catalog] = [:]) {
        self.init(profile: Profile(), today: today, catalogs: catalogs, overrides: facts)
    }

    public func fact(_ path: String) -> Value? {
        if let value = overrides[path] { return value }
        if path == "today" { return .date(today) }
        return CoachingFacts.value(path, of: profile, today: today, catalogs: catalogs)
    }

    public mutating func override(fact path: String, with value: Value) {
        if path == "today", case let .date(date) = value { today = date }
        overrides[path] = value
    }

    public func storedSummary() -> [String] { ProfileSummary.lines(profile) }

    /// The contacts `name` means: those whose whole name it is (ignoring case), else those whose name
    /// starts with it, else those whose name contains it.
    public static func contacts(named name: String, in contacts: [Contact]) -> [Contact] {
        named(name, in: contacts, id: \.id) { ContactRanking.fullName($0) }
    }

    /// The items `name` means: the one whose id it is, else those whose name it is (ignoring case, accents
    /// and repeated spaces), else those whose name starts with it, else those whose name contains it.
    static func named<Item>(_ name: String, in items: [Item], id: (Item) -> String, name full: (Item) -> String) -> [Item] {
        // An id names one item, even among several with one name.
        if let exact = items.first(where: { id($0) == name.trimmingWhitespace }) { return [exact] }
        let wanted = folded(name)
        guard !wanted.isEmpty else { return [] }
        let names = items.map { folded(DisplayText.clean(full($0))) }
        for test in [{ (candidate: String) in candidate == wanted }, { $0.hasPrefix(wanted) }, { $0.contains(wanted) }] {
            let matches = zip(items, names).filter { test($0.1) }.map(\.0)
            if !matches.isEmpty { return matches }
        }
        return []
    }

    /// Lowercase, without accents, with single spaces: how names are compared.
    static func folded(_ text: String) -> String {
        fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Lowercase, without accents, for looking names up: "garcia" finds García.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    /// A parameter whose value coach cannot store (content that names a kind or part that does not
    /// exist), said to the coach who wrote it rather than dropped silently.
    static func problem(in action: String, _ arguments: [String: Value]) -> String? {
        func check(_ key: String, _ allowed: [String]) -> String? {
            guard case let .text(value)? = arguments[key], !value.isEmpty, !allowed.contains(value) else { return nil }
            return "'\(action)' was given \(key) '\(value)'; it takes \(allowed.joined(separator: ", "))."
        }
        switch action {
        case "save-person": return check("stage", Stage.allCases.map(\.rawValue))
        case "save-experience": return check("kind", Experience.Kind.allCases.map(\.rawValue))
        case "save-goal": return check("horizon", Goal.Horizon.allCases.map(\.rawValue))
        case "clear-part": return check("part", ["values", "goals", "strengths", "experiences"])
        default: return nil
        }
    }

    public mutating func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome {
        switch action {
        case "word-count":
            let text = arguments["text"]?.displayText ?? ""
            let words = text.split(whereSeparator: { $0.isWhitespace }).count
            let seconds = (Double(words) / CoachingHost.wordsPerMinute * 60).rounded()
            return ActionOutcome(slots: ["word_count": .number(Double(words)), "speaking_seconds": .number(seconds)])
        case "load-goal":
            guard case let .text(id)? = arguments["id"], let goal = profile.goals.first(where: { $0.id == id }) else {
                return ActionOutcome(outputs: [.problem("there is no goal '\(arguments["id"]?.displayText ?? "")' to load.")])
            }
            var slots: [String: Value] = ["goal_horizon": .text(goal.horizon.rawValue), "goal_previous": .text(goal.text),
                                          "previous_organizations": .list(goal.organizations.map(Value.text))]
            slots["previous_role"] = goal.role.map(Value.text)
            slots["previous_field"] = goal.field.map(Value.text)
            slots["previous_deadline"] = goal.deadline.map(Value.date)
            slots["previous_measure"] = goal.measure.map(Value.text)
            return ActionOutcome(slots: slots)
        case "load-experience":
            guard case let .text(number)? = arguments["index"], let index = Int(number),
                  profile.experiences.indices.contains(index - 1) else {
                return ActionOutcome(outputs: [.problem("there is no experience '\(arguments["index"]?.displayText ?? "")' to load.")])
            }
            let experience = profile.experiences[index - 1]
            var slots: [String: Value] = ["previous_organization": .text(experience.organization), "previous_role": .text(experience.role),
                                          "previous_highlights": .list(experience.highlights.map(Value.text))]
            slots["previous_kind"] = experience.kind.map { .text($0.rawValue) }
            slots["previous_industry"] = experience.industry.map(Value.text)
            slots["previous_start"] = experience.start.map(Value.date)
            slots["previous_end"] = experience.end.map(Value.date)
            return ActionOutcome(slots: slots)
        case "save-contact":
            if let problem = CoachingHost.problem(in: action, arguments) { return ActionOutcome(outputs: [.problem(problem)]) }
            let id = CoachingHost.apply(PerformedAction(name: action, arguments: arguments), to: &profile, catalogs: catalogs)
            return ActionOutcome(slots: ["contact_id": id.map(Value.text)].compactMapValues { $0 })
        case "find-contact":
            let name = arguments["name"]?.displayText ?? ""
            let matches = CoachingHost.contacts(named: name, in: profile.contacts)
            var slots: [String: Value] = ["contact_matches": .number(Double(matches.count))]
            if matches.count == 1 { slots["contact_id"] = .text(matches[0].id) }
            return ActionOutcome(slots: slots)
        case "load-contact":
            guard case let .text(id)? = arguments["id"], let contact = profile.contacts.first(where: { $0.id == id }) else {
                return ActionOutcome(outputs: [.problem("there is no contact '\(arguments["id"]?.displayText ?? "")' to load.")])
            }
            var slots: [String: Value] = ["previous_name": .text(DisplayText.clean(ContactRanking.fullName(contact))),
                                          "previous_first_name": .text(contact.firstName), "previous_last_name": .text(contact.lastName),
                                          "previous_tags": .list(contact.tags.map(Value.text))]
            slots["previous_company"] = contact.company.map(Value.text)
            slots["previous_position"] = contact.position.map(Value.text)
            slots["previous_email"] = contact.email.map(Value.text)
            slots["previous_how_met"] = contact.howMet.map(Value.text)
            slots["previous_notes"] = contact.notes.map(Value.text)
            slots["previous_cadence_days"] = contact.cadenceDays.map { .number(Double($0)) }
            return ActionOutcome(slots: slots)
        case "load-star":
            guard case let .text(id)? = arguments["strength"],
                  let story = profile.strengths.first(where: { $0.id == id })?.stories.first else { return ActionOutcome() }
            return ActionOutcome(slots: ["previous_situation": .text(story.situation), "previous_task": .text(story.task),
                                         "previous_action": .text(story.action), "previous_result": .text(story.result)])
        case "load-value":
            guard case let .text(id)? = arguments["value"],
                  let meaning = profile.values.first(where: { $0.id == id })?.meaning else { return ActionOutcome() }
            return ActionOutcome(slots: ["stored_meaning": .text(meaning)])
        case "save-goal":
            let id = CoachingHost.apply(PerformedAction(name: action, arguments: arguments), to: &profile, catalogs: catalogs)
            return ActionOutcome(slots: ["goal_id": id.map(Value.text)].compactMapValues { $0 })
        default:
            if CoachingHost.eventActions[action] != nil { return performEventAction(action, arguments) }
            guard CoachingHost.actions[action] != nil else {
                return ActionOutcome(outputs: [.problem("coach has no action '\(action)'.")])
            }
            // What the user said is stored even so (without the part coach cannot read); the coach who
            // wrote the content hears about it.
            CoachingHost.apply(PerformedAction(name: action, arguments: arguments), to: &profile, catalogs: catalogs)
            return ActionOutcome(outputs: CoachingHost.problem(in: action, arguments).map { [.problem($0)] } ?? [])
        }
    }
}
