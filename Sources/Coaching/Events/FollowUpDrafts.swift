import DialogueEngine

/// What the user said of one conversation at an event, in a debrief.
public struct Meeting: Sendable {
    public var talked: String?
    public var promised: String?
    public var promisedBy: CalendarDate?
    public var cadenceDays: Int?

    public init(talked: String? = nil, promised: String? = nil, promisedBy: CalendarDate? = nil, cadenceDays: Int? = nil) {
        self.talked = talked
        self.promised = promised
        self.promisedBy = promisedBy
        self.cadenceDays = cadenceDays
    }
}

/// A follow-up's title and drafted message, with the wording they came from.
public struct FollowUpDraft: Sendable {
    public var title: String
    public var message: String
    public var wording: String
}

extension Composer {
    /// Days after an event the thank-you is due, a promise without a day, and a keep-in-touch message
    /// for a contact without a cadence.
    public static let thankYouSetting = "thank_you_days"
    public static let promiseSetting = "promise_days"
    public static let keepInTouchSetting = "keep_in_touch_days"

    public func days(_ setting: String, default value: Int) -> Int { program.settings.numbers[setting] ?? value }

    /// The best `followups` wording of `kind` for this contact, event and conversation, filled in; nil
    /// when content has none that fits without a seam.
    public func followUpDraft(_ kind: FollowUp.Kind, contact: Contact, event: Event?, meeting: Meeting) -> FollowUpDraft? {
        let names = followUpNames(contact: contact, event: event, meeting: meeting)
        let filled = fill("followups", names: names, lines: true) { wording in
            wording.allows("part", kind.rawValue) && (event.map { wording.allows("kind", $0.kind.rawValue) } ?? (wording.tags["kind"] == nil || wording.allows("kind", "any")))
        }
        guard let best = filled.first(where: { $0.short != nil }) else { return nil }
        return FollowUpDraft(title: best.short!, message: best.text, wording: best.wording.id)
    }

    /// The names a follow-up's wordings have: the profile's, the contact's, the event's and the conversation's.
    func followUpNames(contact: Contact, event: Event?, meeting: Meeting) -> [String: Value] {
        var names = profileNames().merging(Composer.contactNames(contact)) { _, new in new }
        if let event { names.merge(eventNames(event)) { _, new in new } }
        func put(_ key: String, _ text: String?) {
            guard let text = text.map(Composer.clause), !text.isEmpty else { return }
            names[key] = .text(text)
        }
        put("meeting.talked", meeting.talked)
        put("meeting.promised", meeting.promised)
        put("meeting.promised_by", meeting.promisedBy?.dayAndMonth)
        put("meeting.date", event?.start?.date.dayAndMonth)
        if let cadence = meeting.cadenceDays ?? contact.cadenceDays { names["meeting.cadence_days"] = .number(Double(cadence)) }
        return names
    }
}
