import Foundation
import Testing

/// export, import, profiles and the store's refusals, through the real binary.
@Suite struct ProfileCommandTests {
    func fill(_ home: String, profile: String = "default") throws {
        let run = try PipedRun(arguments: ["--profile", profile], input: "start person\nJosé 日本\nintern\nmarketing\nState U\n",
                               environment: CoachBinary.environment(home: home))
        #expect(run.status == 0, "\(run.errors)")
    }

    @Test func theAnswersLandInTheProfileAndExportAsJSON() throws {
        let home = try CoachBinary.scratchDirectory()
        try fill(home)
        let export = try PipedRun(arguments: ["export"], input: "", environment: CoachBinary.environment(home: home))
        #expect(export.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "coach-profile")
        #expect(object?["version"] as? Int == 1)
        let person = object?["person"] as? [String: Any]
        #expect(person?["name"] as? String == "José 日本")
        #expect(person?["stage"] as? String == "intern")
        for key in ["values", "goals", "strengths", "skills", "experiences", "contacts", "events", "interactions", "followUps", "pitches"] {
            #expect(object?[key] is [Any], "missing \(key)")
        }
    }

    @Test func exportThenImportRecreatesTheProfileExactly() throws {
        let home = try CoachBinary.scratchDirectory()
        try fill(home)
        let environment = CoachBinary.environment(home: home)
        let export = try PipedRun(arguments: ["export"], input: "", environment: environment)
        let restore = try PipedRun(arguments: ["--profile", "other", "import", "json", "-"], input: export.output, environment: environment)
        #expect(restore.status == 0, "\(restore.errors)")
        #expect(restore.errors.contains("Restored the profile 'other'"))
        let again = try PipedRun(arguments: ["--profile", "other", "export"], input: "", environment: environment)
        #expect(again.output == export.output)

        let file = home + "/profile.md"
        let markdown = try PipedRun(arguments: ["export", "--format", "markdown", "--output", file], input: "", environment: environment)
        #expect(markdown.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("# José 日本"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
    }

    @Test func aBadImportListsEveryProblemAndWritesNothing() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let bad = #"{"format":"coach-profile","version":1,"person":{"stage":"wizard"},"contacts":[{"id":"c1","firstName":"A","lastName":"B","cadenceDays":"weekly","nickname":"z"}]}"#
        let run = try PipedRun(arguments: ["import", "json", "-"], input: bad, environment: environment)
        #expect(run.status == 65)
        #expect(run.errors.contains("$.person.stage: \"wizard\" is not one of"))
        #expect(run.errors.contains("$.contacts[0].cadenceDays: expected a whole number"))
        #expect(run.errors.contains("$.contacts[0].nickname: unknown field"))
        #expect(!FileManager.default.fileExists(atPath: home + "/data/coach/profiles/default.sqlite"))

        let newer = try PipedRun(arguments: ["import", "json", "-"], input: #"{"format":"coach-profile","version":2}"#, environment: environment)
        #expect(newer.status == 65)
        #expect(newer.errors.contains("$.version: this file is version 2"))
    }

    @Test func importIntoAProfileWithDataNeedsMerge() throws {
        let home = try CoachBinary.scratchDirectory()
        try fill(home)
        let environment = CoachBinary.environment(home: home)
        let export = try PipedRun(arguments: ["export"], input: "", environment: environment)
        let refused = try PipedRun(arguments: ["import", "json", "-"], input: export.output, environment: environment)
        #expect(refused.status == 64)
        #expect(refused.errors.contains("already has data"))
        let merged = try PipedRun(arguments: ["import", "json", "--merge", "-"], input: export.output, environment: environment)
        #expect(merged.status == 0)
        #expect(merged.errors.contains("person: 0 added, 0 updated, 1 unchanged"))
    }

    @Test func profilesListsAndDeletesAfterTheNameIsTypedAgain() throws {
        let home = try CoachBinary.scratchDirectory()
        try fill(home)
        try fill(home, profile: "work")
        let environment = CoachBinary.environment(home: home)
        let list = try PipedRun(arguments: ["profiles"], input: "", environment: environment)
        #expect(list.output.contains("default "))
        #expect(list.output.contains("work "))
        #expect(list.output.contains("last used "))

        let wrong = try PipedRun(arguments: ["profiles", "delete", "work"], input: "wokr\n", environment: environment)
        #expect(wrong.status == 64)
        #expect(FileManager.default.fileExists(atPath: home + "/data/coach/profiles/work.sqlite"))
        let right = try PipedRun(arguments: ["profiles", "delete", "work"], input: "work\n", environment: environment)
        #expect(right.status == 0)
        #expect(!FileManager.default.fileExists(atPath: home + "/data/coach/profiles/work.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: home + "/data/coach/profiles/work.sqlite-wal"))
    }

    @Test func aFileThatIsNotAProfileIsRefusedUntouched() throws {
        let home = try CoachBinary.scratchDirectory()
        let notes = home + "/notes.sqlite"
        try "my notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let run = try PipedRun(arguments: ["--profile", notes], input: "help\n", environment: CoachBinary.environment(home: home))
        #expect(run.status == 65)
        #expect(run.errors.contains("'\(notes)' is not a coach profile. It was left untouched"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")
    }

    @Test func aProfileThatCannotBeCreatedSaysWhere() throws {
        let home = try CoachBinary.scratchDirectory()
        _ = FileManager.default.createFile(atPath: home + "/file", contents: Data())
        let run = try PipedRun(arguments: ["--profile", home + "/file/p.sqlite"], input: "", environment: CoachBinary.environment(home: home))
        #expect(run.status == 73)
        #expect(run.errors.contains("cannot create the profile '\(home)/file/p.sqlite'"))
    }
}

@Suite struct ProfileCommandRegressionTests {
    @Test func exportOfAMistypedProfileIsAnErrorAndCreatesNothing() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        _ = try PipedRun(input: "quit\n", environment: environment)
        let run = try PipedRun(arguments: ["--profile", "defualt", "export"], input: "", environment: environment)
        #expect(run.status == 66)
        #expect(run.errors.contains("there is no profile 'defualt'"))
        #expect(run.errors.contains("Profiles: default."))
        #expect(!FileManager.default.fileExists(atPath: home + "/data/coach/profiles/defualt.sqlite"))
        let dash = try PipedRun(arguments: ["export", "--output", "-"], input: "", environment: environment)
        #expect(dash.status == 0)
        #expect(dash.output.contains("\"format\": \"coach-profile\""))
    }

    @Test func startingOverAnUnfinishedFlowAsksFirst() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(input: "start person\nAna\npause\nstart person\nresume\n",
                               environment: CoachBinary.environment(home: home))
        #expect(run.output.contains("'About you' is unfinished. Type 'resume' to continue it, or 'start person' again to start it over."))
        #expect(run.output.hasSuffix("Which best describes where you are now, Ana?\n  1. Student\n  2. Intern\n  3. Graduate\n"
            + "  4. Career changer\n  5. Professional\n"))
    }
}
