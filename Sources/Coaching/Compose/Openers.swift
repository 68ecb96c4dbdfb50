import DialogueEngine
import Foundation

/// An opener for a person or a kind of person in a setting, with questions to keep the conversation
/// going, a way to close it, and why it was chosen.
public struct Opener: Sendable {
    public var id: String
    public var text: String
    /// The full wording, when `text` is its short form (a note over the length limit).
    public var longer: String?
    public var followUps: [String]
    public var close: String?
    /// The length limit of the setting (a LinkedIn note), and whether even the short form is over it.
    public var limit: Int?
    public var overLimit: Bool
    public var score: Int
    /// Whether it was written for the kind of person asked for (not for anyone).
    public var forKind: Bool
    /// Why this one: the setting, the person, the condition and the wording's own reason.
    public var reasons: [String]
    public var source: PromptLocation
}

extension Composer {
    /// The setting tag whose notes have a length limit, and the setting that gives it.
    public static let limitTag = "note-limit"
    public static let limitSetting = "linkedin_note_limit"
    public static let defaultNoteLimit = 200

    /// Names openers have besides the profile's: the setting, the kind of person, the contact.
    public static let openerNameTypes: [String: ValueType] = [
        "context.id": .text, "context.name": .text, "kind.id": .text, "contact.known": .bool, "contact.name": .text,
        "contact.first_name": .text, "contact.company": .text, "contact.position": .text, "contact.how_met": .text,
        "contact.met": .bool,
    ]

    /// Openers for `context` (an id of the `contexts` catalog), for a kind of person (an `archetypes`
    /// id) or a contact, best first.
    public func openers(context: String, kind: String?, contact: Contact?) -> [Opener] {
        let place = program.catalogs["contexts"]?.item(context)
        let kindID = kind ?? contact.flatMap { Composer.kind(of: $0, profile: profile, roles: program.catalogs["roles"]) }
        let names = openerNames(context: context, kindID: kindID, contact: contact)
        let limit = (place?.tags.contains(Composer.limitTag) ?? false)
            ? program.settings.numbers[Composer.limitSetting] ?? Composer.defaultNoteLimit : nil
        let kindName = kindID.flatMap { program.catalogs["archetypes"]?.item($0)?.name }
        let filled = fill("openers", names: names) { Composer.opener($0, fits: context, kind: kindID) }
        var openers = filled.map { filled -> Opener in
            let specific = kindID.map { filled.wording.tags["for"]?.contains($0) ?? false } ?? false
            var text = filled.text
            var longer: String?
            var over = false
            if let limit, text.count > limit {
                if let short = filled.short, short.count <= limit {
                    longer = text
                    text = short
                } else {
                    over = true
                }
            }
            var reasons = ["It is written for \(place.map { Composer.inSentence($0.name) } ?? context)"
                + (specific ? " and for \(kindName.map(Composer.inSentence) ?? kindID!)." : ", for anyone.")]
            if let condition = filled.wording.condition { reasons.append("It applies when: \(condition.text).") }
            if let because = filled.because, !because.isEmpty { reasons.append(because) }
            return Opener(id: filled.wording.id, text: text, longer: longer, followUps: Array(filled.followUps.prefix(3)),
                          close: filled.close, limit: limit, overLimit: over,
                          score: filled.wording.weight + (specific ? 20 : 0) - (over ? 1000 : 0), forKind: specific,
                          reasons: reasons, source: filled.wording.source)
        }
        openers = openers.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
        // The same words twice (two wordings that came out alike) would waste a place.
        var seen = Set<String>()
        return openers.filter { seen.insert($0.text).inserted }
    }

    /// The names an opener is filled with: the profile's, the place, the kind of person, the contact.
    func openerNames(context: String, kindID: String?, contact: Contact?) -> [String: Value] {
        var names = profileNames()
        names["context.id"] = .text(context)
        if let place = program.catalogs["contexts"]?.item(context) { names["context.name"] = .text(place.name) }
        if let kindID { names["kind.id"] = .text(kindID) }
        if let contact { names.merge(Composer.contactNames(contact)) { _, new in new } }
        return names
    }

