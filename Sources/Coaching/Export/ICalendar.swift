import DialogueEngine

/// A profile's events and open follow-ups as an RFC 5545 iCalendar file, for any calendar app.
///
/// Pure and deterministic: the same profile gives the same bytes, so a second export of unchanged data is
/// byte-identical and a calendar app that honours UIDs updates its entries instead of adding them again.
/// Events become `VEVENT`s at their time on the user's clock, open follow-ups `VTODO`s due on their day; each
/// has a `VALARM` reminder.
public enum ICalendar {
    /// The file, and what it holds and leaves out.
    public struct Export: Hashable, Sendable {
        /// The whole file: CRLF line endings, lines folded at 75 octets.
        public var text: String
        public var eventCount: Int
        public var toDoCount: Int
        /// Events that cannot be calendar entries: no start (a `VEVENT` needs `DTSTART`), or a start outside
        /// the years 1–9999 that iCalendar dates can hold.
        public var skippedEvents: [Event]
        /// Open follow-ups due outside the years 1–9999.
        public var skippedFollowUps: [FollowUp]
    }

    /// How long before an event its reminder goes off: the day before, at the same time.
    static let eventReminder = "-P1D"
    /// When a follow-up's reminder goes off: 9:00 on the day it is due, on the user's clock.
    ///
    /// `DUE` is a `DATE` (follow-ups have a day, not a time), which clients read as the start of that day
    /// locally. RFC 5545 §3.8.6.3 lets a to-do's alarm be relative to `DUE` with `RELATED=END`; `RELATED=START`
    /// would need a `DTSTART`, and an absolute trigger must be in UTC, which would invent a time zone.
    static let toDoReminder = "TRIGGER;RELATED=END:PT9H"

    /// - Parameters:
    ///   - namespace: what makes the UIDs unique across profiles (the profile's name); UIDs are
    ///     `event-ID.NAMESPACE@coach` and `followup-ID.NAMESPACE@coach`, stable as long as the ids are.
    ///   - productVersion: coach's version, for `PRODID`.
    public static func export(_ profile: Profile, namespace: String, productVersion: String) -> Export {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + text("-//coach//coach \(productVersion)//EN"),
            "CALSCALE:GREGORIAN",
        ]

        var skippedEvents: [Event] = []
        var events: [(event: Event, start: LocalDateTime)] = []
        for event in profile.events {
            if let start = event.start, representable(start.date) {
                events.append((event, start))
            } else {
                skippedEvents.append(event)
            }
        }
        events.sort { $0.start != $1.start ? $0.start < $1.start : idPrecedes($0.event.id, $1.event.id) }
        let exportedEventIds = Set(events.map(\.event.id))
        let contacts = Dictionary(profile.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        for (event, start) in events {
            lines += eventLines(event, start: start, contacts: contacts, namespace: namespace)
        }

        let open = profile.followUps.filter { !$0.done }
        let skippedFollowUps = open.filter { !representable($0.due) }
        let toDos = open.filter { representable($0.due) }
            .sorted { $0.due != $1.due ? $0.due < $1.due : idPrecedes($0.id, $1.id) }
        for followUp in toDos {
            let relatedEvent = followUp.eventId.flatMap { exportedEventIds.contains($0) ? $0 : nil }
            lines += toDoLines(followUp, contact: contacts[followUp.contactId], relatedEvent: relatedEvent,
                               namespace: namespace)
        }

        lines.append("END:VCALENDAR")
        return Export(text: lines.map(fold).joined(separator: "\r\n") + "\r\n", eventCount: events.count,
                      toDoCount: toDos.count, skippedEvents: skippedEvents, skippedFollowUps: skippedFollowUps)
    }

    // MARK: - Components

