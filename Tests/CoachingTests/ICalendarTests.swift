import DialogueEngine
import Testing
@testable import Coaching

@Suite struct ICalendarTests {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    static var profile: Profile {
        var profile = Profile()
        profile.contacts = [
            Contact(id: "c1", firstName: "Dana", lastName: "Lee", company: "Acme, Inc."),
            Contact(id: "c2", firstName: "Zoë", lastName: "Ñúñez\u{1B}[31m"),
        ]
        profile.events = [
            Event(id: "e2", name: "Mixer; rooftop", kind: .mixer, start: LocalDateTime(iso: "2027-03-04T18:30"),
                  place: "Bar 日本, 3rd floor"),
            Event(id: "e1", name: "Spring fair", kind: .careerFair, start: LocalDateTime(iso: "2027-03-04T17:00"),
                  durationMinutes: 180, place: "Main hall", aim: "Meet three analysts\nand one \\ recruiter",
                  expected: ["Acme, Inc.", "Globex"], people: ["c1", "c2", "gone"]),
            Event(id: "e3", name: "Coffee someday", kind: .coffeeChat),
        ]
        profile.followUps = [
            FollowUp(id: "10", contactId: "c1", due: date("2027-03-06"), message: "Hi Dana,\nthanks; see you.",
                     kind: .thankYou, title: "Thank Dana for the chat", eventId: "e1"),
            FollowUp(id: "9", contactId: "c2", due: date("2027-03-06"), message: "Bonjour", kind: .keepInTouch),
            FollowUp(id: "3", contactId: "c1", due: date("2027-03-05"), message: "Sent already", done: true),
            FollowUp(id: "4", contactId: "c2", due: date("2027-03-07"), message: "", eventId: "e3"),
        ]
        return profile
    }

    static func export(_ profile: Profile = profile) -> ICalendar.Export {
        ICalendar.export(profile, namespace: "work", productVersion: "1.2.3")
    }

    /// The content lines with folding undone, as a parser sees them.
    static func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// The unfolded lines of each component named `name` (`VEVENT`, `VTODO`), nested alarms included.
    static func components(_ name: String, in text: String) -> [[String]] {
        var result: [[String]] = []
        var current: [String]?
        for line in unfolded(text) {
            if line == "BEGIN:\(name)" { current = [] } else if line == "END:\(name)", let done = current {
                result.append(done)
                current = nil
            } else {
                current?.append(line)
            }
        }
        return result
    }

    @Test func textValuesEscapeBackslashSemicolonCommaAndNewline() {
        #expect(ICalendar.text(#"a\b;c,d"# + "\ne") == #"a\\b\;c\,d\ne"#)
        #expect(ICalendar.text("日本: ok") == "日本: ok")
        #expect(ICalendar.multiline("one\r\ntwo\rthree\u{2028}four\n\u{1B}[1mfive\u{7}") == "one\ntwo\nthree\nfour\nfive")
        let events = Self.components("VEVENT", in: Self.export().text)
        #expect(events[0].contains(#"DESCRIPTION:Aim: Meet three analysts\nand one \\ recruiter\n"#
            + #"Organisations expected: Acme\, Inc.\, Globex\nPeople expected: Dana Lee (Acme\, Inc.)\, Zoë Ñúñez"#))
        #expect(events[1].contains(#"SUMMARY:Mixer\; rooftop"#))
        #expect(events[1].contains(#"LOCATION:Bar 日本\, 3rd floor"#))
        #expect(!Self.export().text.contains("\u{1B}"))
    }

