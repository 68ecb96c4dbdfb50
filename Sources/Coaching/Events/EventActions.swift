import Foundation
import DialogueEngine

extension CoachingHost {
    static let eventActions: [String: ActionSignature] = [
        "save-event": ActionSignature(
            summary: "Adds an event, or changes the one with `id`, keeping what is not given. `people` are lines like "
                + "'Dana Lee, recruiter at Acme': each is linked to the contact of that name, or added as a new contact. "
                + "Fills event_id, event_new_people and event_known_people (names), event_unclear_people (names several "
                + "contacts share), event_unread_people (lines with no name in them).",
            parameters: ["id": .text, "name": .text, "kind": .text, "start": .dateTime, "duration": .number, "place": .text,
                         "organizations": .list(.text), "people": .list(.text), "aim": .text],
            results: ["event_id": .text, "event_new_people": .list(.text), "event_known_people": .list(.text),
                      "event_unclear_people": .list(.text), "event_unread_people": .list(.text)]
        ),
        "find-event": ActionSignature(
            summary: "Looks an event up by name (the whole name, else a unique start or part): fills event_found when one "
                + "matches, event_matches with how many do, and event_exact with whether an event other than `except` "
                + "has exactly that name.",
            parameters: ["name": .text, "except": .text],
            results: ["event_found": .text, "event_matches": .number, "event_exact": .bool]
        ),
        "load-event": ActionSignature(
            summary: "Reads the event with `id` into slots: its name and kind, and its parts as previous_* to change them.",
            parameters: ["id": .text],
            results: ["event_name": .text, "event_kind": .text, "event_day": .date, "event_debriefed": .bool, "event_future": .bool,
                      "event_people_names": .list(.text), "previous_start": .dateTime, "previous_duration": .number,
                      "previous_place": .text, "previous_organizations": .list(.text), "previous_aim": .text]
        ),
        "find-person": ActionSignature(
            summary: "Reads a line like 'Dana Lee, recruiter at Acme' and looks for the contact: person_name (as "
                + "written, or the contact's name), person_known (one contact matches), person_matches (how many do), "
                + "person_cadence (their keep-in-touch days, when set). Among several, one expected at `event` is meant.",
            parameters: ["person": .text, "event": .text],
            results: ["person_name": .text, "person_known": .bool, "person_matches": .number, "person_cadence": .number]
        ),
        "record-meeting": ActionSignature(
            summary: "Records a conversation at the event `event` with `person` (a line as find-person reads it; a new "
                + "contact when nobody has that name): the interaction, the contact's last-interaction day, and "
                + "follow-ups with drafted messages (a thank-you; the promise, by `promised_by` or a week; keep in touch "
                + "every `cadence` days, else the contact's own cadence, else the settings). Fills meeting_followups.",
            parameters: ["event": .text, "person": .text, "talked": .text, "promised": .text, "promised_by": .date,
                         "cadence": .number],
            results: ["meeting_followups": .number]
        ),
        "finish-debrief": ActionSignature(
            summary: "Marks the event `event` as debriefed; fills debrief_people and debrief_followups with how many "
                + "conversations and open follow-ups it has.",
            parameters: ["event": .text],
            results: ["debrief_people": .number, "debrief_followups": .number]
        ),
    ]

    /// The events `name` means: the whole name (ignoring case and accents), else those starting with it,
    /// else those containing it; an id names one.
    public static func events(named name: String, in events: [Event]) -> [Event] {
        named(name, in: events, id: \.id) { $0.name }
    }

    /// The contact a mention names: one whose whole name it is, else the only one whose name starts with
    /// it; with a company given, one at that company among several. `matches` says how many it could be.
    static func contact(for mention: PersonMention, in contacts: [Contact], expected: [String] = []) -> (contact: Contact?, matches: Int) {
        var found = CoachingHost.contacts(named: mention.name, in: contacts)
        if found.count > 1, let company = mention.company {
            let there = found.filter { ContactMatching.company($0.company, isAmong: [company]) }
            if !there.isEmpty { found = there }
        }
        // "Ana" at an event where Ana Lopez was expected is Ana Lopez.
        if found.count > 1 {
            let there = found.filter { expected.contains($0.id) }
            if there.count == 1 { found = there }
        }
        // A first name alone finds "Dana Lee" when she is the only Dana; a different last name is someone else.
        if found.count == 1, !mention.lastName.isEmpty,
           fold(found[0].lastName) != fold(mention.lastName) && !fold(ContactRanking.fullName(found[0])).hasPrefix(fold(mention.name)) {
            return (nil, 0)
        }
        return (found.count == 1 ? found[0] : nil, found.count)
    }

