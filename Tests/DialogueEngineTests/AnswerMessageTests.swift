import Testing
@testable import DialogueEngine

@Suite struct AnswerMessageTests {
    typealias F = AnswerFixtures

    /// The message the user would see for `input`, or nil if the input is not invalid.
    func message(_ input: String, as type: SlotType) -> String? {
        if case let .invalid(reason) = F.interpret(input, as: type) { return reason.message }
        return nil
    }

    @Test func messagesSayWhatWasWrongAndWhatToType() {
        #expect(message("maybe", as: .yesNo) == "Please answer yes or no.")
        #expect(message("11", as: .number(min: 1, max: 10, integer: true)) == "Please give a number from 1 to 10.")
        #expect(message("-1", as: .number(min: 0, max: nil, integer: false)) == "Please give a number of 0 or more.")
        #expect(message("2.5", as: .number(min: nil, max: 1.5, integer: false)) == "Please give a number of 1.5 or less.")
        #expect(message("3.5", as: .number(min: nil, max: nil, integer: true))
            == "Please give a whole number, such as 4 rather than 3.5.")
        #expect(message("ten", as: .number(min: nil, max: nil, integer: false))
            == "'ten' is not a number. Please type one with digits, like 3 or 2.5.")
        #expect(message("Feb 30", as: .date)
            == "'Feb 30' is not a day in the calendar. Try a date like 2026-12-03 or 'next friday'.")
        #expect(message("someday", as: .date)
            == "'someday' is not a date I understand. Try a date like 2026-12-03, 'dec 3', 'june 2027' or 'next friday'.")
        #expect(message("abcdefghijk", as: .text(minLength: nil, maxLength: 10))
            == "That is 11 characters; please keep it to 10 or fewer.")
        #expect(message("", as: .text(minLength: 1, maxLength: nil)) == "Please type an answer.")
    }

    @Test func optionMessages() {
        let choice = SlotType.choice(F.values)
        #expect(message("se", as: choice)
            == "'se' could be Security, Self-development or Service. Type more of the name, or its number.")
        #expect(message("9", as: choice) == "There is no option 9. Pick a number from 1 to 6.")
        #expect(message("xyzzy", as: choice) == "'xyzzy' is not one of the options. Type an option's number or its name.")
        #expect(message("a", as: choice)
            == "'a' is not one of the options. Did you mean Autonomy? Type more of its name, or its number.")
        #expect(message("1, 2, 3, 4", as: .multiChoice(F.values, min: 1, max: 3)) == "Pick 1 to 3 options, for example: 1, 2.")
        #expect(message("1", as: .multiChoice(F.values, min: 2, max: nil)) == "Pick at least 2 options, for example: 1, 2.")
        #expect(message("1", as: .multiChoice(F.values, min: 2, max: 2)) == "Pick exactly 2 options, for example: 1, 2.")
        #expect(message("1, 2", as: .multiChoice(F.values, min: 0, max: 1)) == "Pick at most 1 option, for example: 1.")
        #expect(message("1, 2", as: .rank(F.values, count: 3))
            == "Please put 3 options in order, best first (you named 2), for example: 2, 1, 3.")
        #expect(message("1, 1", as: .rank(F.values, count: 2)) == "You named Autonomy more than once; name each option once.")
    }

    @Test func singularsAreSingular() {
        #expect(InvalidAnswer.tooShort(min: 1).message == "Please write at least 1 character.")
        #expect(InvalidAnswer.tooFewItems(min: 1, given: 0).message == "Please give at least 1 item; you have given 0.")
        #expect(InvalidAnswer.tooManyItems(max: 1).message == "Please give at most 1 item.")
        #expect(InvalidAnswer.noSuchNumber(2, optionCount: 1).message == "There is no option 2. Type 1.")
    }

    @Test func everyReasonHasASentence() {
        let reasons: [InvalidAnswer] = [
            .empty, .tooShort(min: 3), .tooLong(max: 5, actual: 9), .notYesNo, .notANumber("x"),
            .outOfRange(0, min: 1, max: 10), .outOfRange(0, min: nil, max: nil), .notWhole(2.5),
            .notADate("x", reason: .unreadable), .notADate("x", reason: .noSuchDay),
            .noSuchOption("x", suggestion: nil), .noSuchOption("x", suggestion: "X"), .noSuchNumber(9, optionCount: 3),
            .ambiguous("x", matches: ["A", "B"]), .tooFewPicks(min: 2, max: 4),
            // Too few and too many picks share a sentence by design: stating the range is the fix for both.
            .tooManyPicks(max: 3, min: 0),
            .repeatedPick("A"), .wrongRankCount(expected: 1, given: 2), .tooFewItems(min: 2, given: 1),
            .tooManyItems(max: 3), .repeatedItem("a"),
        ]
        for reason in reasons {
            #expect(reason.message.first?.isUppercase == true || reason.message.first == "'", "\(reason)")
            #expect(reason.message.hasSuffix("."), "\(reason)")
        }
        #expect(Set(reasons.map(\.message)).count == reasons.count, "two reasons read the same")
    }
}
