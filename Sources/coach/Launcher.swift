import CoachShell
import Foundation
import LineEditing

/// Wires the shell to the terminal or the pipe it runs on.
enum Launcher {
    /// Output for a one-shot subcommand: colour and wrapping only when standard output is a terminal.
    static func plainOutput(settings: Settings, environment: [String: String]) -> ShellOutput {
        let terminal = isatty(STDOUT_FILENO) == 1
        let styler = Styler(enabled: ColorPolicy.useColor(
            outputIsTerminal: terminal, environment: environment, noColorFlag: settings.noColor))
        let columnsVariable = environment["COLUMNS"].flatMap(Int.init)
        return ShellOutput(sink: StandardStreams(), styler: styler, width: {
            terminal ? StandardStreams.terminalColumns() ?? columnsVariable : columnsVariable
        })
    }

    static func runShell(_ settings: Settings, environment: [String: String]) -> ExitStatus {
        let sink = StandardStreams()
        let interactive = EditLineReader.standardStreamsAreTerminals
        let styler = Styler(enabled: ColorPolicy.useColor(
            outputIsTerminal: interactive, environment: environment, noColorFlag: settings.noColor))
        let columnsVariable = environment["COLUMNS"].flatMap(Int.init)
        let output = ShellOutput(sink: sink, styler: styler, width: {
            interactive ? StandardStreams.terminalColumns() ?? columnsVariable : columnsVariable
        })

        let reader: LineReader
        if interactive, let editLine = EditLineReader(
            programName: "coach",
            historyFile: HistoryFile.defaultPath(environment: environment).map { HistoryFile(path: $0) },
            onHistoryFailure: { failure in
                output.warning("\(failure). Line history will not be kept; set COACH_HISTORY to another file.")
            }
        ) {
            reader = editLine
        } else {
            reader = PipedLineReader()
        }

        guard let program = ContentCompiler.load(promptsOverride: settings.promptsDirectory, environment: environment,
                                                 output: output) else { return .dataError }
        let flows = FlowRunner(program: program, today: { ContentCompiler.today(environment: environment) })
        let shell = Shell(
            reader: reader,
            output: output,
            registry: CommandRegistry(BuiltinCommands.all + FlowCommands.all(flows)),
            banner: Banner.text(profile: settings.profile, styler: styler),
            flows: flows
        )
        return shell.run()
    }
}