    /// The day a promise names after "by", "before", "on" or "until" ("by friday", "before dec 10"), or
    /// "today"/"tomorrow" in it, read as a `date` answer would be.
    public static func day(in promise: String, today: CalendarDate) -> CalendarDate? {
        let words = promise.lowercased().split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        for (index, word) in words.enumerated() {
            if word == "tomorrow" { return today.adding(days: 1) }
            if word == "today" || word == "tonight" { return today }
            guard ["by", "before", "on", "until"].contains(word) else { continue }
            // The longest run of words after it that reads as a day.
            for end in stride(from: min(words.count, index + 4), to: index + 1, by: -1) {
                let phrase = words[(index + 1)..<end].joined(separator: " ")
                if case let .value(.date(date)) = AnswerInterpreter.interpret(phrase, as: .date, today: today) { return date }
            }
        }
        return nil
    }

    /// The next free whole-number id of a follow-up.
    public static func nextFollowUpId(_ followUps: [FollowUp]) -> String {
        String((followUps.compactMap { Int($0.id) }.max() ?? 0) + 1)
    }

    mutating func performEventAction(_ action: String, _ arguments: [String: Value]) -> ActionOutcome {
        let given = ActionArguments(arguments)
        let text = given.text, list = given.list, number = given.number
        switch action {
        case "save-event":
            return saveEvent(id: text("id"), name: text("name"), kind: text("kind"), arguments: arguments,
                             organizations: list("organizations"), people: list("people"), number: number, text: text)
        case "find-event":
            let matches = CoachingHost.events(named: text("name") ?? "", in: profile.events)
            let wanted = CoachingHost.folded(text("name") ?? "")
            let exact = profile.events.contains { $0.id != text("except") && CoachingHost.folded(DisplayText.clean($0.name)) == wanted }
            var slots: [String: Value] = ["event_matches": .number(Double(matches.count)), "event_exact": .bool(exact)]
            if matches.count == 1 { slots["event_found"] = .text(matches[0].id) }
            return ActionOutcome(slots: slots)
        case "load-event":
            guard let id = text("id"), let event = profile.events.first(where: { $0.id == id }) else {
                return ActionOutcome(outputs: [.problem("there is no event '\(text("id") ?? "")' to load.")])
            }
            var slots: [String: Value] = [
                "event_name": .text(DisplayText.clean(event.name)), "event_kind": .text(event.kind.rawValue),
                "event_debriefed": .bool(event.debriefed), "previous_organizations": .list(event.expected.map(Value.text)),
                "event_people_names": .list(event.people.compactMap { id in profile.contacts.first { $0.id == id } }
                    .map { .text(DisplayText.clean(ContactRanking.fullName($0))) }),
            ]
            slots["event_day"] = event.start.map { .date($0.date) }
            slots["event_future"] = .bool(event.start.map { $0.date > today } ?? false)
            slots["previous_start"] = event.start.map(Value.dateTime)
            slots["previous_duration"] = event.durationMinutes.map { .number(Double($0)) }
            slots["previous_place"] = event.place.map(Value.text)
            slots["previous_aim"] = event.aim.map(Value.text)
            return ActionOutcome(slots: slots)
        case "find-person":
            guard let line = text("person"), let mention = PersonMention(line) else {
                return ActionOutcome(slots: ["person_known": .bool(false), "person_matches": .number(0)])
            }
            let expected = text("event").flatMap { id in profile.events.first { $0.id == id } }?.people ?? []
            let (contact, matches) = CoachingHost.contact(for: mention, in: profile.contacts, expected: expected)
            var slots: [String: Value] = ["person_known": .bool(contact != nil), "person_matches": .number(Double(matches)),
                                          "person_name": .text(contact.map { DisplayText.clean(ContactRanking.fullName($0)) } ?? mention.name)]
            slots["person_cadence"] = contact?.cadenceDays.map { .number(Double($0)) }
            return ActionOutcome(slots: slots)
        case "record-meeting":
            guard let id = text("event"), let index = profile.events.firstIndex(where: { $0.id == id }) else {
                return ActionOutcome(outputs: [.problem("there is no event '\(text("event") ?? "")' to record a meeting at.")])
            }
            guard let line = text("person"), let mention = PersonMention(line) else {
                return ActionOutcome(outputs: [.problem("record-meeting needs a person's name.")])
            }
            var promisedBy = given.date("promised_by")
            // "send it by friday": the day the promise names, counted from the event (or today, once it is past).
            if promisedBy == nil, let promise = text("promised") {
                promisedBy = CoachingHost.day(in: promise, today: max(today, profile.events[index].start?.date ?? today))
            }
            let meeting = Meeting(talked: text("talked"), promised: text("promised"), promisedBy: promisedBy,
                                  cadenceDays: number("cadence").flatMap { $0 > 0 ? $0 : nil })
            let made = recordMeeting(event: index, mention: mention, meeting: meeting)
            return ActionOutcome(slots: ["meeting_followups": .number(Double(made))])
        case "finish-debrief":
            guard let id = text("event"), let index = profile.events.firstIndex(where: { $0.id == id }) else {
                return ActionOutcome(outputs: [.problem("there is no event '\(text("event") ?? "")' to finish.")])
            }
            profile.events[index].debriefed = true
            let people = Set(profile.interactions.filter { $0.eventId == id }.map(\.contactId)).count
            let open = profile.followUps.filter { $0.eventId == id && !$0.done }.count
            return ActionOutcome(slots: ["debrief_people": .number(Double(people)), "debrief_followups": .number(Double(open))])
        default:
            return ActionOutcome(outputs: [.problem("coach has no action '\(action)'.")])
        }
    }

