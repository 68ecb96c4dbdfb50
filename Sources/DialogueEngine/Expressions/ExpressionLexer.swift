/// Splits a condition into tokens, with the column of each.
///
/// The lexer never fails outright: at the first bad character it emits an `.invalid` token
/// carrying the error and stops. The parser reports that error only if it gets that far, so a
/// syntax error earlier in the text is the one the coach sees.
struct ExpressionLexer {
    enum Keyword: String, CaseIterable {
        case and, or, not, `in`, contains, `true`, `false`
    }

    enum Symbol: String {
        case openParenthesis = "(", closeParenthesis = ")"
        case openBracket = "[", closeBracket = "]"
        case comma = ","
    }

    enum Kind: Equatable {
        case keyword(Keyword)
        /// An identifier or a dotted path.
        case name(String)
        case number(Double)
        case text(String)
        case symbol(Symbol)
        case comparison(ComparisonOperator)
        case end
        case invalid(ExpressionError)
    }

    struct Token: Equatable {
        var kind: Kind
        /// Column of the first character.
        var column: Int
        /// The characters as written, for messages.
        var source: String

        var range: SourceRange { SourceRange(start: column, end: column + max(source.count, 1) - 1) }
    }

    static func tokens(_ text: String) -> [Token] {
        var lexer = ExpressionLexer(characters: Array(text))
        return lexer.run()
    }

    private let characters: [Character]
    private var index = 0

    private init(characters: [Character]) {
        self.characters = characters
    }

    private var column: Int { index + 1 }

    private func character(at offset: Int = 0) -> Character? {
        let position = index + offset
        return position < characters.count ? characters[position] : nil
    }

    private static func isNameStart(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character == "_"
    }

    private static func isNameContinuation(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character.isNumber || character == "_"
    }

    private static func isDigit(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isNumber
    }

    private mutating func run() -> [Token] {
        var tokens: [Token] = []
        while true {
            while let next = character(), next.isWhitespace { index += 1 }
            guard let next = character() else {
                tokens.append(Token(kind: .end, column: column, source: ""))
                return tokens
            }
            let token = lexToken(startingWith: next)
            tokens.append(token)
            if case .invalid = token.kind { return tokens }
        }
    }

    private mutating func lexToken(startingWith next: Character) -> Token {
        let start = column
        if Self.isNameStart(next) { return lexName() }
        if Self.isDigit(next) || (next == "-" && Self.isDigit(character(at: 1))) { return lexNumber() }
        if next == "'" || next == "\"" { return lexText(quote: next) }
        if let symbol = Symbol(rawValue: String(next)) {
            index += 1
            return Token(kind: .symbol(symbol), column: start, source: String(next))
        }
        return lexOperator(startingWith: next)
    }

    private mutating func lexName() -> Token {
        let start = index
        var components: [String] = []
        while true {
            var component = ""
            while Self.isNameContinuation(character()) {
                component.append(characters[index])
                index += 1
            }
            components.append(component)
            guard character() == "." else { break }
            guard Self.isNameStart(character(at: 1)) else {
                let written = String(characters[start...index])
                return invalid(.malformedPath, at: index + 2,
                               "expected a name after '.' in '\(written)', found \(describeCharacter(at: index + 1))")
            }
            index += 1
        }
        let source = String(characters[start..<index])
        if components.count == 1, let keyword = Keyword(rawValue: source) {
            return Token(kind: .keyword(keyword), column: start + 1, source: source)
        }
        return Token(kind: .name(source), column: start + 1, source: source)
    }

    private mutating func lexNumber() -> Token {
        let start = index
        if character() == "-" { index += 1 }
        while Self.isDigit(character()) { index += 1 }
        if character() == "." {
            guard Self.isDigit(character(at: 1)) else {
                let written = String(characters[start...index])
                return invalid(.malformedNumber, at: index + 2,
                               "expected a digit after '.' in '\(written)', found \(describeCharacter(at: index + 1))")
            }
            index += 1
            while Self.isDigit(character()) { index += 1 }
        }
        // An exponent, so that very large or small numbers print back (as `1e+20`) in a form that reads.
        if character() == "e" || character() == "E" {
            let signed = character(at: 1) == "+" || character(at: 1) == "-"
            if Self.isDigit(character(at: signed ? 2 : 1)) {
                index += signed ? 2 : 1
                while Self.isDigit(character()) { index += 1 }
            }
        }
        let source = String(characters[start..<index])
        guard let number = Double(source), number.isFinite else {
            let shown = source.count > 12 ? String(source.prefix(10)) + "…" : source
            return invalid(.malformedNumber, at: start + 1, "expected a number of a usable size, found '\(shown)'")
        }
        return Token(kind: .number(number), column: start + 1, source: source)
    }

    private mutating func lexText(quote: Character) -> Token {
        let start = index
        index += 1
        var text = ""
        while let next = character() {
            if next == quote {
                index += 1
                return Token(kind: .text(text), column: start + 1, source: String(characters[start..<index]))
            }
            if next == "\\" {
                guard let escaped = character(at: 1) else { break }
                // \' \" and \\ are escapes; any other backslash stays as written, so that patterns
                // read as they do everywhere else: matches(goal, '\bjob\b').
                if escaped == "'" || escaped == "\"" || escaped == "\\" {
                    text.append(escaped)
                } else {
                    text.append(next)
                    text.append(escaped)
                }
                index += 2
                continue
            }
            text.append(next)
            index += 1
        }
        return invalid(.unterminatedText, at: start + 1,
                       "expected a closing \(quote) for the text that starts here, found the end of the condition")
    }

    private mutating func lexOperator(startingWith next: Character) -> Token {
        let start = column
        let pair = String(next) + (character(at: 1).map { String($0) } ?? "")
        if pair == "==" && character(at: 2) == "=" {
            return invalid(.unexpectedCharacter, at: start, "expected '==' to compare, found '==='")
        }
        if pair.count == 2, let op = ComparisonOperator(rawValue: pair) {
            index += 2
            return Token(kind: .comparison(op), column: start, source: pair)
        }
        if let op = ComparisonOperator(rawValue: String(next)) {
            index += 1
            return Token(kind: .comparison(op), column: start, source: String(next))
        }
        let hint: String
        switch next {
        case "=": hint = "; write '==' to compare"
        case "!": hint = "; write 'not' to negate or '!=' to compare"
        case "&": hint = "; write 'and'"
        case "|": hint = "; write 'or'"
        case ".": hint = "; a '.' only joins names, as in 'values.top'"
        default: hint = ""
        }
        return invalid(.unexpectedCharacter, at: start, "expected a value or an operator, found '\(next)'\(hint)")
    }

    private func describeCharacter(at index: Int) -> String {
        guard index < characters.count else { return "the end of the condition" }
        return characters[index].isWhitespace ? "a space" : "'\(characters[index])'"
    }

    private func invalid(_ kind: ExpressionError.Kind, at column: Int, _ message: String) -> Token {
        let error = ExpressionError(kind, column: column, message)
        return Token(kind: .invalid(error), column: column, source: "")
    }
}
