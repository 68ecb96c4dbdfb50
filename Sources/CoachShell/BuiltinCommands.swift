import LineEditing

/// The commands every coach shell has: `help` and `quit`.
public enum BuiltinCommands {
    public static var all: [ShellCommand] { [help, quit] }

    public static var help: ShellCommand {
        ShellCommand(
            name: "help",
            aliases: ["?"],
            arguments: "[COMMAND]",
            summary: "List the commands, or explain one of them.",
            details: "With no argument, lists every command with a one-line description. "
                + "With a command name, shows how to use that command.",
            completeArgument: { arguments, registry in
                arguments.isEmpty ? registry.commands.map(\.name) : []
            },
            run: runHelp
        )
    }

    public static var quit: ShellCommand {
        ShellCommand(
            name: "quit",
            aliases: ["exit"],
            summary: "Leave coach (Ctrl-D on an empty line does the same).",
            run: { invocation in
                guard invocation.arguments.isEmpty else {
                    invocation.output.error("quit takes no arguments.", hint: "Type 'quit' on its own to leave.")
                    return .failure(.usage)
                }
                return .quit
            }
        )
    }

    static func runHelp(_ invocation: CommandInvocation) -> CommandOutcome {
        let output = invocation.output
        let styler = output.styler
        let registry = invocation.registry
        switch invocation.arguments.count {
        case 0:
            output.line(styler.paint("Commands", .heading))
            let rows = registry.commands.map { ($0.usage, $0.summary) }
            output.line(table(rows, styler: styler, width: output.width()))
            output.line()
            output.line("Type 'help COMMAND' for more on one command. Keys: Tab completes, Up and Down recall "
                + "earlier lines, Ctrl-C cancels the line being typed, Ctrl-D on an empty line leaves.")
            return .success
        case 1:
            let name = invocation.arguments[0]
            guard let command = registry.command(named: name) else {
                var message = "no command called '\(name)'."
                if let suggestion = registry.suggestion(for: name) { message += " Did you mean '\(suggestion)'?" }
                output.error(message, hint: "Type 'help' to see the commands.")
                return .failure(.usage)
            }
            output.line(styler.paint("Usage:", .heading) + " " + styler.paint(command.usage, .command))
            output.line()
            output.line(command.summary)
            if let details = command.details {
                output.line()
                output.line(details)
            }
            if !command.aliases.isEmpty {
                output.line()
                output.line("Also: " + command.aliases.map { "'\($0)'" }.joined(separator: ", "))
            }
            return .success
        default:
            output.error("help takes at most one command name.", hint: "Example: help quit")
            return .failure(.usage)
        }
    }

    /// Two columns, the second wrapped so that it stays in its column.
    static func table(_ rows: [(String, String)], styler: Styler, width: Int?) -> String {
        // The column fits the names up to a cap; a longer name (a command with many arguments) takes a
        // line of its own, its description starting under the column, so one long name does not push
        // every description off a narrow terminal.
        let cap = 20
        let first = min(rows.map { DisplayWidth.of($0.0) }.max() ?? 0, cap) + 4
        let indent = String(repeating: " ", count: first)
        return rows.map { name, text in
            var description = text
            if let width, width - first >= 16 {
                description = TextWrapper.wrap(text, width: width - first)
                    .split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n" + indent)
            }
            let nameWidth = DisplayWidth.of(name)
            if nameWidth > first - 4 {
                return "  " + styler.paint(name, .command) + "\n" + indent + description
            }
            return "  " + styler.paint(name, .command) + String(repeating: " ", count: first - 2 - nameWidth) + description
        }.joined(separator: "\n")
    }
}
