import Foundation
import Testing

/// `coach calendar export` through the real binary, its file read back by Python's icalendar.
@Suite struct CalendarExportTests {
    static let parser = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/parse_ics.py").path

    // Texts with everything iCalendar must escape or fold: commas, semicolons, backslashes, line breaks, and
    // non-ASCII text long enough to fold.
    static let fairName = #"Spring fair, "big"; hall \ B"#
    static let fairPlace = "Main hall; room 3, floor 2 — Universidad Técnica Federico Santa María, Valparaíso"
    static let fairAim = "Meet three analysts;\nask about C:\\data, and 日本語 roles"
    static let chatName = "Café chat ☕, 2nd try"
    static let thanksTitle = #"Thank Dana, Jr.; re: the fair \ booth"#
    static let thanksMessage = "Hi Dana,\n\nThanks for the chat; truly.\nMy notes: C:\\notes\\fair.txt\n— Zoë Ñúñez 日本"
    static let keepInTouchMessage = String(repeating: "¿Qué tal? Ça va très bien, merci; à bientôt. ", count: 4)

    static var profileJSON: String {
        func contact(_ id: String, _ first: String, _ last: String, _ company: String?) -> [String: Any] {
            ["id": id, "firstName": first, "lastName": last, "company": company ?? NSNull(), "position": NSNull(),
             "url": NSNull(), "email": NSNull(), "phone": NSNull(), "howMet": NSNull(), "tags": [String](),
             "notes": NSNull(), "connectedOn": NSNull(), "lastInteraction": NSNull(), "cadenceDays": NSNull(),
             "source": "manual"]
        }
        func event(_ id: String, _ name: String, _ kind: String, start: String?, minutes: Int?, place: String?,
                   aim: String?, expected: [String], people: [String]) -> [String: Any] {
            ["id": id, "name": name, "kind": kind, "start": start ?? NSNull(), "durationMinutes": minutes ?? NSNull(),
             "place": place ?? NSNull(), "aim": aim ?? NSNull(), "expected": expected, "people": people, "debriefed": false]
        }
        func followUp(_ id: String, _ contact: String, due: String, message: String, done: Bool, kind: String?,
                      title: String?, event: String?) -> [String: Any] {
            ["id": id, "contactId": contact, "due": due, "message": message, "done": done, "kind": kind ?? NSNull(),
             "title": title ?? NSNull(), "eventId": event ?? NSNull(), "doneOn": done ? due : NSNull()]
        }
        let profile: [String: Any] = [
            "format": "coach-profile", "version": 1, "person": NSNull(),
            "contacts": [
                contact("c1", "Dana", "Lee, Jr.", "Acme; Labs"),
                // The escape sequence must not reach anyone's calendar.
                contact("c2", "Zoë", "Ñúñez\u{1B}]0;owned\u{07}", "日本銀行"),
            ],
            "events": [
                event("e2", chatName, "coffee-chat", start: "2027-03-05T08:15", minutes: nil, place: nil, aim: nil,
                      expected: [], people: []),
                event("e1", fairName, "career-fair", start: "2027-03-04T17:00", minutes: 180, place: fairPlace,
                      aim: fairAim, expected: ["Acme; Labs", "Globex, Ltd."], people: ["c1", "c2"]),
                event("e3", "Mixer — someday", "mixer", start: nil, minutes: nil, place: nil, aim: nil,
                      expected: [], people: []),
            ],
            "followUps": [
                followUp("12", "c2", due: "2027-03-10", message: keepInTouchMessage, done: false, kind: "keep-in-touch",
                         title: nil, event: nil),
                followUp("1", "c1", due: "2027-03-06", message: thanksMessage, done: false, kind: "thank-you",
                         title: thanksTitle, event: "e1"),
                followUp("2", "c1", due: "2027-03-06", message: "Send the notebook", done: false, kind: "promise",
                         title: nil, event: "e3"),
                followUp("3", "c2", due: "2027-03-01", message: "Already sent", done: true, kind: "thank-you",
                         title: "Done already", event: nil),
            ],
        ]
        let data = try! JSONSerialization.data(withJSONObject: profile, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    struct ParseFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// What `parse_ics.py` found in `file`; fails with the reason when python3 or its icalendar is missing.
    static func parse(_ file: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", parser, file]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: break
        case 127: throw ParseFailure(description: "python3 is not on PATH; 'make test' needs it to check iCalendar files: \(errors)")
        default: throw ParseFailure(description: "parse_ics.py exited with \(process.terminationStatus): \(errors)")
        }
        guard let report = try JSONSerialization.jsonObject(with: output) as? [String: Any] else {
            throw ParseFailure(description: "parse_ics.py printed no JSON object")
        }
        return report
    }

    static func setUp() throws -> (home: String, environment: [String: String]) {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let restore = try PipedRun(arguments: ["import", "json", "-"], input: profileJSON, environment: environment)
        #expect(restore.status == 0, "\(restore.errors)")
        return (home, environment)
    }

    /// `date-time 2027-03-04T17:00:00 floating`: a date as parse_ics.py reports it, in a line.
    func moment(_ value: Any?) -> String? {
        guard let fields = value as? [String: Any], let type = fields["type"] as? String,
              let text = fields["value"] as? String else { return nil }
        return "\(type) \(text)" + (fields["floating"] as? Bool == true ? " floating" : "")
            + (fields["utc"] as? Bool == true ? " UTC" : "")
    }

    func alarm(_ component: [String: Any]) -> [String: Any]? {
        let alarms = component["alarms"] as? [[String: Any]] ?? []
        #expect(alarms.count == 1, "\(component["uid"] ?? "?") has \(alarms.count) alarms")
        return alarms.first
    }

    @Test func everyEventAndOpenFollowUpReadsBackWithItsAlarmAndExactTexts() throws {
        let (home, environment) = try Self.setUp()
        let file = home + "/coach.ics"
        let run = try PipedRun(arguments: ["calendar", "export", "--output", file], input: "", environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("Wrote 2 events and 3 to-dos to \(file).\n"))
        #expect(run.errors.contains("warning: left out 1 event with no start time (a calendar entry needs one): 'Mixer — someday'."))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)

        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\r"), "a bare LF at octet \(index)")
        }
        #expect(bytes.suffix(2) == [13, 10])
        let physicalLines = bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast().map { $0.dropLast() }
        for line in physicalLines {
            #expect(line.count <= 75, "a line of \(line.count) octets: \(String(decoding: line, as: UTF8.self))")
            #expect(String(validating: Array(line), as: UTF8.self) != nil, "a line that splits a UTF-8 sequence")
        }
        #expect(physicalLines.filter { $0.first == UInt8(ascii: " ") }.count >= 3, "expected folded lines")

        let report = try Self.parse(file)
        #expect((report["errors"] as? [String]) == [], "icalendar \(report["icalendar"] ?? "?") found problems")
        #expect(report["name"] as? String == "VCALENDAR")
        #expect(report["version"] as? String == "2.0")
        #expect((report["prodid"] as? String)?.hasPrefix("-//coach//coach ") == true)
        #expect((report["prodid"] as? String)?.hasSuffix("//EN") == true)
        #expect(report["calscale"] as? String == "GREGORIAN")

        let events = report["events"] as? [[String: Any]] ?? []
        #expect(events.map { $0["uid"] as? String } == ["event-e1.default@coach", "event-e2.default@coach"])
        guard events.count == 2 else { return }
        let fair = events[0], chat = events[1]
        #expect(fair["summary"] as? String == Self.fairName)
        #expect(fair["location"] as? String == Self.fairPlace)
        #expect(fair["description"] as? String == "Aim: " + Self.fairAim
                + "\nOrganisations expected: Acme; Labs, Globex, Ltd."
                + "\nPeople expected: Dana Lee, Jr. (Acme; Labs), Zoë Ñúñez (日本銀行)")
        #expect(fair["categories"] as? [String] == ["career-fair"])
        #expect(moment(fair["dtstart"]) == "date-time 2027-03-04T17:00:00 floating")
        #expect(moment(fair["dtend"]) == "date-time 2027-03-04T20:00:00 floating")
        #expect(moment(fair["dtstamp"]) == "date-time 2027-03-04T00:00:00+00:00 UTC")
        #expect(chat["summary"] as? String == Self.chatName)
        #expect(moment(chat["dtstart"]) == "date-time 2027-03-05T08:15:00 floating")
        #expect(chat["dtend"] is NSNull && chat["duration"] is NSNull && chat["location"] is NSNull && chat["description"] is NSNull)
        #expect(chat["categories"] as? [String] == ["coffee-chat"])
        for (event, name) in [(fair, Self.fairName), (chat, Self.chatName)] {
            let reminder = alarm(event)
            #expect(reminder?["action"] as? String == "DISPLAY")
            #expect(reminder?["triggerSeconds"] as? Double == -86_400)
            #expect(reminder?["related"] is NSNull)
            #expect(reminder?["description"] as? String == "Tomorrow: " + name)
        }

