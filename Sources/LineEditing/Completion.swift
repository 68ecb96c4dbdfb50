/// What the shell is asked to complete: the words before the cursor and the word being typed.
public struct CompletionContext: Equatable, Sendable {
    /// Complete words before the one being typed (the first is the command name).
    public var precedingWords: [String]
    /// The word being typed, unquoted (empty at the start of a new word).
    public var partial: String

    public init(precedingWords: [String], partial: String) {
        self.precedingWords = precedingWords
        self.partial = partial
    }
}

/// What a Tab press does to the line.
public enum CompletionAction: Equatable, Sendable {
    /// Delete `deleteScalars` Unicode scalars before the cursor, then insert `insert`.
    case replace(deleteScalars: Int, insert: String)
    /// Several candidates share no longer prefix: show them.
    case list([String])
    /// Nothing matches.
    case none
}

/// Completion logic, apart from any terminal: a unique match completes (and adds a space), several
/// matches complete their longest common prefix or, when that adds nothing, are listed.
/// Matching ignores case, so `ana` completes to `Ana López`.
public enum Completer {
    public static func action(lineBeforeCursor line: String, provider: CompletionProvider) -> CompletionAction {
        let scan = WordSplitter.scan(line)
        let partial = scan.partial ?? ""
        let context = CompletionContext(precedingWords: scan.words, partial: partial)
        let completions = provider(context)
        if completions.style == .freeText { return freeText(line, completions.candidates) }
        let matches = matching(completions.candidates, partial)
        let typedScalars = line.unicodeScalars.count - scan.partialScalarOffset

        switch matches.count {
        case 0:
            return .none
        case 1:
            let word = written(matches[0], openQuote: scan.openQuote, closed: true)
            return .replace(deleteScalars: typedScalars, insert: word + " ")
        default:
            let prefix = commonPrefix(matches)
            if prefix.count > partial.count {
                return .replace(deleteScalars: typedScalars, insert: written(prefix, openQuote: scan.openQuote, closed: false))
            }
            return .list(matches)
        }
    }

    /// Candidates that start with `partial` (ignoring case), without repeats, in a stable order.
    static func matching(_ candidates: [String], _ partial: String) -> [String] {
        var seen = Set<String>()
        return candidates
            .filter { $0.lowercased().hasPrefix(partial.lowercased()) && seen.insert($0).inserted }
            .sorted { $0.lowercased() == $1.lowercased() ? $0 < $1 : $0.lowercased() < $1.lowercased() }
    }

    /// Completion of an answer: the item after the last `,` or `;` is completed as the candidate is
    /// written, so `c` becomes `Career changer` and `Student, gr` becomes `Student, Graduate`.
    static func freeText(_ line: String, _ candidates: [String]) -> CompletionAction {
        let separator = line.lastIndex { $0 == "," || $0 == ";" }
        var item = separator.map { line[line.index(after: $0)...] } ?? line[...]
        while item.first?.isWhitespace == true { item = item.dropFirst() }
        let partial = String(item)
        let matches = matching(candidates, partial)
        let typed = partial.unicodeScalars.count
        switch matches.count {
        case 0:
            return .none
        case 1:
            return .replace(deleteScalars: typed, insert: matches[0])
        default:
            let prefix = commonPrefix(matches)
            return prefix.count > partial.count ? .replace(deleteScalars: typed, insert: prefix) : .list(matches)
        }
    }

    /// The longest prefix all words share, ignoring case; spelled as in the first word.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let other = Array(word)
            var length = 0
            while length < prefix.count, length < other.count,
                  String(prefix[length]).lowercased() == String(other[length]).lowercased() {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }

    /// A candidate as it must be typed: quoted when it holds spaces or quotes.
    static func written(_ text: String, openQuote: Character?, closed: Bool) -> String {
        let needsQuotes = text.contains { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "\\" }
        guard needsQuotes || openQuote != nil else { return text }
        let quote = openQuote ?? "\""
        var result = String(quote)
        for character in text {
            if quote == "\"" && (character == "\"" || character == "\\") { result.append("\\") }
            result.append(character)
        }
        if closed { result.append(quote) }
        return result
    }

    /// Candidates laid out in columns that fit `width`, as a shell lists them.
    public static func columns(_ items: [String], width: Int) -> String {
        guard !items.isEmpty else { return "" }
        let cell = (items.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perRow = max(1, width / cell)
        let rows = (items.count + perRow - 1) / perRow
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < items.count else { continue }
                let item = items[index]
                line += item
                let isLast = (column + 1) * rows + row >= items.count
                if !isLast { line += String(repeating: " ", count: cell - DisplayWidth.of(item)) }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
