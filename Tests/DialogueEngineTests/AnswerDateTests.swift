import Testing
@testable import DialogueEngine

/// Dates resolved against Sunday 29 November 2026.
@Suite struct AnswerDateTests {
    typealias F = AnswerFixtures

    @Test(arguments: [
        ("2026-12-03", "2026-12-03"), ("2027-1-5", "2027-01-05"), ("2026/12/03", "2026-12-03"),
        ("2020-06-01", "2020-06-01"),
        ("today", "2026-11-29"), ("Tomorrow", "2026-11-30"),
        ("friday", "2026-12-04"), ("fri", "2026-12-04"), ("Next Friday", "2026-12-04"), ("next fri", "2026-12-04"),
        ("this friday", "2026-12-04"), ("monday", "2026-11-30"), ("thurs", "2026-12-03"),
        // Today is Sunday: a bare or `next` Sunday is a week away, `this sunday` is today.
        ("sunday", "2026-12-06"), ("next sunday", "2026-12-06"), ("this sunday", "2026-11-29"),
        ("in 3 days", "2026-12-02"), ("in 1 day", "2026-11-30"), ("in 2 weeks", "2026-12-13"),
        ("in a week", "2026-12-06"), ("in two weeks", "2026-12-13"), ("in 1 month", "2026-12-29"),
        ("in 6 months", "2027-05-29"), ("in a year", "2027-11-29"),
        ("next week", "2026-12-06"), ("next month", "2026-12-29"),
    ])
    func relativeAndISOForms(_ input: String, _ expected: String) {
        #expect(F.interpret(input, as: .date) == F.date(expected))
    }

    @Test(arguments: [
        ("Dec 3", "2026-12-03"), ("December 3", "2026-12-03"), ("3 Dec", "2026-12-03"),
        ("3 december", "2026-12-03"), ("dec. 3rd", "2026-12-03"), ("DEC 3", "2026-12-03"),
        // Without a year: the next one on or after today.
        ("Nov 29", "2026-11-29"), ("Nov 28", "2027-11-28"), ("Nov 1", "2027-11-01"), ("1 jan", "2027-01-01"),
        ("Feb 29", "2028-02-29"), ("sept 1", "2027-09-01"),
        ("Dec 3 2027", "2027-12-03"), ("3 December 2027", "2027-12-03"), ("December 3, 2027", "2027-12-03"),
        ("Feb 29 2028", "2028-02-29"), ("1 March 2020", "2020-03-01"),
        // A month and a year stand for the month's first day (start dates, deadlines).
        ("June 2027", "2027-06-01"), ("last friday", "2026-11-27"), ("last march", "2026-03-01"), ("2030", "2030-01-01"),
        ("3 months ago", "2026-08-29"), ("yesterday", "2026-11-28"), ("next september", "2027-09-01"), ("december", "2026-12-01"), ("next nov", "2027-11-01"), ("dec 2024", "2024-12-01"), ("2027-06", "2027-06-01"), ("2025/9", "2025-09-01"),
    ])
    func monthAndDayForms(_ input: String, _ expected: String) {
        #expect(F.interpret(input, as: .date) == F.date(expected))
    }

    /// A question about the past (`past: true`) reads forms without a year backwards.
    @Test(arguments: [
        ("march", "2026-03-01"), ("november", "2026-11-01"), ("december", "2025-12-01"), ("friday", "2026-11-27"),
        ("Dec 3", "2025-12-03"), ("Nov 29", "2026-11-29"), ("June 2027", "2027-06-01"), ("next september", "2027-09-01"),
        ("last june", "2026-06-01"),
    ])
    func pastQuestionsReadBackwards(_ input: String, _ expected: String) {
        #expect(F.interpret(input, as: .pastDate) == F.date(expected))
    }

    @Test func monthArithmeticClampsToTheMonthsEnd() {
        let endOfJanuary = CalendarDate(year: 2027, month: 1, day: 31)!
        #expect(AnswerInterpreter.interpret("in 1 month", as: .date, today: endOfJanuary) == F.date("2027-02-28"))
        #expect(AnswerInterpreter.interpret("next month", as: .date, today: endOfJanuary) == F.date("2027-02-28"))
        let leapDay = CalendarDate(year: 2028, month: 2, day: 29)!
        #expect(AnswerInterpreter.interpret("in a year", as: .date, today: leapDay) == F.date("2029-02-28"))
        let friday = CalendarDate(year: 2026, month: 12, day: 4)!
        #expect(AnswerInterpreter.interpret("this friday", as: .date, today: friday) == F.date("2026-12-04"))
        #expect(AnswerInterpreter.interpret("friday", as: .date, today: friday) == F.date("2026-12-11"))
    }

    @Test(arguments: ["Feb 30", "Feb 29 2027", "31 April", "Dec 32", "Dec 0", "2026-02-30", "2026-13-01"])
    func daysTheCalendarDoesNotHave(_ input: String) {
        #expect(F.interpret(input, as: .date) == .invalid(.notADate(input, reason: .noSuchDay)))
    }

    @Test(arguments: [
        "someday", "next blah", "in 3 fortnights", "in many days", "dec 20270", "3 4", "fri dec 4 2026",
        "26-12-03", "in 99999 days",
    ])
    func formsThatAreNotDates(_ input: String) {
        #expect(F.interpret(input, as: .date) == .invalid(.notADate(input, reason: .unreadable)))
    }
}
