import Testing
@testable import DialogueEngine

@Suite struct AnswerScalarTests {
    typealias F = AnswerFixtures

    @Test func emptyOrBlankInputIsEmptyForEveryType() {
        let types: [SlotType] = [
            .text(minLength: nil, maxLength: nil), .yesNo, .number(min: nil, max: nil, integer: false), .date,
            .choice(F.values), .multiChoice(F.values, min: 0, max: nil), .rank(F.values, count: 2),
            .list(minItems: 0, maxItems: nil),
        ]
        for type in types {
            #expect(F.interpret("", as: type) == .invalid(.empty))
            #expect(F.interpret("  \t ", as: type) == .invalid(.empty))
        }
    }

    @Test func textIsTrimmedAndMeasuredInCharacters() {
        let type = SlotType.text(minLength: 3, maxLength: 10)
        #expect(F.interpret("  hi there  ", as: type) == .value(.text("hi there")))
        #expect(F.interpret("abc", as: type) == .value(.text("abc")))
        #expect(F.interpret("abcdefghij", as: type) == .value(.text("abcdefghij")))
        #expect(F.interpret("ab", as: type) == .invalid(.tooShort(min: 3)))
        #expect(F.interpret("abcdefghijk", as: type) == .invalid(.tooLong(max: 10, actual: 11)))
        // Three characters, though many more bytes and scalars.
        #expect(F.interpret("👩‍💻👩‍💻👩‍💻", as: type) == .value(.text("👩‍💻👩‍💻👩‍💻")))
        #expect(F.interpret("x", as: .text(minLength: nil, maxLength: nil)) == .value(.text("x")))
    }

    @Test(arguments: ["y", "yes", "YES", "Yeah", "yep", "sure", "ok", "true", "yes!"])
    func yesWords(_ word: String) {
        #expect(F.interpret(word, as: .yesNo) == .value(.bool(true)))
    }

    @Test(arguments: ["n", "no", "No", "nope", "nah", "FALSE", "no."])
    func noWords(_ word: String) {
        #expect(F.interpret(word, as: .yesNo) == .value(.bool(false)))
    }

    @Test(arguments: ["maybe", "yess", "1", "y n"])
    func otherWordsAreNotYesOrNo(_ word: String) {
        #expect(F.interpret(word, as: .yesNo) == .invalid(.notYesNo))
    }

    @Test func numbersWithSignsDecimalsAndThousands() {
        let any = SlotType.number(min: nil, max: nil, integer: false)
        #expect(F.interpret("3", as: any) == .value(.number(3)))
        #expect(F.interpret("-2", as: any) == .value(.number(-2)))
        #expect(F.interpret("+7", as: any) == .value(.number(7)))
        #expect(F.interpret("3.5", as: any) == .value(.number(3.5)))
        #expect(F.interpret(".5", as: any) == .value(.number(0.5)))
        #expect(F.interpret("1,000", as: any) == .value(.number(1000)))
        #expect(F.interpret("12,345,678.25", as: any) == .value(.number(12_345_678.25)))
        #expect(F.interpret(" 42 ", as: any) == .value(.number(42)))
    }

    @Test(arguments: ["three", "1,00", "1,0000", ",000", "3.", "1.2.3", "nan", "inf", "1e5", "0x10", "-", "3 apples"])
    func wordsAndOddFormsAreNotNumbers(_ input: String) {
        let any = SlotType.number(min: nil, max: nil, integer: false)
        #expect(F.interpret(input, as: any) == .invalid(.notANumber(input)))
    }

    @Test func numberLimitsAreInclusive() {
        let scale = SlotType.number(min: 1, max: 10, integer: false)
        #expect(F.interpret("1", as: scale) == .value(.number(1)))
        #expect(F.interpret("10", as: scale) == .value(.number(10)))
        #expect(F.interpret("0", as: scale) == .invalid(.outOfRange(0, min: 1, max: 10)))
        #expect(F.interpret("10.5", as: scale) == .invalid(.outOfRange(10.5, min: 1, max: 10)))
        let atLeast = SlotType.number(min: 0, max: nil, integer: false)
        #expect(F.interpret("-1", as: atLeast) == .invalid(.outOfRange(-1, min: 0, max: nil)))
        #expect(F.interpret("1,000,000", as: atLeast) == .value(.number(1_000_000)))
    }

    @Test func wholeNumbersRejectFractions() {
        let whole = SlotType.number(min: 1, max: 10, integer: true)
        #expect(F.interpret("3.5", as: whole) == .invalid(.notWhole(3.5)))
        #expect(F.interpret("4.0", as: whole) == .value(.number(4)))
        #expect(F.interpret("7", as: whole) == .value(.number(7)))
        // The range is the more useful complaint when both apply.
        #expect(F.interpret("11.5", as: whole) == .invalid(.outOfRange(11.5, min: 1, max: 10)))
    }
}
