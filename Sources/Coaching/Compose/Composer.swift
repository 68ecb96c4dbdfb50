import DialogueEngine
import Foundation

/// Composes what the user can say (openers, pitches, LinkedIn drafts) from the wordings in Prompts and
/// the profile: picks the wordings whose tags and conditions fit, fills them, and drops any whose text
/// shows a seam (an empty slot, a doubled word), so that another wording is chosen instead. Pure.
public struct Composer {
    public let program: Program
    public let profile: Profile
    public let today: CalendarDate

    public init(program: Program, profile: Profile, today: CalendarDate) {
        self.program = program
        self.profile = profile
        self.today = today
    }

    var engine: Engine {
        Engine(program: program, host: CoachingHost(profile: profile, today: today, catalogs: program.catalogs), today: today)
    }

    /// A wording filled in.
    public struct Filled: Sendable {
        public var wording: Wording
        public var text: String
        public var short: String?
        public var followUps: [String]
        public var close: String?
        public var because: String?
    }

    /// The wordings of `collection` that `accepts` and whose condition holds, filled in, highest weight
    /// first (declaration order breaks ties). A wording whose text shows a seam is left out.
    ///
    /// With `lines`, a text keeps its line breaks (a message with a greeting and a sign-off).
    func fill(_ collection: String, names: [String: Value], lines: Bool = false, accepts: (Wording) -> Bool) -> [Filled] {
        let engine = self.engine
        var result: [Filled] = []
        /// The filled text, or nil when it is empty or shows a seam.
        func filled(_ template: Template) -> String? {
            if lines {
                let text = Composer.fillLines(template, engine: engine, names: names)
                let seamed = text.split(separator: "\n").contains { !Composer.seams(in: String($0)).isEmpty }
                return text.isEmpty || seamed ? nil : text
            }
            let text = Composer.fill(template, engine: engine, names: names)
            return text.isEmpty || !Composer.seams(in: text).isEmpty ? nil : Composer.tidy(text)
        }
        for wording in program.wordings where wording.collection == collection && accepts(wording) {
            if let condition = wording.condition, !engine.holds(condition, names: names) { continue }
            guard let text = filled(wording.text) else { continue }
            let short = wording.short.flatMap(filled)
            let followUps = wording.followUps.compactMap(filled)
            let close = wording.close.flatMap(filled)
            let because = wording.because.map { Composer.tidy(engine.compose($0, names: names)) }
            result.append(Filled(wording: wording, text: text, short: short, followUps: followUps, close: close, because: because))
        }
        // Stable: equal weights keep the order they were written in.
        return result.enumerated().sorted { ($0.element.wording.weight, -$0.offset) > ($1.element.wording.weight, -$1.offset) }
            .map(\.element)
    }

    /// A wording whose filled text shows a seam for this profile: what `coach check` warns about, since
    /// at run time such a wording is silently passed over.
    public struct Seam: Sendable {
        public var wording: Wording
        public var text: String
        public var marks: [String]
    }