    private mutating func saveEvent(id: String?, name: String?, kind: String?, arguments: [String: Value], organizations: [String]?,
                                    people: [String]?, number: (String) -> Int?, text: (String) -> String?) -> ActionOutcome {
        if let kind, Event.Kind(rawValue: kind) == nil {
            return ActionOutcome(outputs: [.problem("'save-event' was given kind '\(kind)'; it takes \(Event.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")])
        }
        var event: Event
        let existing = id.flatMap { id in profile.events.firstIndex { $0.id == id } }
        if let existing {
            event = profile.events[existing]
        } else {
            guard let name, let kind = kind.flatMap(Event.Kind.init(rawValue:)) else {
                return ActionOutcome(outputs: [.problem("'save-event' needs a name and a kind for a new event.")])
            }
            let taken = Set(profile.events.map(\.id))
            var number = profile.events.count + 1
            while taken.contains("event-\(number)") { number += 1 }
            event = Event(id: "event-\(number)", name: name, kind: kind)
        }
        if let name { event.name = name }
        if let kind = kind.flatMap(Event.Kind.init(rawValue:)) { event.kind = kind }
        if case let .dateTime(start)? = arguments["start"] { event.start = start }
        if let minutes = number("duration"), minutes > 0 { event.durationMinutes = minutes }
        if let place = text("place") { event.place = place }
        if let aim = text("aim") { event.aim = aim }
        if let organizations { event.expected = organizations }
        var added: [String] = [], known: [String] = [], unclear: [String] = [], unread: [String] = []
        if let people {
            var ids: [String] = []
            for line in people {
                guard let mention = PersonMention(line) else {
                    unread.append(line)
                    continue
                }
                let (found, matches) = CoachingHost.contact(for: mention, in: profile.contacts)
                if let found {
                    ids.append(found.id)
                    known.append(DisplayText.clean(ContactRanking.fullName(found)))
                    fillIn(found.id, from: mention)
                } else if matches > 1 {
                    unclear.append(mention.name)
                } else {
                    let contact = newContact(mention, howMet: "expected at \(event.name)")
                    ids.append(contact.id)
                    added.append(DisplayText.clean(ContactRanking.fullName(contact)))
                }
            }
            // Editing an event keeps the people named before unless they are named again.
            event.people = ids.reduce(into: existing == nil ? [] : event.people) { all, id in if !all.contains(id) { all.append(id) } }
        }
        if let existing {
            // A plan made before a change no longer fits it: 'event plan' makes it again.
            if event != profile.events[existing] { event.plan = nil }
            profile.events[existing] = event
        } else {
            profile.events.append(event)
        }
        return ActionOutcome(slots: ["event_id": .text(event.id), "event_new_people": .list(added.map(Value.text)),
                                     "event_known_people": .list(known.map(Value.text)),
                                     "event_unclear_people": .list(unclear.map(Value.text)),
                                     "event_unread_people": .list(unread.map(Value.text))])
    }

