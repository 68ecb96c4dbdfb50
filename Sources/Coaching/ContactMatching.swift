import DialogueEngine

/// How a contact's position and company are compared with the profile's goals and experiences: the
/// words a job title is made of, with seniority set aside, and company names without legal suffixes.
public enum ContactMatching {
    /// Words that say how senior a role is rather than what it is.
    static let seniority: Set<String> = [
        "junior", "senior", "associate", "assistant", "lead", "head", "principal", "staff", "chief", "intern",
        "trainee", "graduate", "entry", "level", "i", "ii", "iii", "sr", "jr", "of", "the", "and", "a", "an",
    ]

    /// Words a company name carries that say nothing about which company it is.
    static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "plc", "gmbh", "co", "corp", "corporation", "limited", "group", "the"]

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+") }.map(String.init)
    }

    /// Whether a position (`Senior Product Manager`) is the role a goal names (`associate product manager`):
    /// every word of the role that says what the job is appears in the position.
    public static func position(_ position: String?, matches role: String, roles: Catalog? = nil) -> Bool {
        self.position(position, fits: names(of: role, roles: roles))
    }

    /// The words each name of a role is made of, seniority set aside: the role as written, then, from
    /// the `roles` catalog, the other names for the same job ("product owner" for "product manager").
    /// Worked out once a role, not once a contact.
    public static func names(of role: String, roles: Catalog?) -> [[String]] {
        var names = [role]
        if let item = roles?.item(named: role) { names += [item.name] + item.synonyms }
        return names.map { words($0).filter { !seniority.contains($0) } }.filter { !$0.isEmpty }
    }

    /// Whether a position holds every word of one of the names.
    public static func position(_ position: String?, fits names: [[String]]) -> Bool {
        guard let position, !names.isEmpty else { return false }
        let have = Set(words(position))
        return names.contains { $0.allSatisfy(have.contains) }
    }

    /// Whether the company is one of the names given, ignoring case, suffixes like Inc or Ltd, and words
    /// after the name ("Spotify Technology S.A." for "Spotify").
    public static func company(_ company: String?, isAmong names: [String]) -> Bool {
        guard let company else { return false }
        let key = words(company).filter { !companySuffixes.contains($0) }
        guard !key.isEmpty else { return false }
        // "Spotify" is "Spotify Technology S.A.": the name given starts the company's name, word by word.
        return names.contains { name in
            let wanted = words(name).filter { !companySuffixes.contains($0) }
            return !wanted.isEmpty && key.starts(with: wanted)
        }
    }

    public static func isRecruiter(_ position: String?) -> Bool {
        guard let position else { return false }
        return words(position).contains { $0.hasPrefix("recruit") || $0 == "talent" || $0.hasPrefix("sourc") }
    }

    /// Tagged as alumni, or met through the person's school.
    public static func isAlumnus(_ contact: Contact, school: String?) -> Bool {
        if contact.tags.contains(where: { ["alumni", "alumnus", "alumna"].contains($0.lowercased()) }) { return true }
        guard let school, let howMet = contact.howMet else { return false }
        return howMet.lowercased().contains(school.lowercased())
    }

    /// A keep-in-touch cadence that has run out since the last interaction.
    public static func isOverdue(_ contact: Contact, today: CalendarDate) -> Bool {
        guard let cadence = contact.cadenceDays, cadence > 0, let last = contact.lastInteraction ?? contact.connectedOn else { return false }
        return today.dayNumber - last.dayNumber > cadence
    }
}
