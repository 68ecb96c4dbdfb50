import Foundation
import Testing

/// `contacts` and `contact show`, through the real binary, on a profile restored from JSON.
@Suite struct ContactCommandTests {
    static func profile(home: String) throws -> [String: String] {
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29"])
        func contact(_ id: String, _ first: String, _ last: String, _ company: String, _ position: String, tags: [String] = []) -> [String: Any] {
            ["id": id, "firstName": first, "lastName": last, "company": company, "position": position, "url": NSNull(),
             "email": NSNull(), "phone": NSNull(), "howMet": "career fair", "tags": tags, "notes": NSNull(),
             "connectedOn": "2025-01-10", "lastInteraction": NSNull(), "cadenceDays": 90, "source": "manual"]
        }
        let object: [String: Any] = [
            "format": "coach-profile", "version": 1,
            "person": ["name": "Ana", "stage": "student", "field": "physics", "school": NSNull()],
            "values": [], "goals": [], "strengths": [], "skills": [], "experiences": [], "events": [], "interactions": [],
            "followUps": [], "pitches": [],
            "contacts": [
                contact("c1", "Sam", "Lee", "Westfield Academy", "Head of Science"),
                contact("c2", "Sam", "Ortiz", "Acme", "Engineer", tags: ["mentor"]),
                contact("c3", "Ria", "Patel\u{1B}[2J", "Westfield Academy", "Recruiter"),
            ],
        ]
        let file = home + "/contacts.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
        let restored = try PipedRun(arguments: ["import", "json", file], input: "", environment: environment)
        #expect(restored.status == 0, "\(restored.errors)")
        return environment
    }

    @Test func contactsListsAndFiltersByWordsCompanyAndTag() throws {
        let environment = try Self.profile(home: try CoachBinary.scratchDirectory())
        let all = try PipedRun(arguments: [], input: "contacts\n", environment: environment)
        #expect(all.output.contains("Sam Lee") && all.output.contains("Sam Ortiz") && all.output.contains("3 contacts."), "\(all.output)")
        #expect(!all.output.contains("\u{1B}"), "escape sequences from a contact's name are not printed")
        let westfield = try PipedRun(arguments: [], input: "contacts --company westfield\n", environment: environment)
        #expect(westfield.output.contains("2 of 3 contacts."))
        #expect(!westfield.output.contains("Sam Ortiz"))
        let mentors = try PipedRun(arguments: [], input: "contacts --tag Mentor\n", environment: environment)
        #expect(mentors.output.contains("Sam Ortiz") && mentors.output.contains("1 of 3 contacts."))
        let words = try PipedRun(arguments: [], input: "contacts sam science\n", environment: environment)
        #expect(words.output.contains("Sam Lee") && !words.output.contains("Sam Ortiz"))
        // Words start words, ignoring accents: "sci" finds Science, "ience" does not.
        let part = try PipedRun(arguments: [], input: "contacts ience\n", environment: environment)
        #expect(part.output.contains("No contact matches."), "\(part.output)")
        let bad = try PipedRun(arguments: [], input: "contacts --tag\n", environment: environment)
        #expect(bad.status == 64)
        #expect(bad.errors.contains("--tag needs a value."))
    }

    @Test func contactShowFindsOnePersonOrSaysWhoItCouldBe() throws {
        let environment = try Self.profile(home: try CoachBinary.scratchDirectory())
        let one = try PipedRun(arguments: [], input: "contact show sam lee\n", environment: environment)
        #expect(one.status == 0, "\(one.errors)")
        #expect(one.output.contains("Head of Science") && one.output.contains("How you met") && one.output.contains("every 90 days"))
        let two = try PipedRun(arguments: [], input: "contact show sam\n", environment: environment)
        #expect(two.status == 64)
        #expect(two.errors.contains("'sam' could be Sam Lee (Westfield Academy, id c1) or Sam Ortiz (Acme, id c2)."), "\(two.errors)")
        // Two people can share a name: the id tells them apart.
        let byID = try PipedRun(arguments: [], input: "contact show c2\n", environment: environment)
        #expect(byID.status == 0 && byID.output.contains("Sam Ortiz"), "\(byID.errors)")
        let none = try PipedRun(arguments: [], input: "contact show nobody\n", environment: environment)
        #expect(none.errors.contains("no contact is called 'nobody'."))
    }

