/// Reads plain lines from standard input, for pipes, files and scripts: no prompt, no editing.
public final class PipedLineReader: LineReader {
    public let isInteractive = false
    public var completionProvider: CompletionProvider?
    private let next: () -> String?

    /// Reads from the process's standard input.
    public convenience init() {
        self.init { Swift.readLine(strippingNewline: true) }
    }

    /// Reads from any source of lines (used by tests).
    public init(lines next: @escaping () -> String?) {
        self.next = next
    }

    public func readLine(prompt: Prompt) -> LineInput {
        guard let line = next() else { return .endOfInput }
        return .line(line)
    }
}
