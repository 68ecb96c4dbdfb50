import DialogueEngine

extension Composer {
    /// Event settings a plan counts with: the kind's own, or a general default when content has none.
    public func eventSettings(_ kind: Event.Kind) -> ContentSettings.EventKind {
        program.settings.event(kind.rawValue)
            ?? .init(kind: kind.rawValue, place: "mixer", pitchSeconds: 30, audience: "peer", minutes: 90, arrive: 10, conversation: 10)
    }

    /// How many conversations fit the event: its length (or the kind's usual length) less the time to
    /// arrive, over the minutes a conversation takes; at least one.
    public func conversations(at event: Event) -> (minutes: Int, count: Int) {
        let settings = eventSettings(event.kind)
        let minutes = event.durationMinutes ?? settings.minutes
        return (minutes, max(1, (minutes - settings.arrive) / max(1, settings.conversation)))
    }

    /// The names an event gives wordings (`event.*`).
    public func eventNames(_ event: Event) -> [String: Value] {
        var names: [String: Value] = [:]
        func put(_ key: String, _ text: String?) {
            guard let text = text.map(DisplayText.clean)?.trimmingWhitespace, !text.isEmpty else { return }
            names[key] = .text(text)
        }
        let settings = eventSettings(event.kind)
        put("event.name", event.name)
        put("event.kind", event.kind.rawValue)
        put("event.kind_name", program.catalogs["event-kinds"]?.item(event.kind.rawValue).map { Composer.inSentence($0.name) })
        put("event.place", event.place)
        put("event.aim", event.aim.map(Composer.clause))
        if let start = event.start {
            put("event.day", start.date.longForm)
            put("event.time", start.timeOfDay)
        }
        let organizations = event.expected.map(DisplayText.clean).filter { !$0.isEmpty }
        if !organizations.isEmpty {
            names["event.organizations"] = .list(organizations.map(Value.text))
            put("event.organization", organizations.first)
        }
        let people = event.people.compactMap { id in profile.contacts.first { $0.id == id } }
        names["event.people_count"] = .number(Double(people.count))
        if !people.isEmpty {
            put("event.people_names", Composer.and(people.map { DisplayText.clean(ContactRanking.fullName($0)) }))
        }
        let (minutes, count) = conversations(at: event)
        names["event.minutes"] = .number(Double(minutes))
        put("event.length", AnswerInterpreter.describeDuration(minutes))
        names["event.conversations"] = .number(Double(count))
        names["event.conversation_minutes"] = .number(Double(settings.conversation))
        names["event.arrive_minutes"] = .number(Double(settings.arrive))
        names["event.pitch_seconds"] = .number(Double(settings.pitchSeconds))
        put("event.audience_name", program.catalogs["audiences"]?.item(settings.audience).map { Composer.inSentence($0.name) })
        return names
    }

    /// The types of the names `eventNames` gives.
    public static let eventNameTypes: [String: ValueType] = {
        var types: [String: ValueType] = [:]
        for name in ["event.name", "event.kind", "event.kind_name", "event.place", "event.aim", "event.day", "event.time",
                     "event.organization", "event.people_names", "event.audience_name", "event.length"] {
            types[name] = .text
        }
        for name in ["event.people_count", "event.minutes", "event.conversations", "event.conversation_minutes",
                     "event.arrive_minutes", "event.pitch_seconds"] {
            types[name] = .number
        }
        types["event.organizations"] = .list(.text)
        return types
    }()

    /// What a debrief says of one conversation (`meeting.*`), for follow-up drafts.
    public static let meetingNameTypes: [String: ValueType] = [
        "meeting.talked": .text, "meeting.promised": .text, "meeting.promised_as_said": .text, "meeting.promised_by": .text,
        "meeting.cadence_days": .number,
        "meeting.date": .text,
    ]

    /// "A", "A and B", "A, B and C".
    public static func and(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
