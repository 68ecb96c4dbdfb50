/// What one read from the user produced.
public enum LineInput: Equatable, Sendable {
    /// A line the user entered, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C: the line being typed is discarded, the session goes on.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// The prompt shown before a line is read. Readers that are not interactive show none.
public struct Prompt: Equatable, Sendable {
    /// The visible text, e.g. `coach> `.
    public var text: String
    /// An ANSI SGR parameter string such as `1;36`, or nil for no colour.
    public var sgr: String?

    public init(_ text: String, sgr: String? = nil) {
        self.text = text
        self.sgr = sgr
    }
}

/// What the shell can complete: given the words before the cursor and the word being typed,
/// the full candidates for that word. Matching against the typed prefix is the reader's job.
public typealias CompletionProvider = (CompletionContext) -> Completions

/// Candidates for Tab, and how they are typed.
public struct Completions: Equatable, Sendable {
    public enum Style: Equatable, Sendable {
        /// Shell-like words: candidates with spaces are quoted, a completed word gets a space after it.
        case words
        /// Free text such as an answer: the item after the last `,` or `;` is completed as written,
        /// spaces and all, with nothing added.
        case freeText
    }

    public var candidates: [String]
    public var style: Style

    public init(_ candidates: [String], style: Style = .words) {
        self.candidates = candidates
        self.style = style
    }
}

/// Reads lines from the user, with editing, history and completion where the input is a terminal.
public protocol LineReader: AnyObject {
    /// True when a person is typing at a terminal (prompts, colour and completion make sense).
    var isInteractive: Bool { get }
    /// Supplies completion candidates; ignored by readers that cannot complete.
    var completionProvider: CompletionProvider? { get set }
    /// Shows `prompt` (interactive readers only) and reads one line.
    func readLine(prompt: Prompt) -> LineInput
}
