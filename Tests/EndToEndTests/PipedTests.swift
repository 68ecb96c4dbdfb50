import Foundation
import Testing

/// The real binary with piped standard streams, as a script would run it.
@Suite struct PipedTests {
    @Test func helpThenQuit() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(input: "help\nquit\n", environment: CoachBinary.environment(home: home))
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Commands\n"))
        #expect(run.output.contains("help [COMMAND]"))
        #expect(run.errors == "")
    }

    @Test func noPromptBannerOrEscapeCodesWhenPiped() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(input: "help\nnosuch\n", environment: CoachBinary.environment(home: home))
        for text in [run.output, run.errors] {
            #expect(!text.contains("coach>"))
            #expect(!text.contains("coach 0.1.0"))
            #expect(!text.contains("\u{1B}"))
        }
    }

    @Test func unknownCommandFailsWithUsageStatusAndASuggestion() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(input: "hlep\nhelp quit\n", environment: CoachBinary.environment(home: home))
        #expect(run.status == 64)
        #expect(run.errors.contains("error: unknown command 'hlep'. Did you mean 'help'?"))
        #expect(run.output.contains("Usage: quit"), "later commands still run")
    }

    @Test func endOfInputLeavesCleanly() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(input: "", environment: CoachBinary.environment(home: home))
        #expect(run.status == 0)
        #expect(run.output == "")
    }

    @Test func pipedLinesAreNotWrittenToHistory() throws {
        let home = try CoachBinary.scratchDirectory()
        _ = try PipedRun(input: "help\n", environment: CoachBinary.environment(home: home))
        #expect(!FileManager.default.fileExists(atPath: home + "/state/coach/history"))
    }

    @Test func utf8InputArrivesIntact() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(input: "\"café 日本\"\n", environment: CoachBinary.environment(home: home))
        #expect(run.errors.contains("unknown command 'café 日本'."))
    }

    @Test func versionAndHelp() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let version = try PipedRun(arguments: ["--version"], input: "", environment: environment)
        #expect(version.status == 0)
        #expect(version.output == "0.1.0\n")

        let help = try PipedRun(arguments: ["--help"], input: "", environment: environment)
        #expect(help.status == 0)
        for option in ["--profile <name|path>", "--prompts <dir>", "--no-color", "--version"] {
            #expect(help.output.contains(option), "--help lacks \(option)")
        }
    }

    @Test func bashCompletionScript() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(arguments: ["--generate-completion-script", "bash"], input: "",
                               environment: CoachBinary.environment(home: home))
        #expect(run.status == 0)
        #expect(run.output.contains("complete -o filenames -F _coach coach") || run.output.contains("_coach"))
        #expect(run.output.contains("--profile"))
    }

    @Test func badOptionsExitWithSysexitsCodes() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)

        let badProfile = try PipedRun(arguments: ["--profile", "a b"], input: "", environment: environment)
        #expect(badProfile.status == 64)
        #expect(badProfile.errors.contains("'a b' is not a usable profile name"))

        let missingPrompts = try PipedRun(arguments: ["--prompts", home + "/nowhere"], input: "", environment: environment)
        #expect(missingPrompts.status == 66)
        #expect(missingPrompts.errors.contains("there is no directory at '\(home)/nowhere'"))

        let unknownOption = try PipedRun(arguments: ["--colour"], input: "", environment: environment)
        #expect(unknownOption.status == 64)
        #expect(unknownOption.errors.contains("--colour"))
    }

    @Test func acceptedOptionsStillStartTheShell() throws {
        let home = try CoachBinary.scratchDirectory()
        let run = try PipedRun(arguments: ["--profile", "work", "--prompts", home, "--no-color"], input: "help\n",
                               environment: CoachBinary.environment(home: home))
        #expect(run.status == 0)
        #expect(run.output.contains("Commands"))
    }
}
