import Coaching
import DialogueEngine

/// The commands that run Prompts flows from the shell.
public enum FlowCommands {
    /// The flow commands, then the ones flows ask for with `command:` (never replacing a command
    /// coach has: those flows stay reachable through `start FLOW`).
    public static func all(_ runner: FlowRunner, reserved: [String] = []) -> [ShellCommand] {
        let confirmation = StartConfirmation()
        let fixed = [flows(runner), start(runner, confirmation), resume(runner), why(runner), next(runner), targets(runner)]
        let taken = Set(reserved + fixed.map(\.name))
        let own = runner.program.flowOrder.compactMap { runner.program.flows[$0] }.compactMap { flow -> ShellCommand? in
            guard let word = flow.command, !taken.contains(word) else { return nil }
            return ShellCommand(
                name: word,
                summary: flow.purpose,
                details: "Starts the flow '\(flow.id)' (\(flow.title)). Run again, it shows what you stored and lets you keep, "
                    + "edit or redo it.",
                run: { invocation in
                    guard invocation.arguments.isEmpty else {
                        invocation.output.error("\(word) takes no arguments.", hint: "Type '\(word)' on its own.")
                        return .failure(.usage)
                    }
                    begin(flow.id, runner: runner, confirmation: confirmation, output: invocation.output, command: word)
                    return .success
                }
            )
        }
        return fixed + own
    }