    /// Fills every wording whose condition holds in each setting it can be used in (every place and kind
    /// of person, for anyone and for each contact; every audience) and returns those that show a seam.
    public func seams() -> [Seam] {
        let engine = self.engine
        let base = profileNames()
        // The profile alone first (the linkedin wordings, and content without places or audiences).
        var settings: [[String: Value]] = [base]
        let places = program.catalogs["contexts"]?.items.map(\.id) ?? []
        let kinds = program.catalogs["archetypes"]?.items.map(\.id) ?? []
        for place in places {
            for kind in [nil] + kinds.map(Optional.some) {
                var names = base
                names["context.id"] = .text(place)
                names["context.name"] = program.catalogs["contexts"]?.item(place).map { .text($0.name) }
                names["kind.id"] = kind.map(Value.text)
                settings.append(names)
            }
            for contact in profile.contacts {
                var names = base.merging(Composer.contactNames(contact)) { _, new in new }
                names["context.id"] = .text(place)
                names["kind.id"] = Composer.kind(of: contact, profile: profile, roles: program.catalogs["roles"]).map(Value.text)
                settings.append(names)
            }
        }
        for audience in program.catalogs["audiences"]?.items ?? [] {
            var names = base
            names["audience.id"] = .text(audience.id)
            names["audience.name"] = .text(audience.name)
            settings.append(names)
        }
        // Every kind of event, bare and with all its parts; a conversation at it with each contact (or
        // someone new), said briefly and said in full.
        let someone = Contact(id: "someone", firstName: "Sam", lastName: "Lee", company: "Acme", position: "analyst")
        for kind in Event.Kind.allCases {
            let start = LocalDateTime(date: today.adding(days: 7), hour: 18)
            let bare = Event(id: "sample", name: "Sample event", kind: kind)
            let full = Event(id: "sample", name: "Sample event", kind: kind, start: start, durationMinutes: 90, place: "Main hall",
                             aim: "meet two people", expected: ["Acme", "Globex"], people: profile.contacts.prefix(2).map(\.id))
            for event in [bare, full] {
                settings.append(base.merging(eventNames(event)) { _, new in new })
                for contact in [someone] + profile.contacts.prefix(3) {
                    for meeting in [Meeting(), Meeting(talked: "their work on payments", promised: "send my portfolio",
                                                       promisedBy: today.adding(days: 10), cadenceDays: 60)] {
                        settings.append(followUpNames(contact: contact, event: event, meeting: meeting))
                    }
                }
            }
        }
        var found: [Seam] = []
        var reported = Set<String>()
        for wording in program.wordings where !reported.contains(wording.id) {
            for names in settings {
                if let place = names["context.id"], case let .text(id) = place, !wording.allows("at", id) { continue }
                if let kind = names["event.kind"], case let .text(id) = kind, !wording.allows("kind", id) { continue }
                // Event wordings need an event, follow-ups a conversation.
                if ["event_plan", "followups"].contains(wording.collection) && names["event.kind"] == nil { continue }
                if wording.collection == "followups" && names["contact.known"] == nil { continue }
                if let condition = wording.condition, !engine.holds(condition, names: names) { continue }
                let templates = [wording.text] + [wording.short, wording.close].compactMap { $0 } + wording.followUps
                let texts = templates.map { Composer.fill($0, engine: engine, names: names) }
                guard let bad = texts.first(where: { !Composer.seams(in: $0).isEmpty }) else { continue }
                found.append(Seam(wording: wording, text: bad, marks: Composer.seams(in: bad)))
                reported.insert(wording.id)
                break
            }
        }
        return found
    }

