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
    /// Words about the contact turned towards them, for a message to them: his, her → your; him → you.
    public static func spokenTo(_ text: String) -> String {
        let swaps = ["his": "your", "hers": "yours", "him": "you", "himself": "yourself", "herself": "yourself",
                     "he": "you", "she": "you"]
        // "her" is "you" before what does not take a possessive ("introduce her to", "send her my notes").
        let notNouns: Set<String> = ["to", "a", "an", "the", "about", "with", "for", "at", "on", "in", "and", "or", "my", "some",
                                     "more", "that", "this", "how", "what", "if", "when", "again", "up", "know", "by"]
        // Words and what lies between them, in order.
        var pieces: [(word: Bool, text: String)] = []
        for character in text {
            let isWord = character.isLetter
            if let last = pieces.last, last.word == isWord {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append((isWord, String(character)))
            }
        }
        var result = ""
        for (index, piece) in pieces.enumerated() {
            guard piece.word else { result += piece.text; continue }
            let lower = piece.text.lowercased()
            var swap = swaps[lower]
            if lower == "her" {
                let next = pieces[(index + 1)...].first { $0.word }?.text.lowercased()
                let punctuated = index + 1 < pieces.count && pieces[index + 1].text.contains { ".,;:!?".contains($0) }
                swap = next == nil || punctuated || notNouns.contains(next!) ? "you" : "your"
            }
            guard let swap else { result += piece.text; continue }
            // A capital opening the text is dropped: the words go inside a sentence ("about your team's…").
            let opens = !pieces[..<index].contains { $0.word }
            result += piece.text.first!.isUppercase && !opens ? swap.prefix(1).uppercased() + swap.dropFirst() : swap
        }
        return result
    }

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
        // Said to the contact: "his move into product" becomes "your move into product".
        put("meeting.talked", meeting.talked.map(Composer.spokenTo))
        put("meeting.promised", meeting.promised.map(Composer.spokenTo))
        // As the user said it, for their own to-do list.
        put("meeting.promised_as_said", meeting.promised)
        // "send it by friday" already says when.
        let saysWhen = meeting.promised.map { Composer.words(in: $0.lowercased()).contains { ["by", "before", "until", "tomorrow"].contains($0) } } ?? false
        if !saysWhen { put("meeting.promised_by", meeting.promisedBy?.dayAndMonth) }
        put("meeting.date", event?.start?.date.dayAndMonth)
        if let cadence = meeting.cadenceDays ?? contact.cadenceDays { names["meeting.cadence_days"] = .number(Double(cadence)) }
        return names
    }
}

extension Composer {
    /// How many days ahead a contact's keep-in-touch time makes a reminder.
    public static let keepInTouchAhead = 7

    /// Keep-in-touch follow-ups for contacts whose own cadence comes round within a week (or has run out)
    /// and who have no open keep-in-touch reminder: due their last conversation (or connection) plus the
    /// cadence, with a drafted message. New ones only; numbered after the follow-ups there are.
    public func keepInTouchReminders() -> [FollowUp] {
        var all = profile.followUps
        var made: [FollowUp] = []
        for contact in profile.contacts {
            guard let cadence = contact.cadenceDays, cadence > 0, let last = contact.lastInteraction ?? contact.connectedOn else { continue }
            let due = last.adding(days: cadence)
            guard due.dayNumber - today.dayNumber <= Composer.keepInTouchAhead,
                  !all.contains(where: { $0.contactId == contact.id && $0.kind == .keepInTouch && !$0.done }),
                  let draft = followUpDraft(.keepInTouch, contact: contact, event: nil, meeting: Meeting()) else { continue }
            let reminder = FollowUp(id: CoachingHost.nextFollowUpId(all), contactId: contact.id, due: due, message: draft.message,
                                    kind: .keepInTouch, title: draft.title)
            all.append(reminder)
            made.append(reminder)
        }
        return made
    }
}