    private static func eventLines(_ event: Event, start: LocalDateTime, contacts: [String: Contact],
                                   namespace: String) -> [String] {
        let summary = DisplayText.clean(event.name)
        var lines = [
            "BEGIN:VEVENT",
            "UID:" + uid("event", event.id, namespace: namespace),
            "DTSTAMP:" + (event.updated.map(stamp) ?? stamp(start.date)),
            // Floating time (§3.3.5, form 1): no `Z`, no `TZID`. The start is on the user's own clock, so an
            // event at 6 pm stays at 6 pm wherever the calendar is opened.
            "DTSTART:" + dateTime(start),
        ]
        // Without a length nothing is made up: RFC 5545 §3.6.1 says an event with a DTSTART date-time and no
        // DTEND or DURATION ends when it starts, which is what coach knows about it.
        if let minutes = event.durationMinutes, minutes > 0, let end = event.end, representable(end.date) {
            lines.append("DTEND:" + dateTime(end))
        }
        lines += revision(event.updated, event.revision)
        lines.append("SUMMARY:" + text(summary))
        if let place = event.place.map(DisplayText.clean), !place.isEmpty {
            lines.append("LOCATION:" + text(place))
        }
        let description = eventDescription(event, contacts: contacts)
        if !description.isEmpty { lines.append("DESCRIPTION:" + text(description)) }
        lines.append("CATEGORIES:" + text(event.kind.rawValue))
        lines += alarm(description: "Tomorrow: " + summary, trigger: "TRIGGER:" + eventReminder)
        lines.append("END:VEVENT")
        return lines
    }

    private static func toDoLines(_ followUp: FollowUp, contact: Contact?, relatedEvent: String?,
                                  namespace: String) -> [String] {
        let summary = toDoSummary(followUp, contact: contact)
        var lines = [
            "BEGIN:VTODO",
            "UID:" + uid("followup", followUp.id, namespace: namespace),
            "DTSTAMP:" + (followUp.updated.map(stamp) ?? stamp(followUp.due)),
            "DUE;VALUE=DATE:" + date(followUp.due),
        ]
        lines += revision(followUp.updated, followUp.revision)
        lines.append("SUMMARY:" + text(summary))
        let message = multiline(followUp.message)
        if !message.isEmpty { lines.append("DESCRIPTION:" + text(message)) }
        if let kind = followUp.kind { lines.append("CATEGORIES:" + text(kind.rawValue)) }
        if let relatedEvent { lines.append("RELATED-TO:" + uid("event", relatedEvent, namespace: namespace)) }
        lines.append("STATUS:NEEDS-ACTION")
        lines += alarm(description: summary, trigger: toDoReminder)
        lines.append("END:VTODO")
        return lines
    }

