/// Why a condition could not be parsed, and where.
///
/// The parser stops at the first problem: after a syntax error the rest of a one-line condition
/// rarely means anything. `kind` is stable for tests and diagnostic codes; `message` is the
/// sentence shown to the coach and may be reworded.
public struct ExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, independent of the wording.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The condition is empty or only whitespace.
        case empty
        /// A character that starts no token, such as `=`, `&` or `é` outside quotes.
        case unexpectedCharacter
        /// A quote with no closing quote.
        case unterminatedText
        /// A number such as `3.` with no digits after the point, or one too large to hold.
        case malformedNumber
        /// A name such as `values.` with nothing after the point.
        case malformedPath
        /// An operator or opening bracket with no value where one must follow (`stage ==`).
        case missingValue
        /// A `(` never closed.
        case unclosedParenthesis
        /// A `)` with no `(` before it.
        case unmatchedParenthesis
        /// A `[` never closed, or a list item not followed by `,` or `]`.
        case unclosedList
        /// Something other than a written-out value inside `[...]`.
        case listItemNotLiteral
        /// A list mixing kinds of value, such as `['a', 1]`.
        case mixedList
        /// Tokens left over after a complete condition (`a == 1 b`).
        case unexpectedToken
        /// `a < b < c`: comparisons do not chain.
        case chainedComparison
        /// Nesting deeper than `ExpressionParser.maximumDepth`.
        case tooDeep
    }

    public var kind: Kind
    /// 1-based Character column in the condition text; `text.count + 1` means "at the end".
    public var column: Int
    /// A short sentence saying what was expected and what was found.
    public var message: String

    public init(_ kind: Kind, column: Int, _ message: String) {
        self.kind = kind
        self.column = column
        self.message = message
    }

    public var description: String { "column \(column): \(message)" }
}
