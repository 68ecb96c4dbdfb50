import DialogueEngine

/// The commands that run Prompts flows from the shell.
public enum FlowCommands {
    public static func all(_ runner: FlowRunner) -> [ShellCommand] {
        [flows(runner), start(runner), resume(runner), why(runner)]
    }

    static func flows(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "flows",
            summary: "List the conversations coach can take you through.",
            details: "Each flow asks a few questions and stores your answers. Start one with 'start NAME'.",
            run: { invocation in
                guard invocation.arguments.isEmpty else {
                    invocation.output.error("flows takes no arguments.", hint: "Type 'flows' on its own.")
                    return .failure(.usage)
                }
                printList(of: runner.program, to: invocation.output)
                return .success
            }
        )
    }

    /// One line a flow: its id, title and purpose (the REPL's `flows` and `coach flows`).
    public static func printList(of program: Program, to output: ShellOutput) {
        let rows = program.flowOrder.compactMap { program.flows[$0] }.map { ($0.id, "\($0.title): \($0.purpose)") }
        output.line(BuiltinCommands.table(rows, styler: output.styler, width: output.width()))
    }

    /// The flow a first `start` was refused for while another was unfinished.
    final class StartConfirmation {
        var flow: String?
        /// The runner's turn count when it was asked: any turn since cancels it.
        var turn = 0
    }

    static func start(_ runner: FlowRunner) -> ShellCommand {
        let confirmation = StartConfirmation()
        return ShellCommand(
            name: "start",
            arguments: "FLOW",
            summary: "Start a flow from its first question ('flows' lists them).",
            details: "While a flow runs, what you type answers its questions. At any question: 'help', 'why', "
                + "'back' (change the last answer), 'skip' (optional questions), 'where', 'pause' (back to the coach "
                + "prompt; 'resume' continues). To give one of those words as an answer, type it with a backslash: \\help.",
            completeArgument: { arguments, _ in arguments.isEmpty ? runner.program.flowOrder : [] },
            run: { invocation in
                guard invocation.arguments.count == 1, let name = invocation.arguments.first else {
                    invocation.output.error("start needs the name of one flow.", hint: "Example: start person. Type 'flows' to see them.")
                    return .failure(.usage)
                }
                guard runner.program.flows[name] != nil else {
                    var message = "there is no flow called '\(name)'."
                    if let suggestion = EditDistance.nearest(to: name, in: runner.program.flowOrder) {
                        message += " Did you mean '\(suggestion)'?"
                    }
                    invocation.output.error(message, hint: "Type 'flows' to see them.")
                    return .failure(.usage)
                }
                // Starting over would drop the unfinished flow's place: ask once before doing it.
                let confirmed = confirmation.flow == name && confirmation.turn == runner.turns
                if let unfinished = runner.unfinishedTitle, !confirmed {
                    confirmation.flow = name
                    confirmation.turn = runner.turns
                    let again = runner.session.frames.first?.flow == name ? "to start it over" : "to leave it and start '\(name)'"
                    invocation.output.line("'\(unfinished)' is unfinished. Type 'resume' to continue it, "
                        + "or 'start \(name)' again \(again).")
                    return .success
                }
                confirmation.flow = nil
                FlowRunner.render(runner.start(name), to: invocation.output)
                return .success
            }
        )
    }

    static func resume(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "resume",
            summary: "Continue the paused flow where you left it.",
            run: { invocation in
                guard runner.session.isActive else {
                    invocation.output.error("there is no paused flow to resume.", hint: "Type 'flows' to start one.")
                    return .failure(.usage)
                }
                FlowRunner.render(runner.resume(), to: invocation.output)
                return .success
            }
        )
    }

    static func why(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "why",
            arguments: "N",
            summary: "Explain suggestion N: the rule, the facts it matched, and why.",
            run: { invocation in
                guard invocation.arguments.count == 1, let number = Int(invocation.arguments[0]), number > 0 else {
                    invocation.output.error("why needs the number of a suggestion.", hint: "Example: why 1")
                    return .failure(.usage)
                }
                let numbers = runner.session.firings.compactMap(\.number)
                guard numbers.contains(number) else {
                    if numbers.isEmpty {
                        invocation.output.error("there are no numbered suggestions to explain yet.",
                                                hint: "Suggestions come at the end of a flow, such as 'start person'.")
                    } else {
                        invocation.output.error("there is no suggestion \(number); the latest are numbered 1 to \(numbers.max()!).")
                    }
                    return .failure(.usage)
                }
                FlowRunner.render([runner.explain(number)], to: invocation.output)
                return .success
            }
        )
    }
}
