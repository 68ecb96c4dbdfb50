import Testing
@testable import DialogueEngine

@Suite struct AnswerChoiceRegressionTests {
    let stages = SlotType.choice([
        ChoiceOption(id: "student", label: "Student"),
        ChoiceOption(id: "intern", label: "Intern"),
    ])
    let today = CalendarDate(year: 2026, month: 11, day: 29)!

    @Test func aNegativeNumberIsNoOption() {
        #expect(AnswerInterpreter.interpret("-1", as: stages, today: today) == .invalid(.noSuchNumber(-1, optionCount: 2)))
        #expect(AnswerInterpreter.interpret("-9", as: stages, today: today) == .invalid(.noSuchNumber(-9, optionCount: 2)))
        #expect(AnswerInterpreter.interpret("+2", as: stages, today: today) == .value(.text("intern")))
    }
}