    @Test func contactAddEditAndDeleteAreSavedAndDeletingAsksFirst() throws {
        let environment = try Self.profile(home: try CoachBinary.scratchDirectory())
        let add = try PipedRun(arguments: [], input: "contact add\nMaya\nOkafor\nStripe\nProduct Manager\ncareer fair\nalumni\n\n\n60\n",
                               environment: environment)
        #expect(add.output.contains("Saved Maya Okafor."), "\(add.output)")
        let edit = try PipedRun(arguments: [], input: "contact edit maya\n\n\n\nSenior Product Manager\n\n\n\n\n", environment: environment)
        #expect(edit.output.contains("What do they do there? (now: Product Manager)"), "\(edit.output)")
        // A new process reads what the last one saved: the change, and what Enter kept.
        let shown = try PipedRun(arguments: [], input: "contact show maya okafor\n", environment: environment)
        #expect(shown.output.contains("Senior Product Manager") && shown.output.contains("Stripe") && shown.output.contains("every 60 days"),
                "\(shown.output)")
        let first = try PipedRun(arguments: [], input: "contact delete maya\ncontacts maya\n", environment: environment)
        #expect(first.output.contains("This deletes Maya Okafor from your profile. Type 'contact delete maya' again to do it."))
        #expect(first.output.contains("Maya Okafor"), "asking deletes nothing")
        let twice = try PipedRun(arguments: [], input: "contact delete maya\ncontact delete maya\n", environment: environment)
        #expect(twice.output.contains("Deleted Maya Okafor."), "\(twice.output)")
        let after = try PipedRun(arguments: [], input: "contacts\n", environment: environment)
        #expect(!after.output.contains("Maya") && after.output.contains("3 contacts."), "\(after.output)")
    }

    @Test func coachTargetsPrintsJSONForScripts() throws {
        let environment = try Self.profile(home: try CoachBinary.scratchDirectory())
        _ = try PipedRun(arguments: [], input: "goals\nBecome a head of science at Westfield Academy\nhead of science\neducation\nWestfield Academy\n\n"
                             + "next september\nA post signed\nno\nRun a school\nhead teacher\neducation\n\n2031-09\na school of my own\n",
                         environment: environment)
        let run = try PipedRun(arguments: ["targets", "--json"], input: "", environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let kinds = try #require(object["kinds"] as? [[String: Any]])
        #expect(kinds.first?["number"] as? Int == 1)
        #expect(kinds.contains { $0["rule"] as? String == "target-organisation-recruiters" } == false,
                "a recruiter at Westfield Academy is already a contact")
        #expect(kinds.allSatisfy { ($0["because"] as? String)?.isEmpty == false })
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people.first?["name"] as? String == "Sam Lee", "\(people)")
        #expect(people.first?["number"] as? Int == kinds.count + 1)
        let parts = try #require(people.first?["parts"] as? [[String: Any]])
        #expect(parts.map { $0["signal"] as? String } == ["goal-organisation", "goal-role", "senior", "overdue"], "connected 2025-01-10, every 90 days")
        // The text form is the REPL's.
        let text = try PipedRun(arguments: ["targets"], input: "", environment: environment)
        #expect(text.output.contains("People you know, for your goals:"))
    }

    @Test func anOpenCoachSeesContactsImportedMeanwhile() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29", "NO_COLOR": "1"])
        let terminal = try PseudoTerminal(CoachBinary.path, environment: environment)
        try terminal.expectPrompt()
        // Another window imports while this one waits at its prompt.
        let csv = home + "/Connections.csv"
        try "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nLia,Chen,,,Monzo,Product Manager,15 Mar 2024\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try PipedRun(arguments: ["import", "linkedin", csv], input: "", environment: environment)
        #expect(imported.status == 0, "\(imported.errors)")
        terminal.send("contacts\r")
        let listing = try terminal.expect("contacts.")
        #expect(listing.contains("Lia Chen"), "\(listing)")
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }
}
