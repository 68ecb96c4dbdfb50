import Testing
@testable import DialogueEngine

@Suite struct AnswerDescribeTests {
    typealias F = AnswerFixtures

    @Test func showsWhatTheUserRecognises() {
        #expect(AnswerInterpreter.describe(.text("work_life_balance"), as: .choice(F.values)) == "Work-life balance")
        #expect(AnswerInterpreter.describe(F.ids("money", "autonomy"), as: .multiChoice(F.values, min: 0, max: nil))
            == "Money, Autonomy")
        #expect(AnswerInterpreter.describe(F.ids("service", "security"), as: .rank(F.values, count: 2)) == "Service, Security")
        #expect(AnswerInterpreter.describe(.bool(true), as: .yesNo) == "yes")
        #expect(AnswerInterpreter.describe(.bool(false), as: .yesNo) == "no")
        #expect(AnswerInterpreter.describe(.number(1000), as: .number(min: nil, max: nil, integer: true)) == "1000")
        #expect(AnswerInterpreter.describe(.number(2.5), as: .number(min: nil, max: nil, integer: false)) == "2.5")
        #expect(AnswerInterpreter.describe(.list([.text("Python"), .text("Swift")]), as: .list(minItems: 0, maxItems: nil))
            == "Python, Swift")
        #expect(AnswerInterpreter.describe(.text("hello"), as: .text(minLength: nil, maxLength: nil)) == "hello")
    }

    @Test(arguments: [
        ("2026-12-04", "Friday 4 December 2026"), ("2027-01-01", "Friday 1 January 2027"),
        ("2026-11-29", "Sunday 29 November 2026"), ("2028-02-29", "Tuesday 29 February 2028"),
        ("2026-06-15", "Monday 15 June 2026"),
    ])
    func datesWithTheirWeekday(_ iso: String, _ expected: String) {
        #expect(AnswerInterpreter.describe(.date(CalendarDate(iso: iso)!), as: .date) == expected)
    }

    @Test func unknownIdsAreShownAsStored() {
        #expect(AnswerInterpreter.describe(.text("retired"), as: .choice(F.values)) == "retired")
    }

    @Test func echoesWhatWasUnderstood() {
        guard case let .value(value) = F.interpret("next fri", as: .date) else {
            Issue.record("next fri was not read as a date")
            return
        }
        #expect(AnswerInterpreter.describe(value, as: .date) == "Friday 4 December 2026")
    }
}