    /// Flows whose `command:` is a word coach already uses, to warn about at start.
    public static func clashes(_ program: Program, reserved: [String]) -> [(flow: String, command: String)] {
        let taken = Set(reserved + ["flows", "start", "resume", "why", "next", "targets"])
        return program.flowOrder.compactMap { id in
            guard let word = program.flows[id]?.command, taken.contains(word), word != "start" else { return nil }
            return (id, word)
        }
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

    /// The flows a user starts: all but the parts other flows call that have no command of their own
    /// (one goal of 'goals'), which make sense only inside their caller.
    public static func startable(_ program: Program) -> [String] {
        var called = Set<String>()
        for flow in program.flows.values {
            for instruction in flow.instructions {
                if case let .call(callee) = instruction.kind { called.insert(callee) }
            }
        }
        return program.flowOrder.filter { id in !called.contains(id) || program.flows[id]?.command != nil }
    }

    /// One line a flow: its id, title and purpose (the REPL's `flows` and `coach flows`).
    public static func printList(of program: Program, to output: ShellOutput) {
        let rows = startable(program).compactMap { program.flows[$0] }.map { flow in
            let command = flow.command.flatMap { $0 == flow.id ? nil : " (command: \($0))" } ?? ""
            return (flow.id, "\(flow.title): \(flow.purpose)\(command)")
        }
        output.line(BuiltinCommands.table(rows, styler: output.styler, width: output.width()))
    }

    /// The flow a first `start` was refused for while another was unfinished.
    final class StartConfirmation {
        var flow: String?
        /// The runner's turn count when it was asked: any turn since cancels it.
        var turn = 0
    }

    /// Starts `flow`, asking once first when another flow is unfinished (a second try goes ahead).
    static func begin(_ name: String, runner: FlowRunner, confirmation: StartConfirmation, output: ShellOutput, command: String) {
        let confirmed = confirmation.flow == name && confirmation.turn == runner.turns
        if let unfinished = runner.unfinishedTitle, !confirmed {
            confirmation.flow = name
            confirmation.turn = runner.turns
            let again = runner.session.frames.first?.flow == name ? "to start it over" : "to leave it and start '\(name)'"
            output.line("'\(unfinished)' is unfinished. Type 'resume' to continue it, or '\(command)' again \(again).")
            return
        }
        confirmation.flow = nil
        FlowRunner.render(runner.start(name), to: output)
    }

    /// The flow a bare `start` runs: the one whose command is `start`.
    static func assessment(_ program: Program) -> String? {
        program.flowOrder.first { program.flows[$0]?.command == "start" }
    }

    static func start(_ runner: FlowRunner, _ confirmation: StartConfirmation) -> ShellCommand {
        let whole = assessment(runner.program)
        return ShellCommand(
            name: "start",
            arguments: whole == nil ? "FLOW" : "[FLOW]",
            summary: whole.flatMap { runner.program.flows[$0] }.map { "\($0.purpose) Or 'start FLOW' for one flow ('flows' lists them)." }
                ?? "Start a flow from its first question ('flows' lists them).",
            details: "While a flow runs, what you type answers its questions. At any question: 'help', 'why', "
                + "'back' (change the last answer), 'skip' (optional questions), 'where', 'pause' (back to the coach "
                + "prompt; 'resume' continues). To give one of those words as an answer, type it with a backslash: \\help.",
            completeArgument: { arguments, _ in arguments.isEmpty ? startable(runner.program) : [] },
            run: { invocation in
                if invocation.arguments.isEmpty, let whole {
                    begin(whole, runner: runner, confirmation: confirmation, output: invocation.output, command: "start")
                    return .success
                }
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
                begin(name, runner: runner, confirmation: confirmation, output: invocation.output, command: "start \(name)")
                return .success
            }
        )
    }

    /// Why a command that runs a rule group cannot: arguments given, or no rules in the group.
    static func refuseRuleGroupCommand(_ name: String, group: String, runner: FlowRunner,
                                       _ invocation: CommandInvocation) -> CommandOutcome? {
        guard invocation.arguments.isEmpty else {
            invocation.output.error("\(name) takes no arguments.", hint: "Type '\(name)' on its own.")
            return .failure(.usage)
        }
        guard runner.hasRules(in: group) else {
            invocation.output.error("the Prompts in use have no rules in the group '\(group)', so there is nothing to suggest.",
                                    hint: "Add rules with 'group: \(group)' (see Prompts/README.md).")
            return .failure(.dataError)
        }
        return nil
    }

    /// The rule group `next` and the banner run.
    public static let nextGroup = "next"

    static func next(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "next",
            summary: "What to do next, from what your profile still lacks.",
            details: "coach reads your profile and suggests the one step that helps most now; 'why 1' says why.",
            run: { invocation in
                if let refused = refuseRuleGroupCommand("next", group: nextGroup, runner: runner, invocation) { return refused }
                if let unfinished = runner.unfinishedTitle {
                    invocation.output.line("'\(unfinished)' is unfinished: type 'resume' to continue it. Beyond that:")
                }
                // The top suggestion and at most two more: a to-do list of eight helps nobody start.
                var shown = 0
                let outputs = runner.infer(nextGroup).filter { output in
                    guard case .suggestion = output else { return true }
                    shown += 1
                    return shown <= 3
                }
                FlowRunner.render(outputs, to: invocation.output)
                if !outputs.contains(where: { if case .suggestion = $0 { return true } else { return false } }) {
                    invocation.output.line("Nothing to suggest right now.")
                }
                return .success
            }
        )
    }

    /// The rule group `targets` runs, and how many of its suggestions it shows.
    public static let targetsGroup = "targets"
    public static let targetsShown = 5

