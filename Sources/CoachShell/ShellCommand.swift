/// One command of the REPL: its names, its help, how to complete its arguments, and what it does.
public struct ShellCommand {
    public var name: String
    public var aliases: [String]
    /// The arguments as shown in help, e.g. `[COMMAND]`.
    public var arguments: String
    /// One line for the command list.
    public var summary: String
    /// More for `help NAME`, or nil.
    public var details: String?
    /// Candidates for the next argument, given the arguments already typed.
    public var completeArgument: (([String], CommandRegistry) -> [String])?
    public var run: (CommandInvocation) -> CommandOutcome

    public init(
        name: String,
        aliases: [String] = [],
        arguments: String = "",
        summary: String,
        details: String? = nil,
        completeArgument: (([String], CommandRegistry) -> [String])? = nil,
        run: @escaping (CommandInvocation) -> CommandOutcome
    ) {
        self.name = name
        self.aliases = aliases
        self.arguments = arguments
        self.summary = summary
        self.details = details
        self.completeArgument = completeArgument
        self.run = run
    }

    /// The command as it is used, e.g. `help [COMMAND]`.
    public var usage: String { arguments.isEmpty ? name : name + " " + arguments }
}

/// What a command is given when it runs.
public struct CommandInvocation {
    /// The words after the command name.
    public let arguments: [String]
    public let output: ShellOutput
    public let registry: CommandRegistry
    /// Reads one more line with a prompt, for a command that asks (`pitch edit`, `pitch practice`):
    /// nil at the end of input or on Ctrl-C.
    public let ask: (String) -> String?

    public init(arguments: [String], output: ShellOutput, registry: CommandRegistry, ask: @escaping (String) -> String? = { _ in nil }) {
        self.arguments = arguments
        self.output = output
        self.registry = registry
        self.ask = ask
    }
}

/// How a command ended.
public enum CommandOutcome: Equatable, Sendable {
    case success
    /// The command failed and has already said why.
    case failure(ExitStatus)
    /// Leave the shell.
    case quit
}
