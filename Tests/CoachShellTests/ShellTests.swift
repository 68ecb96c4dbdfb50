import LineEditing
import Testing
@testable import CoachShell

/// Runs the shell in-process on scripted lines and captures what it says.
struct ScriptedShell {
    let captured = CapturedText()
    let status: CoachShell.ExitStatus

    init(_ lines: [String], width: Int? = nil, color: Bool = false) {
        var remaining = lines[...]
        let reader = PipedLineReader { remaining.popFirst() }
        let output = ShellOutput(sink: captured, styler: Styler(enabled: color), width: { width })
        let shell = Shell(reader: reader, output: output, registry: CommandRegistry(BuiltinCommands.all), banner: "BANNER")
        status = shell.run()
    }
}

@Suite struct ShellTests {
    @Test func helpListsEveryCommandWithItsSummary() {
        let run = ScriptedShell(["help"])
        #expect(run.status == .success)
        #expect(run.captured.output.contains("help [COMMAND]  List the commands, or explain one of them."))
        #expect(run.captured.output.contains("quit            Leave coach"))
        #expect(run.captured.errors == "")
    }

    @Test func helpForOneCommandShowsUsageAndAliases() {
        let run = ScriptedShell(["help exit"])
        #expect(run.captured.output.hasPrefix("Usage: quit\n"))
        #expect(run.captured.output.contains("Also: 'exit'"))
    }

    @Test func unknownCommandSaysDidYouMeanAndFailsWithUsageStatus() {
        let run = ScriptedShell(["hlep", "help"])
        #expect(run.captured.errors.contains("error: unknown command 'hlep'. Did you mean 'help'?"))
        #expect(run.captured.errors.contains("Type 'help' to see the commands."))
        #expect(run.captured.output.contains("Commands"))
        #expect(run.status == .usage)
    }

    @Test func unknownHelpTopicIsAnError() {
        let run = ScriptedShell(["help qit"])
        #expect(run.captured.errors.contains("no command called 'qit'. Did you mean 'quit'?"))
        #expect(run.status == .usage)
    }

    @Test func quitStopsReadingLaterLines() {
        let run = ScriptedShell(["quit", "bogus"])
        #expect(run.status == .success)
        #expect(run.captured.combined == "")
    }

    @Test func blankLinesAndCommentsDoNothing() {
        let run = ScriptedShell(["", "   ", "# a note"])
        #expect(run.status == .success)
        #expect(run.captured.combined == "")
    }

    @Test func pipedRunsShowNoBannerPromptOrEscapes() {
        let run = ScriptedShell(["help"])
        #expect(!run.captured.combined.contains("BANNER"))
        #expect(!run.captured.combined.contains("coach>"))
        #expect(!run.captured.combined.contains("\u{1B}"))
    }

    @Test func unterminatedQuoteIsReportedWithItsColumn() {
        let run = ScriptedShell([#"help "quit"#])
        #expect(run.captured.errors.contains("the quote \" at column 6 is never closed."))
        #expect(run.status == .usage)
    }

    @Test func outputWrapsToTheWidth() {
        let run = ScriptedShell(["help"], width: 40)
        for line in run.captured.output.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 40, "too wide: \(line)")
        }
        #expect(run.captured.output.contains("  quit            Leave coach (Ctrl-D on\n                  an empty line does"))
    }

    @Test func colourWhenEnabled() {
        let run = ScriptedShell(["nosuch"], color: true)
        #expect(run.captured.errors.hasPrefix("\u{1B}[1;31merror:\u{1B}[0m unknown command 'nosuch'."))
    }

    @Test func quitRefusesArguments() {
        let run = ScriptedShell(["quit now"])
        #expect(run.captured.errors.contains("quit takes no arguments."))
        #expect(run.status == .usage)
    }
}
