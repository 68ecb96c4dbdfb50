/// Folds an imported profile into the one coach already has, for `coach import json --merge`.
///
/// Incoming values win where they are present; lists such as tags are unioned; nothing already known is
/// removed. Pure: the same two profiles always give the same result and report.
public enum ProfileMerge {
    public static func merge(_ incoming: Profile, into existing: Profile) -> (Profile, MergeReport) {
        var merged = existing
        var report = MergeReport()

        if incoming.person != Person() {
            let person = mergedPerson(incoming.person, into: existing.person)
            report[.person].count(changed: person != existing.person)
            merged.person = person
        }

        mergeById(incoming.values, into: &merged.values, section: .values, &report) { new, old in
            ValueChoice(id: old.id, name: new.name, pile: new.pile, rank: new.rank ?? old.rank,
                        meaning: new.meaning ?? old.meaning)
        }
        mergeById(incoming.goals, into: &merged.goals, section: .goals, &report) { new, old in
            Goal(id: old.id, text: new.text, horizon: new.horizon, role: new.role ?? old.role,
                 field: new.field ?? old.field, organizations: union(old.organizations, new.organizations),
                 deadline: new.deadline ?? old.deadline, measure: new.measure ?? old.measure, status: new.status)
        }
        mergeById(incoming.strengths, into: &merged.strengths, section: .strengths, &report) { new, old in
            Strength(id: old.id, name: new.name, rank: new.rank ?? old.rank,
                     stories: old.stories + new.stories.filter { !old.stories.contains($0) })
        }

        for skill in incoming.skills {
            if merged.skills.contains(where: { folded($0.name) == folded(skill.name) }) {
                report[.skills].unchanged += 1
            } else {
                merged.skills.append(skill)
                report[.skills].added += 1
            }
        }

        for experience in incoming.experiences {
            let key = experienceKey(experience)
            if let index = merged.experiences.firstIndex(where: { experienceKey($0) == key }) {
                let old = merged.experiences[index]
                let new = Experience(kind: experience.kind ?? old.kind, organization: experience.organization,
                                     role: experience.role, industry: experience.industry ?? old.industry,
                                     start: experience.start ?? old.start, end: experience.end ?? old.end,
                                     highlights: union(old.highlights, experience.highlights))
                report[.experiences].count(changed: new != old)
                merged.experiences[index] = new
            } else {
                merged.experiences.append(experience)
                report[.experiences].added += 1
            }
        }

        let contactIds = mergeContacts(incoming.contacts, into: &merged.contacts, &report)

        // Events are matched by id, so an incoming eventId already names the merged event: only contact
        // ids need remapping.
        let events = incoming.events.map { event -> Event in
            var event = event
            event.people = event.people.map { contactIds[$0] ?? $0 }
            return event
        }
        mergeById(events, into: &merged.events, section: .events, &report) { new, old in
            Event(id: old.id, name: new.name, kind: new.kind, start: new.start ?? old.start,
                  durationMinutes: new.durationMinutes ?? old.durationMinutes, place: new.place ?? old.place,
                  aim: new.aim ?? old.aim, expected: union(old.expected, new.expected),
                  people: union(old.people, new.people), plan: new.plan ?? old.plan,
                  debriefed: old.debriefed || new.debriefed)
        }

        for var interaction in incoming.interactions {
            interaction.contactId = contactIds[interaction.contactId] ?? interaction.contactId
            if merged.interactions.contains(interaction) {
                report[.interactions].unchanged += 1
            } else {
                merged.interactions.append(interaction)
                report[.interactions].added += 1
            }
        }

        // A follow-up is the same one only if it is for the same contact: an id that collides with a
        // follow-up for someone else is a different follow-up, added under a fresh id.
        var takenFollowUpIds = Set(merged.followUps.map(\.id)).union(incoming.followUps.map(\.id))
        let followUps = incoming.followUps.map { followUp -> FollowUp in
            var followUp = followUp
            followUp.contactId = contactIds[followUp.contactId] ?? followUp.contactId
            if let existing = merged.followUps.first(where: { $0.id == followUp.id }), existing.contactId != followUp.contactId {
                followUp.id = freshId(from: followUp.id, avoiding: takenFollowUpIds)
                takenFollowUpIds.insert(followUp.id)
            }
            return followUp
        }
        mergeById(followUps, into: &merged.followUps, section: .followUps, &report) { new, _ in new }
        mergeById(incoming.pitches, into: &merged.pitches, section: .pitches, &report) { new, _ in new }

        return (merged, report)
    }

    // MARK: Contacts