    /// A template filled in, its lines joined with a space each but spaces inside a line kept as they
    /// came, so that a name missing between two words shows as two spaces.
    static func fill(_ template: Template, engine: Engine, names: [String: Value]) -> String {
        engine.compose(template, names: names).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// A template filled in line by line: each line trimmed, at most one empty line in a row, none at
    /// either end.
    static func fillLines(_ template: Template, engine: Engine, names: [String: Value]) -> String {
        var lines: [String] = []
        for line in engine.compose(template, names: names).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Joins the lines of a rendered template into one text with single spaces, keeping paragraph breaks
    /// (an empty line) as they are.
    public static func tidy(_ text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map { paragraph in
            paragraph.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" }).joined(separator: " ")
        }
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// What shows that a template was filled with something missing: tags left over, doubled spaces,
    /// a space before punctuation, empty brackets, doubled words.
    public static func seams(in text: String) -> [String] {
        var found: [String] = []
        for mark in ["{{", "}}", "  ", " ,", " .", " ;", " :", " ?", " !", ",.", ",,", "..", ".,", "()", "( )", "\"\"", "''"]
            where text.contains(mark) && !(mark == ".." && text.contains("...")) {
            found.append(mark)
        }
        // Words as written, punctuation kept: "work: work that…" is a choice, "the the" a seam.
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        for (first, second) in zip(words, words.dropFirst()) where first == second && first.contains(where: \.isLetter) {
            found.append("\(first) \(second)")
        }
        for (first, second) in zip(words, words.dropFirst()) where ["a", "an"].contains(first) && ["a", "an", "the"].contains(second) {
            found.append("\(first) \(second)")
        }
        return found
    }

    // MARK: Names

    /// The names every composition may use: the user (`me.*`), their focus goal (`goal.*`) and long-term
    /// goal (`long_goal.*`), top values (`value.*`, `value2.*`), top strength with its story
    /// (`strength.*`, `story.*`) and latest experience (`experience.*`).
    public func profileNames() -> [String: Value] {
        var names: [String: Value] = [:]
        func put(_ key: String, _ text: String?) {
            guard let text = text?.trimmingWhitespace, !text.isEmpty else { return }
            names[key] = .text(DisplayText.clean(text))
        }
        let person = profile.person
        put("me.name", person.name)
        // What the user asked to be called ("What should I call you?"), as they wrote it: "Jo Ann" stays whole.
        put("me.first_name", person.name)
        put("me.field", person.field)
        put("me.school", person.school)
        put("me.stage", person.stage?.rawValue)
        // "a student", "a recent graduate": a common noun, said inside a sentence.
        put("me.stage_name", person.stage.map { (program.catalogs["stages"]?.item($0.rawValue)?.name ?? $0.rawValue).lowercased() })

        let active = profile.goals.filter { $0.status == .active }
        let focus = active.first { $0.horizon == .short && !($0.role ?? "").isEmpty } ?? active.first { $0.horizon == .short }
            ?? active.first
        if let focus {
            put("goal.text", Composer.clause(focus.text))
            put("goal.role", focus.role)
            // The role as the goal puts it: "associate product manager internship", "analyst job".
            put("goal.position", focus.role.flatMap { Composer.position(role: $0, goal: focus.text) })
            put("goal.field", focus.field)
            put("goal.organization", focus.organizations.first)
            if !focus.organizations.isEmpty { names["goal.organizations"] = .list(focus.organizations.map { .text(DisplayText.clean($0)) }) }
            put("goal.deadline", focus.deadline.map(\.monthAndYear))
            put("goal.measure", focus.measure.map(Composer.clause))
        }
        if let long = active.first(where: { $0.horizon == .long && $0.id != focus?.id }) {
            put("long_goal.text", Composer.clause(long.text))
            put("long_goal.role", long.role)
            put("long_goal.field", long.field)
        }
        let values = profile.values.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! }
        if let value = values.first {
            put("value.name", value.name)
            put("value.meaning", value.meaning.map(Composer.clause))
        }
        if values.count > 1 {
            put("value2.name", values[1].name)
            put("value2.meaning", values[1].meaning.map(Composer.clause))
        }

        let strengths = profile.strengths.sorted { ($0.rank ?? Int.max) < ($1.rank ?? Int.max) }
        if let strength = strengths.first(where: { !$0.stories.isEmpty }) ?? strengths.first {
            put("strength.name", strength.name)
            if let story = strength.stories.first {
                put("story.situation", Composer.clause(story.situation))
                put("story.task", Composer.clause(story.task))
                put("story.action", Composer.firstPerson(story.action))
                put("story.result", Composer.sentence(story.result))
                // Only a result that says what it is about reads without its action before it.
                if Composer.standsAlone(story.result) { put("story.result_alone", Composer.sentence(story.result)) }
            }
        }
        if strengths.count > 1 { put("strength2.name", strengths[1].name) }
        // A second story, from another strength, for a second example (a post idea).
        let storied = strengths.filter { !$0.stories.isEmpty }
        if storied.count > 1, let story = storied[1].stories.first {
            put("strength_b.name", storied[1].name)
            put("story_b.situation", Composer.clause(story.situation))
            put("story_b.action", Composer.firstPerson(story.action))
            put("story_b.result", Composer.sentence(story.result))
        }
        // The latest experience: one under way, else the one that ended last, else the last told.
        let ongoing = profile.experiences.last { $0.start != nil && $0.end == nil }
        let ended = profile.experiences.filter { $0.end != nil }.max { $0.end!.dayNumber < $1.end!.dayNumber }
        if let experience = ongoing ?? ended ?? profile.experiences.last {
            put("experience.role", experience.role)
            put("experience.organization", experience.organization)
            put("experience.industry", experience.industry)
            put("experience.kind", experience.kind?.rawValue)
            names["experience.ongoing"] = .bool(experience.start != nil && experience.end == nil)
            put("experience.highlight", experience.highlights.first.map(Composer.clause))
            // The highlight said by the user: "Built the screen" becomes "I built the screen".
            put("experience.highlight_action", experience.highlights.first.map(Composer.firstPerson))
            if let other = profile.experiences.last(where: { $0 != experience }) {
                put("experience_b.role", other.role)
                put("experience_b.organization", other.organization)
                put("experience_b.industry", other.industry)
                put("experience_b.kind", other.kind?.rawValue)
                put("experience_b.highlight", other.highlights.first.map(Composer.clause))
            }
        }
        return names
    }

    /// The names of a contact (`contact.*`), for openers to a particular person.
    public static func contactNames(_ contact: Contact) -> [String: Value] {
        var names: [String: Value] = ["contact.known": .bool(true)]
        func put(_ key: String, _ text: String?) {
            guard let text = text.map(DisplayText.clean)?.trimmingWhitespace, !text.isEmpty else { return }
            names[key] = .text(text)
        }
        put("contact.name", ContactRanking.fullName(contact))
        put("contact.first_name", contact.firstName)
        put("contact.company", contact.company)
        put("contact.position", contact.position)
        put("contact.how_met", contact.howMet.map(clause))
        // Whether the user has met them: how is known, or a conversation was logged.
        names["contact.met"] = .bool(!(contact.howMet?.trimmingWhitespace.isEmpty ?? true) || contact.lastInteraction != nil)
        return names
    }

    /// The types of every name a composition may use, for the compiler's checks.
    public static let nameTypes: [String: ValueType] = {
        var types: [String: ValueType] = [:]
        for name in ["me.name", "me.first_name", "me.field", "me.school", "me.stage", "me.stage_name",
                     "goal.text", "goal.role", "goal.position", "goal.field", "goal.organization", "goal.deadline", "goal.measure",
                     "long_goal.text", "long_goal.role", "long_goal.field", "value.name", "value.meaning", "value2.name", "value2.meaning",
                     "strength.name", "strength2.name", "story.situation", "story.task", "story.action", "story.result",
                     "story.result_alone", "experience.role", "experience.organization", "experience.industry", "experience.kind",
                     "experience.highlight", "experience.highlight_action", "strength_b.name", "story_b.situation", "story_b.action", "story_b.result",
                     "experience_b.role", "experience_b.organization", "experience_b.industry", "experience_b.kind",
                     "experience_b.highlight"] {
            types[name] = .text
        }
        types["goal.organizations"] = .list(.text)
        types["experience.ongoing"] = .bool
        return types
    }()

    // MARK: Text

    /// A text to use inside a sentence: trimmed, without its final full stop.
    static func clause(_ text: String) -> String {
        var text = DisplayText.clean(text).trimmingWhitespace
        while let last = text.last, ".;,".contains(last) { text.removeLast() }
        return text
    }

    /// A sentence without its final full stop, starting with a capital.
    static func sentence(_ text: String) -> String {
        let text = clause(text)
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// What the user did, said by them: "Built a dashboard" becomes "I built a dashboard"; "I led…" and
    /// "We ran…" stay as they are.
    static func firstPerson(_ text: String) -> String {
        let text = clause(text)
        let firstWord = text.split(separator: " ").first.map(String.init) ?? ""
        let lower = firstWord.lowercased()
        if ["i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "we", "my", "our", "together"].contains(lower) {
            return sentence(text)
        }
        // A proper name or an abbreviation keeps its capital; an ordinary word is lowercased after "I".
        let rest = firstWord.dropFirst()
        let keepsCapital = firstWord.count > 1 && rest.contains(where: \.isUppercase)
        return "I " + (keepsCapital ? text : text.prefix(1).lowercased() + text.dropFirst())
    }

    /// Words as a speaker says them: tokens with a letter or a digit.
    public static func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "—" || $0 == "–" })
            .map { $0.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols)) }
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
    }
}
