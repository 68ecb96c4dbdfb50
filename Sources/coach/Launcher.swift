import Coaching
import ProfileStore
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
        let store: ProfileStore
        switch ProfileOpener.open(settings.profile, environment: environment, output: output) {
        case let .success(opened): store = opened
        case let .failure(status): return status
        }
        let profile: Profile
        do throws(ProfileStoreError) {
            profile = try store.loadProfile()
        } catch {
            output.error(error.description)
            return ProfileOpener.status(for: error)
        }
        let flows = FlowRunner(
            program: program, store: store, profile: profile,
            today: { ContentCompiler.today(environment: environment) },
            now: ProfileOpener.now,
            onStoreError: { error in
                output.error(error.description, hint: "Your answers are kept while coach runs; they could not be saved.")
            }
        )
        // Contacts whose keep-in-touch time has come round get their reminder before the banner counts them.
        flows.remindToKeepInTouch()
        var banner = Banner.text(profile: settings.profile, styler: styler)
        if let saved = try? store.loadSession(), let position = flows.restore(saved.session) {
            let place = position.question > 0 ? ", question \(position.question) of \(position.questionCount)" : ""
            banner += "\n" + styler.paint("Unfinished: \(position.title)\(place). Type 'resume' to continue it.", .emphasis)
        }
        var dueSaid = false
        if flows.session.frames.isEmpty, interactive, let next = flows.firstSuggestion(of: FlowCommands.nextGroup) {
            banner += "\n" + styler.paint("Next:", .heading) + " " + next + styler.paint(" ('why 1' says why)", .dim)
            // A suggestion about the follow-ups due already says how many.
            let rule = flows.session.firings.first { $0.number == 1 }.flatMap { firing in program.rules.first { $0.id == firing.rule } }
            dueSaid = rule?.condition.text.contains("followups.due_count > 0") ?? false
        }
        let due = FollowUpAgenda(flows.profile.followUps, today: ContentCompiler.today(environment: environment)).dueCount
        if due > 0, !dueSaid {
            banner += "\n" + styler.paint(due == 1 ? "1 follow-up is due" : "\(due) follow-ups are due", .emphasis)
                + styler.paint(": type 'followups'.", .dim)
        }
        let builtins = BuiltinCommands.all
        for clash in FlowCommands.clashes(program, reserved: builtins.map(\.name)) {
            output.warning("the flow '\(clash.flow)' asks for the command '\(clash.command)', which coach already has; "
                + "use 'start \(clash.flow)' for it.")
        }
        // The rehearsal clock: seconds that only go forward, whatever the wall clock does.
        let compose = ComposeCommands.all(flows, clock: { ProcessInfo.processInfo.systemUptime })
        let own = ContactCommands.all(flows) + compose + EventCommands.all(flows)
        let shell = Shell(
            reader: reader,
            output: output,
            registry: CommandRegistry(builtins + FlowCommands.all(flows, reserved: (builtins + own).map(\.name)) + own),
            banner: banner,
            flows: flows
        )
        return shell.run()
    }
}
