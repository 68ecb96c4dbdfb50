import DialogueEngine
import LineEditing

/// The read–eval–print loop: reads lines, runs commands, reports errors with a suggestion.
///
/// Interactive runs show a banner and a prompt; piped runs show neither, so scripts get only
/// command output. A piped run exits with the status of its first failed command.
public final class Shell {
    public let registry: CommandRegistry
    private let reader: LineReader
    private let output: ShellOutput
    private let banner: String?
    /// The flow under way, if the shell runs flows: while it waits for answers, lines go to it.
    private let flows: FlowRunner?

    public init(reader: LineReader, output: ShellOutput, registry: CommandRegistry, banner: String?, flows: FlowRunner? = nil) {
        self.reader = reader
        self.output = output
        self.registry = registry
        self.banner = banner
        self.flows = flows
        reader.completionProvider = { [registry, flows] context in
            if let flows, flows.isAnswering { return Completions(flows.completions, style: .freeText) }
            return Completions(registry.completions(for: context.precedingWords))
        }
    }

    /// Runs until `quit`, Ctrl-D or the end of input; returns the exit status.
    public func run() -> ExitStatus {
        if reader.isInteractive, let banner {
            output.line(banner)
        }
        var firstFailure: ExitStatus?
        let commandPrompt = Prompt("coach> ", sgr: output.styler.promptSGR)
        loop: while true {
            let answering = flows?.isAnswering == true
            let prompt = answering ? Prompt(flows!.prompt, sgr: output.styler.promptSGR) : commandPrompt
            switch reader.readLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                // Leave the cursor on a fresh line after libedit's ^D.
                if reader.isInteractive { output.line() }
                noteUnfinishedFlow()
                break loop
            case let .line(line):
                if answering, let flows {
                    // 'quit' leaves coach even mid-question ('\quit' answers "quit").
                    if ["quit", "exit"].contains(line.trimmingWhitespace.lowercased()) {
                        noteUnfinishedFlow()
                        break loop
                    }
                    FlowRunner.render(flows.respond(line), to: output)
                    continue
                }
                switch execute(line) {
                case .success:
                    continue
                case .quit:
                    noteUnfinishedFlow()
                    break loop
                case let .failure(status):
                    if firstFailure == nil { firstFailure = status }
                }
            }
        }
        return reader.isInteractive ? .success : (firstFailure ?? .success)
    }

    /// Says so when leaving with a flow unfinished: it is saved, and 'resume' takes it up next time.
    private func noteUnfinishedFlow() {
        guard let flows, let title = flows.unfinishedTitle, reader.isInteractive else { return }
        output.line(output.styler.paint("'\(title)' is unfinished and saved; type 'resume' next time to continue it.", .dim))
    }

    /// Runs one line as a command.
    public func execute(_ line: String) -> CommandOutcome {
        let trimmed = line.drop { $0.isWhitespace }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .success }
        let words: [String]
        do {
            words = try WordSplitter.split(line)
        } catch {
            switch error {
            case let .unterminatedQuote(quote, column):
                output.error("the quote \(quote) at column \(column) is never closed.",
                             hint: "Close it, or write a literal quote as \\\(quote).")
            }
            return .failure(.usage)
        }
        guard let name = words.first else { return .success }
        guard let command = registry.command(named: name) else {
            if ["where", "back", "skip", "pause", "another"].contains(name.lowercased()) {
                output.error("'\(name)' works while you answer a flow's questions, and no flow is under way.",
                             hint: flows?.unfinishedTitle.map { "'\($0)' is paused: type 'resume' to continue it." }
                                 ?? "Type 'start' to begin, or 'flows' to see them.")
                return .failure(.usage)
            }
            if let number = Int(name), words.count == 1, let flows, flows.session.firings.contains(where: { $0.number == number }) {
                output.error("'\(name)' is not a command.", hint: "To hear why coach made suggestion \(number), type 'why \(number)'.")
                return .failure(.usage)
            }
            var message = "unknown command '\(name)'."
            if let suggestion = registry.suggestion(for: name) {
                message += " Did you mean '\(suggestion)'?"
            }
            output.error(message, hint: "Type 'help' to see the commands.")
            return .failure(.usage)
        }
        return command.run(CommandInvocation(arguments: Array(words.dropFirst()), output: output, registry: registry) { [reader, output] text in
            switch reader.readLine(prompt: Prompt(text, sgr: output.styler.promptSGR)) {
            case let .line(line): return line
            case .interrupted, .endOfInput: return nil
            }
        })
    }
}