        let toDos = report["todos"] as? [[String: Any]] ?? []
        #expect(toDos.map { $0["uid"] as? String } == ["followup-1.default@coach", "followup-2.default@coach", "followup-12.default@coach"])
        guard toDos.count == 3 else { return }
        let expected: [(summary: String, description: String, due: String, related: String?, category: String)] = [
            (Self.thanksTitle, Self.thanksMessage, "2027-03-06", "event-e1.default@coach", "thank-you"),
            ("Do what you promised Dana Lee, Jr.", "Send the notebook", "2027-03-06", nil, "promise"),
            ("Keep in touch with Zoë Ñúñez", Self.keepInTouchMessage, "2027-03-10", nil, "keep-in-touch"),
        ]
        for (toDo, want) in zip(toDos, expected) {
            #expect(toDo["summary"] as? String == want.summary)
            #expect(toDo["description"] as? String == want.description)
            #expect(moment(toDo["due"]) == "date \(want.due)")
            #expect(toDo["status"] as? String == "NEEDS-ACTION")
            #expect(toDo["relatedTo"] as? String == want.related)
            #expect(toDo["categories"] as? [String] == [want.category])
            #expect(moment(toDo["dtstamp"]) == "date-time \(want.due)T00:00:00+00:00 UTC")
            let reminder = alarm(toDo)
            #expect(reminder?["action"] as? String == "DISPLAY")
            #expect(reminder?["triggerSeconds"] as? Double == 32_400)  // 9 am
            #expect(reminder?["related"] as? String == "END")
            #expect(reminder?["description"] as? String == want.summary)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("Already sent") && !text.contains("\u{1B}") && !text.contains("owned"))
    }

