import DialogueEngine

extension Composer {
    /// The detail of an `archetypes` item that says what the user can offer such a person.
    public static let offerDetail = "What you can offer"

    /// How many people and kinds of people a plan names at most.
    public static let plannedPeople = 6

    /// A plan for `event`: what to prepare, whom to seek (the people expected, contacts at the
    /// organisations expected, then the kinds of people `kinds` ranks first — ids of the `archetypes`
    /// catalog, most important first) each with an opener, questions and what to offer, the pitch to
    /// use, a time plan, ways to leave a conversation and what to do afterwards. Every line says why.
    ///
    /// `pitch` is the user's own version to use when they have one for the event's length and audience.
    public func plan(for event: Event, kinds: [String], pitch stored: Pitch?) -> EventPlan {
        let settings = eventSettings(event.kind)
        var names = profileNames().merging(eventNames(event)) { _, new in new }
        names["context.id"] = .text(settings.place)
        let kindName = program.catalogs["event-kinds"]?.item(event.kind.rawValue).map { Composer.inSentence($0.name) } ?? event.kind.rawValue
        func part(_ part: String, limit: Int = .max) -> [EventPlan.Item] {
            fill("event_plan", names: names) { $0.allows("part", part) && $0.allows("kind", event.kind.rawValue) }
                .prefix(limit)
                .map { filled in
                    var because = ["It is written for \(filled.wording.tags["kind"].map { $0.contains("any") ? "any event" : kindName } ?? "any event")."]
                    if let condition = filled.wording.condition { because.append("It applies when: \(condition.text).") }
                    if let reason = filled.because, !reason.isEmpty { because.append(reason) }
                    because.append("From \(filled.wording.source.file):\(filled.wording.source.line) (event_plan '\(filled.wording.id)').")
                    return EventPlan.Item(text: filled.text, because: because)
                }
        }
        var sections: [EventPlan.Section] = []
        sections.append(.init(title: "Before you go", items: part("prepare")))
        sections.append(.init(title: "People to seek", items: people(for: event, kinds: kinds, place: settings.place)))
        sections.append(.init(title: "Your pitch", items: [pitchItem(settings, stored: stored, kindName: kindName)].compactMap { $0 }))
        sections.append(.init(title: "Time plan", items: part("time", limit: 2)))
        sections.append(.init(title: "Leaving a conversation well", items: part("exit", limit: 3)))
        sections.append(.init(title: "Afterwards", items: part("follow-up")))
        return EventPlan(made: today, sections: sections.filter { !$0.items.isEmpty })
    }

    /// The people expected, then contacts at the organisations expected, then kinds of people.
    private func people(for event: Event, kinds: [String], place: String) -> [EventPlan.Item] {
        let ranking = ContactRanking.rank(profile, catalog: program.catalogs["ranking"], today: today, roles: program.catalogs["roles"])
        let score = Dictionary(ranking.map { ($0.contact.id, $0.score) }, uniquingKeysWith: { first, _ in first })
        let expected = event.people.compactMap { id in profile.contacts.first { $0.id == id } }
            .sorted { (score[$0.id] ?? 0) > (score[$1.id] ?? 0) }
        let atOrganizations = profile.contacts.filter { contact in
            !event.people.contains(contact.id) && ContactMatching.company(contact.company, isAmong: event.expected)
        }.sorted { (score[$0.id] ?? 0) > (score[$1.id] ?? 0) }
        var items: [EventPlan.Item] = []
        var used = Set<String>()
        for contact in expected + atOrganizations where items.count < Composer.plannedPeople {
            let name = DisplayText.clean(ContactRanking.fullName(contact))
            let work = [contact.position, contact.company].compactMap { $0.map(DisplayText.clean) }.filter { !$0.isEmpty }
            var because = [event.people.contains(contact.id)
                ? "You said \(name) would be at \(DisplayText.clean(event.name))."
                : "\(name) works at \(DisplayText.clean(contact.company ?? "")), one of the organisations you expect there."]
            if let ranked = ranking.first(where: { $0.contact.id == contact.id }) {
                because.append("For your goals: " + ranked.parts.map(\.reason).joined(separator: "; ") + ".")
            }
            items.append(item(heading: name + (work.isEmpty ? "" : " — " + work.joined(separator: ", ")), place: place,
                              kind: nil, contact: contact, because: because, used: &used))
        }
        // Kinds of people fill the conversations the people named leave free: none at a coffee chat
        // with the one person it is for, up to three at a fair.
        let free = min(3, conversations(at: event).count - items.count)
        for kind in kinds.prefix(max(0, free)) where items.count < Composer.plannedPeople {
            guard let archetype = program.catalogs["archetypes"]?.item(kind) else { continue }
            let because = ["'targets' ranks \(Composer.inSentence(archetype.name)) among the kinds of people your goals call for."]
            items.append(item(heading: archetype.name, place: place, kind: kind, contact: nil, because: because, used: &used))
        }
        return items
    }

    /// One person or kind of person with an opener not yet used for another in the plan.
    private func item(heading: String, place: String, kind: String?, contact: Contact?, because: [String],
                      used: inout Set<String>) -> EventPlan.Item {
        var details: [EventPlan.Detail] = []
        var reasons = because
        let choices = openers(context: place, kind: kind, contact: contact)
        if let opener = choices.first(where: { !used.contains($0.id) }) ?? choices.first {
            used.insert(opener.id)
            details.append(.init(label: "Opener", text: opener.text))
            for question in opener.followUps.prefix(3) { details.append(.init(label: "Ask", text: question)) }
            if let close = opener.close { details.append(.init(label: "Close", text: close)) }
            reasons.append("The opener: " + opener.reasons.joined(separator: " "))
        }
        let kindID = kind ?? contact.flatMap { Composer.kind(of: $0, profile: profile, roles: program.catalogs["roles"]) }
        if let offer = kindID.flatMap({ program.catalogs["archetypes"]?.item($0) })?.details.first(where: { $0.label == Composer.offerDetail }) {
            details.append(.init(label: "Offer", text: offer.text))
        }
        return EventPlan.Item(text: heading, details: details, because: reasons)
    }

    private func pitchItem(_ settings: ContentSettings.EventKind, stored: Pitch?, kindName: String) -> EventPlan.Item? {
        let audience = program.catalogs["audiences"]?.item(settings.audience).map { Composer.inSentence($0.name) } ?? settings.audience
        let because = ["For \(kindName) coach plans a \(settings.pitchSeconds)-second pitch for \(audience) (settings: events)."]
        if let stored {
            let words = Composer.words(in: stored.text).count
            let number = (profile.pitches.firstIndex(of: stored) ?? 0) + 1
            return EventPlan.Item(text: "Your \(settings.pitchSeconds)-second pitch for \(audience) (pitch \(number)), \(words) words:",
                                  details: [.init(label: "Say", text: stored.text)],
                                  because: because + ["It is the latest version you kept for that length and audience; 'pitch practice' times it."])
        }
        guard let composed = pitch(seconds: settings.pitchSeconds, audience: settings.audience), composed.missing.isEmpty,
              !composed.parts.isEmpty else { return nil }
        return EventPlan.Item(text: "A \(settings.pitchSeconds)-second pitch for \(audience), \(composed.words) words:",
                              details: [.init(label: "Say", text: composed.text)],
                              because: because + ["Composed from your profile like 'pitch --seconds \(settings.pitchSeconds) --audience \(settings.audience)'; keep it with that command and practise it with 'pitch practice'."])
    }
}