    /// A display reminder; `DISPLAY` alarms must carry a `DESCRIPTION` (§3.6.6).
    private static func alarm(description: String, trigger: String) -> [String] {
        ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + text(description), trigger, "END:VALARM"]
    }

    /// The aim, then who is expected: what to have in mind when the reminder goes off.
    static func eventDescription(_ event: Event, contacts: [String: Contact]) -> String {
        var parts: [String] = []
        if let aim = event.aim.map(multiline), !aim.isEmpty { parts.append("Aim: " + aim) }
        let organisations = event.expected.map(DisplayText.clean).filter { !$0.isEmpty }
        if !organisations.isEmpty { parts.append("Organisations expected: " + organisations.joined(separator: ", ")) }
        let people = event.people.compactMap { contacts[$0] }.map(personLabel).filter { !$0.isEmpty }
        if !people.isEmpty { parts.append("People expected: " + people.joined(separator: ", ")) }
        return parts.joined(separator: "\n")
    }

    /// `Sam Lee (Acme)`.
    private static func personLabel(_ contact: Contact) -> String {
        let name = DisplayText.clean(ContactRanking.fullName(contact))
        guard let company = contact.company.map(DisplayText.clean), !company.isEmpty, !name.isEmpty else { return name }
        return "\(name) (\(company))"
    }

    /// The follow-up's title, else what it asks for and of whom.
    static func toDoSummary(_ followUp: FollowUp, contact: Contact?) -> String {
        if let title = followUp.title.map(DisplayText.clean), !title.isEmpty { return title }
        let cleaned = contact.map { DisplayText.clean(ContactRanking.fullName($0)) } ?? ""
        let name = cleaned.isEmpty ? "a contact" : cleaned
        switch followUp.kind {
        case .thankYou: return "Thank \(name)"
        case .promise: return "Do what you promised \(name)"
        case .keepInTouch: return "Keep in touch with \(name)"
        case nil: return "Follow up with \(name)"
        }
    }

    // MARK: - Values

    /// A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`.
    static func text(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Text that may span lines, made fit for a TEXT value: line breaks kept (as `\n`), escape sequences and
    /// other control characters removed, since §3.3.11 allows none of them.
    static func multiline(_ value: String) -> String {
        var unified = String.UnicodeScalarView()
        var scalars = value.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                unified.append("\n")
            case "\u{2028}", "\u{2029}":
                unified.append("\n")
            default:
                unified.append(scalar)
            }
        }
        return String(unified).split(separator: "\n", omittingEmptySubsequences: false)
            .map { DisplayText.clean(String($0)) }
            .joined(separator: "\n")
    }

    /// A content line folded after 75 octets (§3.1): each continuation line starts with one space and holds
    /// at most 74 more, and a line is only broken between characters, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > 75 {
                result.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            result.append(scalar)
            octets += width
        }
        return String(result)
    }

    /// `event-e1.default@coach`. Ids and the namespace are percent-encoded down to letters, digits, `-` and
    /// `_` (and `.` in the namespace), so a UID needs no escaping and the first `.` always ends the id:
    /// different ids or namespaces never give the same UID.
    static func uid(_ kind: String, _ id: String, namespace: String) -> String {
        "\(kind)-\(percentEncoded(id, keepingDots: false)).\(percentEncoded(namespace, keepingDots: true))@coach"
    }

    private static func percentEncoded(_ value: String, keepingDots: Bool) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: ".") where keepingDots:
                result += "."
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// `DTSTAMP` for an item whose date is `day`: that day at 00:00:00 UTC.
    ///
    /// RFC 5545 wants `DTSTAMP` to say when the information was last revised, in UTC. Coach stores when an
    /// event or a follow-up was last changed (`updated`) and uses it; taking the clock instead would make
    /// every export differ from the last (and this module reads no clock). An item from before coach kept
    /// that time (an old import) gets a stamp from the item itself: the day of the event or the day a
    /// follow-up is due, a valid UTC date-time, the same for unchanged data.
    static func stamp(_ day: CalendarDate) -> String { date(day) + "T000000Z" }

    /// `20261129T093000Z`: a moment in UTC.
    static func stamp(_ moment: Timestamp) -> String {
        let seconds = moment.secondsSinceEpoch - moment.date.dayNumber * 86_400
        return date(moment.date) + "T" + pad(seconds / 3_600, 2) + pad(seconds % 3_600 / 60, 2) + pad(seconds % 60, 2) + "Z"
    }

    /// LAST-MODIFIED when the item was last stored, and SEQUENCE counting its changes, so a calendar that
    /// imports the file again can tell a changed entry from one it has.
    private static func revision(_ updated: Timestamp?, _ revision: Int) -> [String] {
        var lines: [String] = []
        if let updated { lines.append("LAST-MODIFIED:" + stamp(updated)) }
        if revision > 0 { lines.append("SEQUENCE:\(revision)") }
        return lines
    }

    /// `20270304T170000`: a DATE-TIME with no zone.
    static func dateTime(_ value: LocalDateTime) -> String {
        date(value.date) + "T" + pad(value.hour, 2) + pad(value.minute, 2) + "00"
    }

    /// `20270304`.
    static func date(_ day: CalendarDate) -> String { pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Whether iCalendar's four-digit years can hold the date (year 0 is not a year there).
    private static func representable(_ day: CalendarDate) -> Bool { (1...9999).contains(day.year) }

    /// Ids in order: numerically when both are whole numbers (follow-up `9` before `10`), else as text.
    static func idPrecedes(_ a: String, _ b: String) -> Bool {
        if let x = Int(a), let y = Int(b), x != y { return x < y }
        return a < b
    }
}