    /// Whether a wording is an opener for `context` and a kind of person (nil: anyone).
    static func opener(_ wording: Wording, fits context: String, kind: String?) -> Bool {
        guard wording.allows("at", context) else { return false }
        if let kind { return wording.allows("for", kind) }
        // For anyone: wordings written for a particular kind of person need one.
        return wording.tags["for"].map { $0.contains("any") } ?? true
    }

    /// What the profile lacks for the openers of a request: the names that the conditions of its
    /// wordings test with `exists(…)` and that have no value, the one most wordings need first
    /// (`me.first_name` when coach does not know the user's name). Names of the contact, the place and
    /// the kind of person are not the profile's, and are left out.
    /// With `kindOnly`, only the wordings written for the kind of person count.
    public func lackingForOpeners(context: String, kind: String?, contact: Contact?, kindOnly: Bool = false) -> [String] {
        let kindID = kind ?? contact.flatMap { Composer.kind(of: $0, profile: profile, roles: program.catalogs["roles"]) }
        let names = openerNames(context: context, kindID: kindID, contact: contact)
        let engine = self.engine
        var counts: [String: Int] = [:]
        var order: [String] = []
        for wording in program.wordings where wording.collection == "openers" && Composer.opener(wording, fits: context, kind: kindID) {
            if kindOnly, !(kindID.map { wording.tags["for"]?.contains($0) ?? false } ?? false) { continue }
            guard let condition = wording.condition, !engine.holds(condition, names: names) else { continue }
            for name in Composer.testedNames(condition.text) where names[name] == nil
                && !["contact.", "context.", "kind."].contains(where: name.hasPrefix) {
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
        }
        return order.enumerated().sorted { (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset) }.map(\.element)
    }

    /// The names a condition tests with `exists(…)`.
    static func testedNames(_ condition: String) -> [String] {
        var names: [String] = []
        var rest = condition[...]
        while let open = rest.range(of: "exists(") {
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let name = rest[..<close].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, !names.contains(name) { names.append(name) }
            rest = rest[close...]
        }
        return names
    }

    /// A catalog name inside a sentence: "A LinkedIn connection note" → "a LinkedIn connection note".
    public static func inSentence(_ name: String) -> String {
        // A first word with capitals inside ("LinkedIn", "UX") is a name and keeps its capital.
        let word = name.prefix { !$0.isWhitespace }
        guard let first = name.first, !word.dropFirst().contains(where: \.isUppercase) else { return name }
        return first.lowercased() + name.dropFirst()
    }

    /// The kind of person a contact is, from their position, tags and company: the most telling first.
    public static func kind(of contact: Contact, profile: Profile, roles: Catalog?) -> String? {
        let words = ContactMatching.words(contact.position ?? "")
        let tags = Set(contact.tags.map { $0.lowercased() })
        let experienceOrganizations = profile.experiences.map(\.organization)
        let goals = profile.goals.filter { $0.status == .active }
        if tags.contains("mentor") { return "mentor" }
        if ContactMatching.isRecruiter(contact.position) { return "recruiter" }
        if ContactMatching.company(contact.company, isAmong: experienceOrganizations) { return "former-colleague" }
        if ContactMatching.isAlumnus(contact, school: profile.person.school) { return "alumni" }
        if words.contains(where: { ["advisor", "adviser", "counselor", "counsellor", "professor", "lecturer"].contains($0) }) {
            return "advisor"
        }
        if words.contains(where: { ["ceo", "founder", "cofounder", "chief", "president", "vp", "partner"].contains($0) }) { return "leader" }
        if goals.contains(where: { goal in goal.role.map { ContactMatching.position(contact.position, matches: $0, roles: roles) } ?? false }) {
            return "role-holder"
        }
        if words.contains(where: { ["manager", "head", "director", "lead"].contains($0) }) { return "hiring-manager" }
        if words.contains(where: { ["intern", "student", "graduate", "trainee", "apprentice", "junior"].contains($0) }) { return "peer" }
        if ContactMatching.company(contact.company, isAmong: goals.flatMap(\.organizations)) { return "employee" }
        return nil
    }
}