    /// Merges contacts and returns where each incoming contact id now points.
    private static func mergeContacts(_ incoming: [Contact], into contacts: inout [Contact],
                                      _ report: inout MergeReport) -> [String: String] {
        var idMap: [String: String] = [:]
        let incomingIds = Set(incoming.map(\.id))
        for contact in incoming {
            if let index = contacts.firstIndex(where: { isSamePerson($0, contact) }) {
                let old = contacts[index]
                let new = mergedContact(contact, into: old)
                report[.contacts].count(changed: new != old)
                contacts[index] = new
                idMap[contact.id] = old.id
            } else {
                var added = contact
                if contacts.contains(where: { $0.id == contact.id }) {
                    added.id = freshId(from: contact.id, avoiding: Set(contacts.map(\.id)).union(incomingIds))
                }
                contacts.append(added)
                report[.contacts].added += 1
                idMap[contact.id] = added.id
            }
        }
        return idMap
    }

    /// The same person: the same profile URL, or — when either has no URL — the same name at the same company.
    static func isSamePerson(_ a: Contact, _ b: Contact) -> Bool {
        if let left = a.url.flatMap(normalizedURL), let right = b.url.flatMap(normalizedURL) {
            return left == right
        }
        return folded(a.firstName) == folded(b.firstName) && folded(a.lastName) == folded(b.lastName)
            && a.company.map(folded) == b.company.map(folded)
    }

    /// `HTTPS://www.LinkedIn.com/in/ana/` and `linkedin.com/in/ana` are the same profile.
    static func normalizedURL(_ url: String) -> String? {
        var text = folded(url)
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) {
            text.removeFirst(scheme.count)
        }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        while text.hasSuffix("/") { text.removeLast() }
        return text.isEmpty ? nil : text
    }

    static func mergedContact(_ new: Contact, into old: Contact) -> Contact {
        // The same profile written another way is not news: keep the spelling we had.
        let sameURL = old.url.flatMap(normalizedURL) != nil && old.url.flatMap(normalizedURL) == new.url.flatMap(normalizedURL)
        return Contact(id: old.id, firstName: new.firstName, lastName: new.lastName, company: new.company ?? old.company,
                       position: new.position ?? old.position, url: sameURL ? old.url : new.url ?? old.url, email: new.email ?? old.email,
                       phone: new.phone ?? old.phone, howMet: new.howMet ?? old.howMet, tags: union(old.tags, new.tags),
                       notes: new.notes ?? old.notes, connectedOn: new.connectedOn ?? old.connectedOn,
                       lastInteraction: new.lastInteraction ?? old.lastInteraction,
                       cadenceDays: new.cadenceDays ?? old.cadenceDays, source: new.source ?? old.source)
    }

    /// `id-2`, `id-3`… the first that no contact uses.
    static func freshId(from id: String, avoiding taken: Set<String>) -> String {
        var suffix = 2
        while taken.contains("\(id)-\(suffix)") { suffix += 1 }
        return "\(id)-\(suffix)"
    }

    // MARK: Helpers

    private static func mergedPerson(_ new: Person, into old: Person) -> Person {
        Person(name: new.name ?? old.name, stage: new.stage ?? old.stage, field: new.field ?? old.field,
               school: new.school ?? old.school)
    }

    fileprivate static func mergeById<T: Identified>(_ incoming: [T], into list: inout [T], section: MergeReport.Section,
                                                 _ report: inout MergeReport, combine: (T, T) -> T) {
        for item in incoming {
            if let index = list.firstIndex(where: { $0.id == item.id }) {
                let new = combine(item, list[index])
                report[section].count(changed: new != list[index])
                list[index] = new
            } else {
                list.append(item)
                report[section].added += 1
            }
        }
    }

    private static func experienceKey(_ experience: Experience) -> [String] {
        [folded(experience.organization), folded(experience.role)]
    }

    /// `old` followed by the entries of `new` it lacks, compared without case.
    private static func union(_ old: [String], _ new: [String]) -> [String] {
        var result = old
        for item in new where !result.contains(where: { folded($0) == folded(item) }) {
            result.append(item)
        }
        return result
    }

    /// Lowercased, without surrounding whitespace: how names, companies and URLs are compared.
    static func folded(_ text: String) -> String {
        // Called for every comparison of an import of thousands of contacts: trim by index, not by reversing.
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return text[first...last].lowercased()
    }
}

/// The profile parts matched by id when merging.
private protocol Identified: Equatable {
    var id: String { get }
}

extension ValueChoice: Identified {}
extension Goal: Identified {}
extension Strength: Identified {}
extension Event: Identified {}
extension FollowUp: Identified {}
extension Pitch: Identified {}

extension MergeReport.Counts {
    /// Counts a matched entry as updated or unchanged.
    mutating func count(changed: Bool) {
        if changed { updated += 1 } else { unchanged += 1 }
    }
}