    @Test func exportingAgainGivesTheSameBytesOnAFileOrStandardOutput() throws {
        let (home, environment) = try Self.setUp()
        let first = home + "/first.ics", second = home + "/second.ics"
        for file in [first, second] {
            let run = try PipedRun(arguments: ["calendar", "export", "--output", file], input: "", environment: environment)
            #expect(run.status == 0, "\(run.errors)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(try Data(contentsOf: URL(fileURLWithPath: second)) == bytes)
        for arguments in [["calendar", "export"], ["calendar", "export", "--output", "-"]] {
            let run = try PipedRun(arguments: arguments, input: "", environment: environment)
            #expect(run.status == 0)
            #expect(Data(run.output.utf8) == bytes)
            #expect(!run.errors.contains("Wrote"))
            #expect(run.errors.contains("'Mixer — someday'"))
        }
        // Another profile's UIDs differ, so importing both into one calendar keeps them apart.
        let other = try PipedRun(arguments: ["--profile", "work", "import", "json", "-"], input: Self.profileJSON, environment: environment)
        #expect(other.status == 0)
        let work = try PipedRun(arguments: ["--profile", "work", "calendar", "export"], input: "", environment: environment)
        #expect(work.output.contains("UID:event-e1.work@coach\r\n"))
        #expect(!work.output.contains(".default@coach"))
    }

    @Test func aFileThatCannotBeWrittenIsAnErrorWithStatus73() throws {
        let (home, environment) = try Self.setUp()
        let run = try PipedRun(arguments: ["calendar", "export", "--output", home + "/missing/coach.ics"], input: "",
                               environment: environment)
        #expect(run.status == 73)
        #expect(run.errors.contains("error: cannot write '\(home)/missing/coach.ics': the directory '\(home)/missing' does not exist."))
        #expect(!run.errors.contains("Wrote"))
    }

    @Test func aMissingProfileIsReportedNotCreated() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(arguments: ["calendar", "export"], input: "", environment: CoachBinary.environment(home: home))
        #expect(run.status == 66)
        #expect(run.errors.contains("there is no profile 'default'"))
        #expect(run.output.isEmpty)
    }
}
