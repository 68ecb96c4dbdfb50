import Testing
@testable import DialogueEngine

/// A month on its own stands for its first day ("I start in september"), as start dates and deadlines
/// are often given; AnswerDateTests covers the forms read against 29 November 2026.
@Suite struct AnswerMonthDateTests {
    typealias F = AnswerFixtures
    /// Wednesday 10 March 2027, early in a year, so that some months are still ahead in it.
    static let march10 = CalendarDate(year: 2027, month: 3, day: 10)!

    static func interpret(_ input: String, today: CalendarDate = march10) -> Interpretation {
        AnswerInterpreter.interpret(input, as: .date, today: today)
    }

    @Test(arguments: [
        // A month later this year is this year's; this month or an earlier one is next year's.
        ("september", "2027-09-01"), ("next september", "2027-09-01"), ("Sept", "2027-09-01"),
        ("april", "2027-04-01"), ("march", "2028-03-01"), ("next march", "2028-03-01"), ("january", "2028-01-01"),
    ])
    func aMonthIsTheFirstDayOfItsNextOccurrence(_ input: String, _ expected: String) {
        #expect(Self.interpret(input) == F.date(expected))
    }

    @Test func inTheSameMonthAMonthNameMeansNextYear() {
        #expect(F.interpret("november", as: .date) == F.date("2027-11-01"), "1 November 2026 has passed")
        #expect(F.interpret("september", as: .date) == F.date("2027-09-01"))
    }

    @Test(arguments: [
        ("Sept 2027", "2027-09-01"), ("SEPTEMBER 2028", "2028-09-01"), ("2027/06", "2027-06-01"), ("2027-6", "2027-06-01"),
        // Two digits after a month are a day, not a year.
        ("June 27", "2027-06-27"), ("june 2", "2027-06-02"),
    ])
    func aMonthWithAYearOrADay(_ input: String, _ expected: String) {
        #expect(Self.interpret(input) == F.date(expected))
    }

    @Test func aMonthThatDoesNotExistIsNoDayInTheCalendar() {
        #expect(Self.interpret("2027-13") == .invalid(.notADate("2027-13", reason: .noSuchDay)))
        #expect(Self.interpret("2027-00") == .invalid(.notADate("2027-00", reason: .noSuchDay)))
    }

    @Test(arguments: ["next septembre", "this september", "june 27 2027 extra", "2027-", "sept 27000"])
    func nearMissesAreNotDates(_ input: String) {
        #expect(Self.interpret(input) == .invalid(.notADate(input, reason: .unreadable)))
    }

    @Test func theEchoShowsTheDayAMonthStoodFor() {
        guard case let .value(value) = Self.interpret("september") else {
            Issue.record("september is a date")
            return
        }
        #expect(AnswerInterpreter.describe(value, as: .date) == "Wednesday 1 September 2027")
    }
}
