/// Splits a command line into words the way a shell user expects: white space separates words,
/// `"double"` and `'single'` quotes group them, and a backslash escapes the next character
/// (inside double quotes only `\"` and `\\`).
public enum WordSplitter {
    /// A line that cannot be split.
    public enum Failure: Error, Equatable, Sendable {
        /// A quote opened at `column` (1-based, in characters) is never closed.
        case unterminatedQuote(Character, column: Int)
    }

    /// The state of a line, possibly still being typed, as seen by completion.
    public struct Scan: Equatable, Sendable {
        /// The words that are complete (followed by white space).
        public var words: [String]
        /// The word under construction at the end of the line, unquoted; nil when the line is
        /// empty or ends in white space.
        public var partial: String?
        /// The quote still open at the end of the line, if any.
        public var openQuote: Character?
        /// Where the partial word starts in the line, counted in Unicode scalars.
        public var partialScalarOffset: Int
        /// Where the open quote, if any, started (1-based character column).
        public var openQuoteColumn: Int
    }

    /// The words of a complete line.
    public static func split(_ line: String) throws(Failure) -> [String] {
        let scan = scan(line)
        if let quote = scan.openQuote {
            throw .unterminatedQuote(quote, column: scan.openQuoteColumn)
        }
        return scan.words + (scan.partial.map { [$0] } ?? [])
    }

    /// Scans a line that may still be being typed.
    public static func scan(_ line: String) -> Scan {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var quoteColumn = 0
        var escaped = false
        var wordStart = 0
        var scalarOffset = 0
        var column = 0

        for character in line {
            column += 1
            defer { scalarOffset += character.unicodeScalars.count }
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            if character.isWhitespace {
                if inWord {
                    words.append(current)
                    current = ""
                    inWord = false
                }
                continue
            }
            if !inWord {
                inWord = true
                wordStart = scalarOffset
            }
            switch character {
            case "\"", "'":
                quote = character
                quoteColumn = column
            case "\\":
                escaped = true
            default:
                current.append(character)
            }
        }
        return Scan(
            words: words,
            partial: inWord ? current : nil,
            openQuote: quote,
            partialScalarOffset: inWord ? wordStart : scalarOffset,
            openQuoteColumn: quoteColumn
        )
    }

    /// `word` written so that `split` gives it back as one word.
    public static func quote(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "\\" })
        else { return word }
        var quoted = "\""
        for character in word {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }
}
