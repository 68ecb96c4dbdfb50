import DialogueEngine

/// Ranks the people in the profile's contacts for the user's goals: each signal coach finds counts with
/// the weight the content gives it (the `ranking` catalog), and every score can say where it came from.
/// Pure: the date comes in.
public enum ContactRanking {
    /// One reason a contact scored.
    public struct Part: Hashable, Sendable {
        /// The signal's id in the ranking catalog (`goal-organisation`, …).
        public var signal: String
        public var weight: Int
        /// The catalog's reason, as the content words it.
        public var reason: String
        /// The facts behind it: the company, the position, the goal it matched.
        public var facts: [String]
    }

    public struct Ranked: Hashable, Sendable {
        public var contact: Contact
        public var score: Int
        public var parts: [Part]
    }

    /// The signals coach knows how to find; the catalog may weigh or word them, not add others.
    public static let signals = ["goal-organisation", "goal-role", "recruiter", "senior", "alumni", "goal-field",
                                 "former-colleague", "mentor", "overdue"]

    /// Words in a title that say its holder hires or decides ("manager" alone does not: a product manager
    /// manages a product).
    static let seniorWords: Set<String> = ["director", "head", "lead", "senior", "principal", "vp", "chief", "founder", "partner"]

    /// The contacts with a score above zero, best first. Ties go to the more recent interaction, then
    /// to the name in alphabetical order, then to the id, so the order never depends on storage.
    public static func rank(_ profile: Profile, catalog: Catalog?, today: CalendarDate, limit: Int? = nil,
                            roles: Catalog? = nil) -> [Ranked] {
        var weights: [String: (Int, String)] = [:]
        for signal in signals {
            let item = catalog?.item(signal)
            let weight = item?.details.first { $0.label.lowercased() == "weight" }.flatMap { Int($0.text.trimmingWhitespace) } ?? 1
            let reason = item?.details.first { $0.label.lowercased() == "reason" }?.text ?? item?.name ?? signal
            weights[signal] = (weight, reason)
        }
        let goals = profile.goals.filter { $0.status == .active }
        let organizations = goals.flatMap(\.organizations)
        let goalRoles = goals.compactMap(\.role).map { ($0, ContactMatching.names(of: $0, roles: roles)) }
        let fields = goals.compactMap(\.field)
        let places = profile.experiences.map(\.organization)

        var ranked: [Ranked] = []
        for contact in profile.contacts {
            var parts: [Part] = []
            func add(_ signal: String, _ facts: [String]) {
                guard let (weight, reason) = weights[signal], weight != 0 else { return }
                parts.append(Part(signal: signal, weight: weight, reason: reason, facts: facts))
            }
            let atGoalOrganisation = ContactMatching.company(contact.company, isAmong: organizations)
            if atGoalOrganisation { add("goal-organisation", [contact.company ?? ""]) }
            if let (role, _) = goalRoles.first(where: { ContactMatching.position(contact.position, fits: $0.1) }) {
                add("goal-role", [contact.position ?? "", "goal: \(role)"])
            }
            if atGoalOrganisation, ContactMatching.isRecruiter(contact.position) { add("recruiter", [contact.position ?? ""]) }
            if atGoalOrganisation, let position = contact.position,
               ContactMatching.words(position).contains(where: seniorWords.contains), !ContactMatching.isRecruiter(position) {
                add("senior", [position])
            }
            if ContactMatching.isAlumnus(contact, school: profile.person.school) { add("alumni", profile.person.school.map { [$0] } ?? []) }
            let about = ContactMatching.words([contact.position, contact.company].compactMap { $0 }.joined(separator: " "))
            if let field = fields.first(where: { field in
                let words = ContactMatching.words(field)
                return !words.isEmpty && words.allSatisfy(about.contains)
            }) {
                add("goal-field", [field])
            }
            if ContactMatching.company(contact.company, isAmong: places) { add("former-colleague", [contact.company ?? ""]) }
            if contact.tags.contains(where: { $0.lowercased() == "mentor" }) { add("mentor", []) }
            if ContactMatching.isOverdue(contact, today: today) {
                add("overdue", [(contact.lastInteraction ?? contact.connectedOn).map { "last: \($0.iso)" } ?? ""])
            }
            let score = parts.reduce(0) { $0 + $1.weight }
            if score > 0 { ranked.append(Ranked(contact: contact, score: score, parts: parts)) }
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            let (lastA, lastB) = (a.contact.lastInteraction?.dayNumber ?? Int.min, b.contact.lastInteraction?.dayNumber ?? Int.min)
            if lastA != lastB { return lastA > lastB }
            let (nameA, nameB) = (fullName(a.contact).lowercased(), fullName(b.contact).lowercased())
            if nameA != nameB { return nameA < nameB }
            return a.contact.id < b.contact.id
        }
        if let limit { return Array(ranked.prefix(limit)) }
        return ranked
    }

    public static func fullName(_ contact: Contact) -> String {
        [contact.firstName, contact.lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