    /// A contact for someone the user names for the first time.
    private mutating func newContact(_ mention: PersonMention, howMet: String) -> Contact {
        var contact = Contact(id: "", firstName: mention.firstName, lastName: mention.lastName, company: mention.company,
                              position: mention.position, howMet: howMet, source: "manual")
        var taken = Set(profile.contacts.map(\.id))
        contact.id = ContactId.unique(for: contact, taken: &taken)
        profile.contacts.append(contact)
        return contact
    }

    /// What a mention says of a known contact that coach did not have (a company, a position).
    private mutating func fillIn(_ id: String, from mention: PersonMention) {
        guard let index = profile.contacts.firstIndex(where: { $0.id == id }) else { return }
        if profile.contacts[index].company == nil { profile.contacts[index].company = mention.company }
        if profile.contacts[index].position == nil { profile.contacts[index].position = mention.position }
    }

    /// Records the conversation and makes its follow-ups; returns how many were made or moved.
    private mutating func recordMeeting(event index: Int, mention: PersonMention, meeting: Meeting) -> Int {
        let event = profile.events[index]
        let (found, _) = CoachingHost.contact(for: mention, in: profile.contacts, expected: event.people)
        let contactID: String
        if let found {
            contactID = found.id
            fillIn(found.id, from: mention)
        } else {
            contactID = newContact(mention, howMet: "met at \(event.name)").id
        }
        let day = event.start?.date ?? today
        // Telling coach about someone again (a second debrief) changes what was recorded rather than
        // recording the conversation twice.
        let interaction = Interaction(contactId: contactID, eventId: event.id, date: day, notes: meeting.talked, promised: meeting.promised)
        if let earlier = profile.interactions.firstIndex(where: { $0.contactId == contactID && $0.eventId == event.id }) {
            var merged = profile.interactions[earlier]
            // What was talked about, skipped, stays; a promise answered "nothing" is no promise any more.
            merged.notes = meeting.talked ?? merged.notes
            merged.promised = meeting.promised
            profile.interactions[earlier] = merged
            if meeting.promised == nil {
                profile.followUps.removeAll { $0.contactId == contactID && $0.eventId == event.id && $0.kind == .promise && !$0.done }
            }
        } else {
            profile.interactions.append(interaction)
        }
        let contactIndex = profile.contacts.firstIndex { $0.id == contactID }!
        if profile.contacts[contactIndex].lastInteraction.map({ $0 < day }) ?? true { profile.contacts[contactIndex].lastInteraction = day }
        if let cadence = meeting.cadenceDays { profile.contacts[contactIndex].cadenceDays = cadence }
        // Someone expected there has now been met.
        if profile.contacts[contactIndex].howMet == "expected at \(event.name)" { profile.contacts[contactIndex].howMet = "met at \(event.name)" }
        let contact = profile.contacts[contactIndex]
        guard let program else { return 0 }
        let composer = Composer(program: program, profile: profile, today: today)
        var made = 0
        func add(_ kind: FollowUp.Kind, due: CalendarDate) {
            guard let draft = composer.followUpDraft(kind, contact: contact, event: profile.events[index], meeting: meeting) else { return }
            // One keep-in-touch reminder a contact (a newer conversation moves it), and one thank-you or
            // promise a conversation (a second debrief rewrites it).
            let same: (FollowUp) -> Bool = kind == .keepInTouch
                ? { $0.contactId == contactID && $0.kind == .keepInTouch && !$0.done }
                : { $0.contactId == contactID && $0.kind == kind && $0.eventId == event.id }
            if let open = profile.followUps.firstIndex(where: same) {
                profile.followUps[open].due = due
                profile.followUps[open].title = draft.title
                profile.followUps[open].message = draft.message
                profile.followUps[open].eventId = event.id
                made += 1
                return
            }
            profile.followUps.append(FollowUp(id: CoachingHost.nextFollowUpId(profile.followUps), contactId: contactID, due: due,
                                              message: draft.message, kind: kind, title: draft.title, eventId: event.id))
            made += 1
        }
        add(.thankYou, due: day.adding(days: composer.days(Composer.thankYouSetting, default: 1)))
        if meeting.promised != nil {
            add(.promise, due: meeting.promisedBy ?? day.adding(days: composer.days(Composer.promiseSetting, default: 7)))
        }
        let cadence = meeting.cadenceDays ?? contact.cadenceDays ?? composer.days(Composer.keepInTouchSetting, default: 90)
        add(.keepInTouch, due: day.adding(days: cadence))
        return made
    }
}