    static func targets(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "targets",
            summary: "Who to meet: the kinds of people your goals and profile call for, with where to find them.",
            details: "Each suggestion comes from a rule over your profile and contacts; 'why N' says which and why. "
                + "Under each: where to find such people, what to ask them, and what you can offer.",
            run: { invocation in
                if let refused = refuseRuleGroupCommand("targets", group: targetsGroup, runner: runner, invocation) { return refused }
                let output = invocation.output
                if runner.unfinishedTitle == nil { runner.refresh() }
                let outputs = runner.infer(targetsGroup)
                var shownItems = Set<String>()
                var suggestions = 0
                let total = outputs.filter { if case .suggestion = $0 { return true } else { return false } }.count
                for item in outputs {
                    // The five most important kinds of people: a longer list is a list nobody starts on.
                    if case .suggestion = item, suggestions == targetsShown { continue }
                    FlowRunner.render([item], to: output)
                    guard case let .suggestion(number, _) = item else { continue }
                    suggestions += 1
                    // What the kind of person is for, once per kind.
                    guard let linked = runner.linkedItem(ofSuggestion: number), shownItems.insert(linked.id).inserted else { continue }
                    for detail in linked.details {
                        output.line("   " + output.styler.paint(detail.label + ":", .dim) + " " + detail.text)
                    }
                }
                // The specific people, numbered on after the kinds shown.
                runner.forgetSuggestions(after: suggestions)
                let people = runner.rankPeople(numberedFrom: suggestions + 1, limit: targetsShown)
                let morePeople = runner.rankedCount - people.count
                if !people.isEmpty {
                    output.line(output.styler.paint("People you know, for your goals:", .heading))
                    for (number, ranked) in people {
                        let contact = ranked.contact
                        var line = DisplayText.clean(ContactRanking.fullName(contact))
                        let work = [contact.position, contact.company].compactMap { $0.map(DisplayText.clean) }.filter { !$0.isEmpty }
                        if !work.isEmpty { line += " — " + work.joined(separator: ", ") }
                        output.line(output.styler.paint("\(number).", .command) + " " + line)
                        output.line("   " + output.styler.paint(ranked.parts.map(\.reason).joined(separator: "; "), .dim))
                    }
                }
                if suggestions == 0 && people.isEmpty {
                    output.line("Nothing to suggest yet: tell coach about your goals first ('goals').")
                } else {
                    let rest = total - suggestions
                    var more = rest > 0 ? (rest == 1 ? " One more kind fits less well." : " \(rest) more kinds fit less well.") : ""
                    if morePeople > 0 {
                        more += " \(morePeople) more \(morePeople == 1 ? "person" : "people") in your contacts fit your goals less well "
                            + "('coach targets --json' lists 25)."
                    }
                    output.line(output.styler.paint("'why N' says why coach suggests N.\(more)", .dim))
                }
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
                // A line a composing command numbered (an opener, a part of a pitch, a finding).
                if let lines = runner.explanations[number] {
                    for line in lines { invocation.output.line(line) }
                    return .success
                }
                if !runner.explanations.isEmpty {
                    let highest = runner.explanations.keys.max()!
                    invocation.output.error(highest == 1 ? "there is only 1 to explain; type 'why 1'." : "there is no \(number); the latest are numbered 1 to \(highest).")
                    return .failure(.usage)
                }
                // A person 'targets' ranked: the score and the facts behind each part of it.
                if let ranked = runner.rankedPeople[number] {
                    let name = DisplayText.clean(ContactRanking.fullName(ranked.contact))
                    var lines = ["\(name) scores \(ranked.score) for your goals:"]
                    for part in ranked.parts {
                        let facts = part.facts.map(DisplayText.clean).filter { !$0.isEmpty }
                        lines.append("  +\(part.weight) \(part.reason)" + (facts.isEmpty ? "" : " (\(facts.joined(separator: "; ")))"))
                    }
                    lines.append("Weights and reasons come from the 'ranking' catalog (catalogs/ranking.yaml).")
                    for line in lines { invocation.output.line(line) }
                    return .success
                }
                let numbers = runner.session.firings.compactMap(\.number) + runner.rankedPeople.keys
                guard runner.session.firings.contains(where: { $0.number == number }) else {
                    if numbers.isEmpty {
                        invocation.output.error("there are no numbered suggestions to explain yet.",
                                                hint: "Suggestions come at the end of a flow, such as 'start person'.")
                    } else {
                        invocation.output.error(numbers.max()! == 1 ? "there is only suggestion 1; type 'why 1'."
                            : "there is no suggestion \(number); the latest are numbered 1 to \(numbers.max()!).")
                    }
                    return .failure(.usage)
                }
                FlowRunner.render([runner.explain(number)], to: invocation.output)
                return .success
            }
        )
    }
}
