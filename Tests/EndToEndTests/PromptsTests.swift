import Foundation
import Testing

/// `coach check` and Prompts loading, through the real binary.
@Suite struct PromptsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("PromptsCompilerTests/Fixtures").path

    func run(_ arguments: [String], input: String = "", _ extra: [String: String] = [:]) throws -> PipedRun {
        let home = try CoachBinary.scratchDirectory()
        return try PipedRun(arguments: arguments, input: input, environment: CoachBinary.environment(home: home, extra))
    }

    @Test func checkPassesOnTheShippedPrompts() throws {
        let run = try run(["check"])
        #expect(run.status == 0, "\(run.output)\(run.errors)")
        #expect(run.output.contains("PASS tests/person.transcript"))
        #expect(run.output.contains("PASS tests/persona-cs-student.transcript"))
        // Every flow, step and rule shipped is reached by some transcript: "flows 8/8, steps 184/184, …".
        let coverage = run.output.split(separator: "\n").first { $0.hasPrefix("Coverage: ") }.map(String.init) ?? ""
        let fractions = coverage.split(separator: " ").filter { $0.contains("/") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",.")) }
        #expect(fractions.count == 3 && fractions.allSatisfy { part in
            let sides = part.split(separator: "/")
            return sides.count == 2 && sides[0] == sides[1]
        }, "\(coverage)")
        #expect(run.output.contains("0 errors, 0 warnings"))
    }

    @Test func checkPassesOnTheDemoSetWithFullCoverage() throws {
        let run = try run(["check", Self.fixtures + "/demo"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("Coverage: flows 3/3, steps 29/29, rules 7/7."))
        #expect(!run.output.contains("not reached"))
    }

    @Test func checkShowsPositionedDiagnosticsAndExits65() throws {
        let run = try run(["check", Self.fixtures + "/invalid/P007-unknown-step"])
        #expect(run.status == 65)
        #expect(run.output.contains("flows/jump.yaml:11:15: error[P007]: the flow 'jump' has no step with id 'strat'."))
        #expect(run.output.contains(" 11 |       - goto: strat\n    |               ^\n"))
        #expect(run.output.contains("= Did you mean 'start'?"))
    }

    @Test func checkOfADirectoryWithOneBrokenFilePerCodeReportsThemAll() throws {
        let home = try CoachBinary.scratchDirectory()
        let target = home + "/broken"
        let invalid = Self.fixtures + "/invalid"
        for fixture in try FileManager.default.contentsOfDirectory(atPath: invalid) {
            let root = invalid + "/" + fixture
            for case let relative as String in FileManager.default.enumerator(atPath: root)! {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
                if isDirectory.boolValue { continue }
                let destination = target + "/" + relative
                try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: root + "/" + relative, toPath: destination)
            }
        }
        let run = try PipedRun(arguments: ["check", target], input: "", environment: CoachBinary.environment(home: home))
        #expect(run.status == 65)
        // P024 needs content that compiles (it fills the wordings): not this directory.
        for number in 1...23 {
            let code = "P" + String(repeating: "0", count: number < 10 ? 2 : 1) + String(number)
            #expect(run.output.contains("[\(code)]:"), "\(code) missing from:\n\(run.output)")
        }
        #expect(run.output.contains("flows/jump.yaml:11:15: error[P007]"))
        #expect(run.output.contains("22 errors, 4 warnings"))
    }

    @Test func checkPrintsJSONForEditors() throws {
        let run = try run(["check", "--format", "json", Self.fixtures + "/invalid/P011-unknown-variable"])
        #expect(run.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.count == 1)
        #expect(diagnostics?.first?["code"] as? String == "P011")
        #expect(diagnostics?.first?["line"] as? Int == 10)
        #expect(diagnostics?.first?["column"] as? Int == 22)
        #expect(diagnostics?.first?["file"] as? String == "flows/vars.yaml")
    }

    @Test func checkOfAMissingDirectoryIsNoInput() throws {
        let run = try run(["check", "/nonexistent/prompts"])
        #expect(run.status == 66)
        #expect(run.errors.contains("there is no directory at '/nonexistent/prompts'"))
    }

    @Test func startUpRefusesABrokenOverlay() throws {
        let home = try CoachBinary.scratchDirectory()
        let overlay = home + "/config/coach/Prompts/flows"
        try FileManager.default.createDirectory(atPath: overlay, withIntermediateDirectories: true)
        try "flows:\n  - id: mine\n    title: Mine\n    purpose: Broken.\n    steps:\n      - goto: nowhere\n"
            .write(toFile: overlay + "/mine.yaml", atomically: true, encoding: .utf8)
        let run = try PipedRun(input: "flows\n", environment: CoachBinary.environment(home: home))
        #expect(run.status == 65)
        #expect(run.errors.contains("flows/mine.yaml:6:15: error[P007]"))
        #expect(run.errors.contains("coach cannot start"))
        #expect(!run.errors.contains("Fatal error"))
        #expect(run.output == "")
    }

    @Test func promptsOptionAddsFlows() throws {
        let run = try run(["--prompts", Self.fixtures + "/demo"], input: "flows\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("person"))
        #expect(run.output.contains("trip"))
        #expect(run.output.contains("Trip planner: Plans a weekend trip"))
    }

    @Test func aFlowsCommandStartsItAndACommandCoachHasIsNotTakenOver() throws {
        let home = try CoachBinary.scratchDirectory()
        let overlay = home + "/config/coach/Prompts/flows"
        try FileManager.default.createDirectory(atPath: overlay, withIntermediateDirectories: true)
        let flow = { (id: String, command: String) in
            "  - id: \(id)\n    title: T \(id)\n    purpose: Says hello from \(id).\n    command: \(command)\n"
                + "    steps:\n      - say: \"Hello from \(id).\"\n"
        }
        try ("flows:\n" + flow("greeting", "hello") + flow("helper", "help"))
            .write(toFile: overlay + "/mine.yaml", atomically: true, encoding: .utf8)
        let run = try PipedRun(input: "hello\nhelp\nstart helper\n", environment: CoachBinary.environment(home: home))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Hello from greeting."))
        #expect(run.errors.contains("the flow 'helper' asks for the command 'help', which coach already has; use 'start helper' for it."))
        #expect(run.output.contains("hello   ") && run.output.contains("Says hello from greeting."), "help lists the flow's command")
        #expect(run.output.contains("Hello from helper."))
    }

    @Test func aFlowRunsFromPipedInput() throws {
        let run = try run([], input: "start person\nAna\nstudent\nphysics\nMIT\nwhy 1\nquit\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("1. Find two alumni of MIT who work in physics"))
        #expect(run.output.contains("Suggestion 1 comes from the rule 'student-alumni'"))
        #expect(run.output.contains("It matched: stage = student; school = MIT."))
    }
}

@Suite struct FlowsSubcommandTests {
    @Test func flowsListsAsTextAndJSON() throws {
        let home = try CoachBinary.scratchDirectory()
        let text = try PipedRun(arguments: ["flows"], input: "", environment: CoachBinary.environment(home: home))
        #expect(text.status == 0)
        #expect(text.output.contains(" person ") && text.output.contains("About you: Who you are"))
        let json = try PipedRun(arguments: ["flows", "--json"], input: "", environment: CoachBinary.environment(home: home))
        #expect(json.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        let person = items?.first { $0["id"] as? String == "person" }
        #expect(person?["title"] as? String == "About you")
        #expect(person?["questions"] as? Int == 4)
        #expect(items?.map { $0["id"] as? String } .contains("values") == true)
    }
}
