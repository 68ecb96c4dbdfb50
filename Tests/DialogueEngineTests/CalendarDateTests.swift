import Testing
@testable import DialogueEngine

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsISO() {
        #expect(CalendarDate(iso: "2026-12-03")?.iso == "2026-12-03")
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2026-2-3") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2025-02-29") == nil)
    }

    @Test func dayArithmeticRoundTrips() {
        let date = CalendarDate(year: 2026, month: 11, day: 29)!
        #expect(date.dayNumber == 20_786)
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: 3).iso == "2026-12-02")
        #expect(date.adding(days: -365).iso == "2025-11-29")
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CalendarDate(dayNumber: -1).iso == "1969-12-31")
    }

    @Test func weekdaysAreISO() {
        #expect(CalendarDate(year: 2026, month: 11, day: 29)!.weekday == 7)  // a Sunday
        #expect(CalendarDate(year: 2026, month: 12, day: 4)!.weekday == 5)   // a Friday
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.weekday == 4)
    }

    @Test func monthArithmeticClampsToTheMonthsEnd() {
        #expect(CalendarDate(year: 2026, month: 1, day: 31)!.adding(months: 1).iso == "2026-02-28")
        #expect(CalendarDate(year: 2026, month: 11, day: 15)!.adding(months: 3).iso == "2027-02-15")
        #expect(CalendarDate(year: 2026, month: 1, day: 15)!.adding(months: -1).iso == "2025-12-15")
    }
}
