import Foundation
import Testing

/// The whole self-assessment through the real binary, as a user types it, then the export a script reads.
@Suite struct AssessmentTests {
    /// The typed lines of a shipped persona transcript: what a user answers, in order.
    static func answers(of transcript: String) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Prompts/tests/\(transcript)")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            if line == ">" { return "" }
            return line.hasPrefix("> ") ? String(line.dropFirst(2)) : nil
        }
    }

    @Test func startThenExportShowsValuesGoalsAndStrengthsWithStories() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29"])
        let input = try (["start"] + Self.answers(of: "persona-cs-student.transcript") + ["profile", "quit"])
            .joined(separator: "\n") + "\n"
        let run = try PipedRun(arguments: [], input: input, environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("I'm Priya, studying computer science at State University."), "\(run.output)")

        let export = try PipedRun(arguments: ["export", "--format", "json"], input: "", environment: environment)
        #expect(export.status == 0, "\(export.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])

        let values = try #require(object["values"] as? [[String: Any]])
        #expect(values.count == 44, "every card is on a pile")
        let piles = Dictionary(grouping: values) { $0["pile"] as? String ?? "?" }.mapValues(\.count)
        #expect(piles == ["very-important": 7, "important": 37])
        let top = values.filter { $0["rank"] is Int }.sorted { ($0["rank"] as! Int) < ($1["rank"] as! Int) }
        #expect(top.map { $0["name"] as? String } == ["Learning", "Challenge", "Autonomy", "Social impact", "Financial reward"])
        #expect(top.first?["meaning"] as? String == "Picking up a new skill every few months")
        #expect(top.allSatisfy { ($0["meaning"] as? String)?.isEmpty == false })

        let goals = try #require(object["goals"] as? [[String: Any]])
        #expect(goals.count == 2)
        let first = try #require(goals.first)
        #expect(first["text"] as? String == "Get an associate product manager internship at a fintech company")
        #expect(first["horizon"] as? String == "short")
        #expect(first["role"] as? String == "associate product manager")
        #expect(first["field"] as? String == "fintech")
        #expect(first["organizations"] as? [String] == ["Stripe", "Monzo"])
        #expect(first["deadline"] as? String == "2027-06-01")
        #expect(first["measure"] as? String == "an offer signed")
        #expect(goals.last?["horizon"] as? String == "long")

        let strengths = try #require(object["strengths"] as? [[String: Any]])
        #expect(strengths.map { $0["name"] as? String } == ["Love of learning", "Curiosity", "Problem solving", "Coding", "Public speaking"])
        let stories = strengths.prefix(3).compactMap { ($0["stories"] as? [[String: Any]])?.first }
        #expect(stories.count == 3, "each of the top three has a STAR story")
        // The thin first answers were caught and improved: what is stored is the follow-up.
        #expect(stories.first?["action"] as? String == "I rewrote the screen myself in plain HTML and tested it on five old phones")
        #expect(stories.first?["result"] as? String == "400 students used it in the first month")

        let experiences = try #require(object["experiences"] as? [[String: Any]])
        #expect(experiences.map { $0["kind"] as? String } == ["project", "volunteering"])
    }

    @Test func nextAndTheBannerFollowWhatTheProfileLacks() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29"])
        let fresh = try PipedRun(arguments: [], input: "next\nwhy 1\n", environment: environment)
        #expect(fresh.output.contains("1. Type 'start' to build your profile"), "\(fresh.output)")
        #expect(fresh.output.contains("Suggestion 1 comes from the rule 'next-start'"))
        let named = try PipedRun(arguments: [], input: "about\nAna\nstudent\nphysics\nskip\nnext\n", environment: environment)
        #expect(named.output.contains("1. Type 'experiences' to add an internship"), "\(named.output)")
        #expect(!named.output.contains("Type 'start' to build your profile"))
    }

    @Test func aPartRunAgainOffersKeepEditOrRedo() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29"])
        _ = try PipedRun(arguments: [], input: "experiences\nyes\njob\nCorner Books\nbookseller\nretail\n2024-06\nyes\n\nno\n",
                         environment: environment)
        let again = try PipedRun(arguments: [], input: "experiences\nkeep\n", environment: environment)
        #expect(again.output.contains("- bookseller, Corner Books (retail)"), "\(again.output)")
        #expect(again.output.contains("Keep it"))
        let export = try PipedRun(arguments: ["export"], input: "", environment: environment)
        #expect(export.output.contains("\"organization\": \"Corner Books\""), "\(export.output)")
    }
}