    @Test func longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        // 74 ASCII octets then "é" (2 octets): the é would straddle octet 75, so it starts the next line.
        let line = "DESCRIPTION:" + String(repeating: "x", count: 62) + "é" + String(repeating: "y", count: 100)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical[0].utf8.count == 74)
        #expect(physical[1].hasPrefix(" é"))
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        // A line of exactly 75 octets is left alone; one of 76 folds.
        #expect(ICalendar.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
        #expect(ICalendar.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a")
        // Four-octet characters throughout: every physical line still decodes on its own.
        let emoji = ICalendar.fold("SUMMARY:" + String(repeating: "🚀", count: 40))
        for physicalLine in emoji.components(separatedBy: "\r\n") {
            #expect(physicalLine.utf8.count <= 75)
            #expect(String(validating: Array(physicalLine.utf8), as: UTF8.self) != nil)
        }
    }

    @Test func theWholeFileHasCRLFLinesNoneLongerThan75Octets() {
        var profile = Self.profile
        profile.followUps[0].message = String(repeating: "Muchas gracias por la charla, de verdad — ", count: 8)
        let text = Self.export(profile).text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//coach//coach 1.2.3//EN\r\nCALSCALE:GREGORIAN\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\r"))
        }
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 && !$0.contains("\r") })
        #expect(text.components(separatedBy: "\r\n").contains { $0.hasPrefix(" ") })
    }

    @Test func eventsStartOnFloatingLocalTimeWithAReminderTheDayBefore() {
        let export = Self.export()
        #expect(export.eventCount == 2)
        let events = Self.components("VEVENT", in: export.text)
        #expect(events.count == 2)
        let fair = events[0]  // 17:00 before the 18:30 mixer, whatever the profile's order
        #expect(fair.contains("UID:event-e1.work@coach"))
        #expect(fair.contains("DTSTART:20270304T170000"))
        #expect(fair.contains("DTEND:20270304T200000"))
        #expect(fair.contains("DTSTAMP:20270304T000000Z"))
        #expect(fair.contains("SUMMARY:Spring fair"))
        #expect(fair.contains("CATEGORIES:career-fair"))
        #expect(!fair.contains { $0.hasPrefix("DTSTART") && ($0.hasSuffix("Z") || $0.contains("TZID")) })
        #expect(Array(fair.drop { $0 != "BEGIN:VALARM" }) ==
                ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Tomorrow: Spring fair", "TRIGGER:-P1D", "END:VALARM"])
        let mixer = events[1]
        #expect(mixer.contains("DTSTART:20270304T183000"))
        #expect(!mixer.contains { $0.hasPrefix("DTEND") || $0.hasPrefix("DURATION") })
        #expect(mixer.filter { $0.hasPrefix("DESCRIPTION:") } == [#"DESCRIPTION:Tomorrow: Mixer\; rooftop"#])
    }

    @Test func anEventWithoutAStartIsLeftOutAndReported() {
        let export = Self.export()
        #expect(export.skippedEvents.map(\.id) == ["e3"])
        #expect(!export.text.contains("Coffee someday"))
        // Its follow-up is still a to-do, without a RELATED-TO pointing at nothing.
        let toDo = Self.components("VTODO", in: export.text).first { $0.contains("UID:followup-4.work@coach") }
        #expect(toDo != nil)
        #expect(toDo?.contains { $0.hasPrefix("RELATED-TO") } == false)
    }

    @Test func openFollowUpsAreToDosDueOnTheirDayAndDoneOnesAreLeftOut() {
        let export = Self.export()
        #expect(export.toDoCount == 3)
        #expect(!export.text.contains("followup-3.") && !export.text.contains("Sent already"))
        let toDos = Self.components("VTODO", in: export.text)
        // By due day, then by id as a number: 9 before 10.
        #expect(toDos.map { $0[0] } == ["UID:followup-9.work@coach", "UID:followup-10.work@coach", "UID:followup-4.work@coach"])
        let thanks = toDos[1]
        #expect(thanks == [
            "UID:followup-10.work@coach",
            "DTSTAMP:20270306T000000Z",
            "DUE;VALUE=DATE:20270306",
            "SUMMARY:Thank Dana for the chat",
            #"DESCRIPTION:Hi Dana\,\nthanks\; see you."#,
            "CATEGORIES:thank-you",
            "RELATED-TO:event-e1.work@coach",
            "STATUS:NEEDS-ACTION",
            "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Thank Dana for the chat", "TRIGGER;RELATED=END:PT9H", "END:VALARM",
        ])
        #expect(toDos[0].contains("SUMMARY:Keep in touch with Zoë Ñúñez"))
        #expect(toDos[2].contains("SUMMARY:Follow up with Zoë Ñúñez"))
        #expect(toDos[2].filter { $0.hasPrefix("DESCRIPTION:") } == ["DESCRIPTION:Follow up with Zoë Ñúñez"])
    }

    @Test func aSecondExportIsByteIdenticalAndDoesNotDependOnTheProfilesOrder() {
        #expect(Self.export().text == Self.export().text)
        var shuffled = Self.profile
        shuffled.events.reverse()
        shuffled.followUps.reverse()
        shuffled.contacts.reverse()
        #expect(Self.export(shuffled).text == Self.export().text)
    }

    @Test func uidsAreStableAndKeepProfilesAndIdsApart() {
        #expect(ICalendar.uid("event", "e1", namespace: "default") == "event-e1.default@coach")
        #expect(ICalendar.uid("event", "a.b", namespace: "c") != ICalendar.uid("event", "a", namespace: "b.c"))
        #expect(ICalendar.uid("event", "fête 1;x", namespace: "my.profile") == "event-f%C3%AAte%201%3Bx.my.profile@coach")
        let other = ICalendar.export(Self.profile, namespace: "home", productVersion: "1.2.3").text
        #expect(other.contains("UID:event-e1.home@coach"))
        #expect(!other.contains(".work@coach"))
    }

    @Test func anEmptyProfileIsAnEmptyCalendar() {
        let export = ICalendar.export(Profile(), namespace: "default", productVersion: "0.1.0")
        #expect(export.text
                == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//coach//coach 0.1.0//EN\r\nCALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n")
        #expect(export.eventCount == 0 && export.toDoCount == 0)
    }

    @Test func lengthsThatCannotGiveAnEndAreLeftWithoutOne() {
        var profile = Profile()
        profile.events = [
            Event(id: "zero", name: "Zero", kind: .virtual, start: LocalDateTime(iso: "2027-01-01T09:00"), durationMinutes: 0),
            Event(id: "late", name: "Late", kind: .virtual, start: LocalDateTime(iso: "2027-01-01T23:30"), durationMinutes: 90),
            Event(id: "year0", name: "Year 0", kind: .virtual, start: LocalDateTime(iso: "0000-01-01T09:00")),
        ]
        let export = ICalendar.export(profile, namespace: "p", productVersion: "0")
        let events = Self.components("VEVENT", in: export.text)
        #expect(!events[0].contains { $0.hasPrefix("DTEND") })
        #expect(events[1].contains("DTEND:20270102T010000"))  // across midnight
        #expect(export.skippedEvents.map(\.id) == ["year0"])
    }
}
