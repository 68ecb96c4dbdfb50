import Testing
@testable import DialogueEngine

/// What a coach sees for a malformed `when:`: the column the caret points at, a stable kind, and
/// the sentence.
@Suite struct ExpressionParseErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let column: Int
        let kind: ExpressionError.Kind
        let message: String
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let cases: [Case] = [
        Case(text: "stage ==", column: 9, kind: .missingValue,
             message: "expected a value after '==', found the end of the condition"),
        Case(text: "(a", column: 3, kind: .unclosedParenthesis,
             message: "expected ')' to close the '(' at column 1, found the end of the condition"),
        Case(text: "stage == 'open", column: 10, kind: .unterminatedText,
             message: "expected a closing ' for the text that starts here, found the end of the condition"),
        Case(text: "a === b", column: 3, kind: .unexpectedCharacter,
             message: "expected '==' to compare, found '==='"),
        Case(text: "count(", column: 7, kind: .unclosedParenthesis,
             message: "expected an argument or ')' after 'count(', found the end of the condition"),
        Case(text: "a and or b", column: 7, kind: .missingValue,
             message: "expected a value after 'and', found 'or'"),
        Case(text: "a == 1 b", column: 8, kind: .unexpectedToken,
             message: "expected an operator or the end of the condition, found 'b'"),
        Case(text: "", column: 1, kind: .empty, message: "expected a condition, found nothing"),
        Case(text: "   ", column: 1, kind: .empty, message: "expected a condition, found nothing"),
        Case(text: "a)", column: 2, kind: .unmatchedParenthesis,
             message: "expected an operator or the end of the condition, found ')' with no '(' before it"),
        Case(text: "1 < age < 9", column: 9, kind: .chainedComparison,
             message: "expected 'and', 'or' or the end of the condition, found '<'; comparisons do not chain, so join them with 'and'"),
        Case(text: "stage = 'x'", column: 7, kind: .unexpectedCharacter,
             message: "expected a value or an operator, found '='; write '==' to compare"),
        Case(text: "a && b", column: 3, kind: .unexpectedCharacter,
             message: "expected a value or an operator, found '&'; write 'and'"),
        Case(text: "!done", column: 1, kind: .unexpectedCharacter,
             message: "expected a value or an operator, found '!'; write 'not' to negate or '!=' to compare"),
        Case(text: "values. == 1", column: 8, kind: .malformedPath,
             message: "expected a name after '.' in 'values.', found a space"),
        Case(text: "x > 3.", column: 7, kind: .malformedNumber,
             message: "expected a digit after '.' in '3.', found the end of the condition"),
        Case(text: "x in ['a', 1]", column: 12, kind: .mixedList,
             message: "expected text like the first item at column 7, found '1'; a list holds one kind of value"),
        Case(text: "x in [a]", column: 7, kind: .listItemNotLiteral,
             message: "expected a written-out text, number or true/false in the list, found 'a'"),
        Case(text: "x in ['a'", column: 10, kind: .unclosedList,
             message: "expected ',' or ']' to close the '[' at column 6, found the end of the condition"),
        Case(text: "a AND b", column: 3, kind: .unexpectedToken,
             message: "expected an operator or the end of the condition, found 'AND' (write 'and' in lowercase)"),
        Case(text: "exists(a b)", column: 10, kind: .unexpectedToken,
             message: "expected ',' or ')' to close the '(' of 'exists' at column 7, found 'b'"),
        Case(text: "age <", column: 6, kind: .missingValue,
             message: "expected a value after '<', found the end of the condition"),
        Case(text: "== a", column: 1, kind: .missingValue, message: "expected a value, found '=='"),
        Case(text: "a == not b", column: 6, kind: .missingValue, message: "expected a value after '==', found 'not'"),
        Case(text: "stäge == 1", column: 3, kind: .unexpectedCharacter,
             message: "expected a value or an operator, found 'ä'"),
        Case(text: "a == 'x' and", column: 13, kind: .missingValue,
             message: "expected a value after 'and', found the end of the condition"),
        Case(text: "a == 'x' (", column: 10, kind: .unexpectedToken,
             message: "expected an operator or the end of the condition, found '('"),
        Case(text: "n > 1e999", column: 5, kind: .malformedNumber,
             message: "expected a number of a usable size, found '1e999'"),
    ]

    @Test(arguments: cases)
    func reportsWhereAndWhat(_ example: Case) throws {
        let error = try parseError(example.text)
        #expect(error.column == example.column)
        #expect(error.kind == example.kind)
        #expect(error.message == example.message)
    }

    @Test func anEarlierSyntaxErrorWinsOverALaterBadCharacter() throws {
        // The '&' at column 9 is never reached: the missing value after '==' comes first.
        let error = try parseError("a == and & b")
        #expect(error.kind == .missingValue)
        #expect(error.column == 6)
    }

    @Test func capsNestingInsteadOfOverflowingTheStack() throws {
        let limit = ExpressionParser.maximumDepth
        let parens = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        let tooManyParens = try parseError(parens)
        #expect(tooManyParens.kind == .tooDeep)
        #expect(tooManyParens.column == limit + 1)

        let nots = String(repeating: "not ", count: 10_000) + "a"
        #expect(try parseError(nots).kind == .tooDeep)

        let chain = Array(repeating: "a", count: 10_000).joined(separator: " or ")
        let longChain = try parseError(chain)
        #expect(longChain.kind == .tooDeep)
        // The operator that tips it over: the 64th 'or' (64 'or's over leaves make 65 levels),
        // each "a or " being 5 characters.
        #expect(longChain.column == (limit - 1) * 5 + 3)
        #expect(try parsed(Array(repeating: "a", count: limit).joined(separator: " or ")).description.count == limit * 5 - 4)

        let calls = String(repeating: "count(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        #expect(try parseError(calls).kind == .tooDeep)
    }
}