/// `targets`: kinds of people from the profile, with where to find them, explained by `why N`.
@Suite struct TargetsTests {
    @Test func targetsShowsKindsOfPeopleWithDetailsAndReasons() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29"])
        let setup = "about\nAna\nstudent\nphysics\nState University\n"
            + "goals\nBecome a physics teacher at a secondary school\nphysics teacher\neducation\nWestfield Academy\n\n"
            + "next september\nA teaching post signed\nno\nRun the science department of a school\nhead of science\neducation\n\n2031-09\nleading a department of 6\n"
        _ = try PipedRun(arguments: [], input: setup, environment: environment)
        let run = try PipedRun(arguments: [], input: "targets\nwhy 2\n", environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Tip: coach knows none of your contacts yet."), "\(run.output)")
        #expect(run.output.contains("1. Meet someone who works as physics teacher or head of science today"), "\(run.output)")
        #expect(run.output.contains("   Where to find them: LinkedIn searches for the job title"))
        #expect(run.output.contains("2. Find someone inside Westfield Academy: you know nobody there yet."))
        #expect(run.output.contains("Suggestion 2 comes from the rule 'target-organisation-insiders'"))
        #expect(run.output.contains("It matched: goals.organizations_without_contacts = Westfield Academy."))
        // Five kinds at most, the rest counted.
        #expect(!run.output.contains("\n6. "))
        #expect(run.output.contains("more kinds fit less well"))
    }

    @Test func targetsRanksTheUsersOwnContactsAndShowsTheirNamesHarmlessly() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["COACH_TODAY": "2026-11-29"])
        let setup = "about\nAna\nstudent\nphysics\nState University\n"
            + "goals\nBecome a physics teacher at a secondary school\nphysics teacher\neducation\nWestfield Academy\n\n"
            + "next september\nA teaching post signed\nno\nRun the science department of a school\nhead of science\neducation\n\n2031-09\nleading a department of 6\n"
        _ = try PipedRun(arguments: [], input: setup, environment: environment)
        let export = try PipedRun(arguments: ["export"], input: "", environment: environment)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        func contact(_ id: String, _ first: String, _ last: String, _ company: String, _ position: String, tags: [String] = []) -> [String: Any] {
            ["id": id, "firstName": first, "lastName": last, "company": company, "position": position, "url": NSNull(),
             "email": NSNull(), "phone": NSNull(), "howMet": NSNull(), "tags": tags, "notes": NSNull(),
             "connectedOn": NSNull(), "lastInteraction": NSNull(), "cadenceDays": NSNull(), "source": "manual"]
        }
        object["contacts"] = [
            contact("c1", "Sam", "Lee", "Westfield Academy", "Head of Science"),
            contact("c2", "Eve", "\u{1B}[31mRed\u{1B}]0;pwned\u{07}", "Westfield Academy", "Physics Teacher"),
            contact("c3", "Zed", "Ames", "Bakery", "Baker"),
        ]
        let file = home + "/with-contacts.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
        let merged = try PipedRun(arguments: ["import", "json", file, "--merge"], input: "", environment: environment)
        #expect(merged.status == 0, "\(merged.errors)")
        let run = try PipedRun(arguments: [], input: "targets\nwhy 6\n", environment: environment)
        #expect(run.output.contains("People you know, for your goals:"), "\(run.output)")
        #expect(run.output.contains("Sam Lee — Head of Science, Westfield Academy"))
        #expect(run.output.contains("Eve Red — Physics Teacher, Westfield Academy"), "the escape sequences are gone")
        #expect(!run.output.contains("\u{1B}") && !run.output.contains("pwned"))
        #expect(!run.output.contains("Zed Ames"), "someone with nothing to do with the goals is not suggested")
        #expect(run.output.contains("6. Sam Lee"), "people are numbered on from the kinds shown")
        #expect(run.output.contains("Sam Lee scores 7 for your goals:"), "why N explains a person's score")
        #expect(run.output.contains("works at an organisation in your goals (Westfield Academy)"))
    }
}
