import DialogueEngine
/// The REPL's commands, in the order `help` lists them.
public final class CommandRegistry {
    public private(set) var commands: [ShellCommand] = []

    public init(_ commands: [ShellCommand] = []) {
        for command in commands { register(command) }
    }

    /// Adds a command; a later command with the same name replaces the earlier one.
    public func register(_ command: ShellCommand) {
        commands.removeAll { $0.name == command.name }
        commands.append(command)
    }

    /// The command called `name` or aliased so, ignoring case.
    public func command(named name: String) -> ShellCommand? {
        let lowered = name.lowercased()
        return commands.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// Every name and alias, for completion and suggestions.
    public var allNames: [String] {
        commands.flatMap { [$0.name] + $0.aliases }
    }

    /// The known command nearest to a mistyped `name`, if one is plausibly meant.
    public func suggestion(for name: String) -> String? {
        EditDistance.nearest(to: name, in: allNames).map { command(named: $0)?.name ?? $0 }
    }

    /// Completion candidates for the word being typed.
    public func completions(for words: [String]) -> [String] {
        // Symbolic aliases such as '?' work when typed but would only clutter a Tab listing.
        guard let first = words.first else { return allNames.filter { $0.first?.isLetter == true } }
        guard let command = command(named: first), let complete = command.completeArgument else { return [] }
        return complete(Array(words.dropFirst()), self)
    }
}
