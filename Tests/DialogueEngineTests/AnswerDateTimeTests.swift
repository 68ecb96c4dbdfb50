import Testing
@testable import DialogueEngine

/// Dates with a time and lengths of time, resolved against Sunday 29 November 2026 (the fixed clock).
@Suite struct AnswerDateTimeTests {
    typealias F = AnswerFixtures

    static func moment(_ iso: String) -> Interpretation { .value(.dateTime(LocalDateTime(iso: iso)!)) }

    @Test(arguments: [
        ("next thursday 6pm", "2026-12-03T18:00"), ("Next Thursday 6 PM", "2026-12-03T18:00"),
        ("thursday at 6:30pm", "2026-12-03T18:30"), ("6pm next thursday", "2026-12-03T18:00"),
        ("6pm on friday", "2026-12-04T18:00"), ("dec 3 at 9:30am", "2026-12-03T09:30"),
        ("3 december 18:00", "2026-12-03T18:00"), ("2026-12-03 18:00", "2026-12-03T18:00"),
        ("2026-12-03T07:05", "2026-12-03T07:05"), ("tomorrow noon", "2026-11-30T12:00"),
        ("tomorrow midnight", "2026-11-30T00:00"), ("friday 12am", "2026-12-04T00:00"),
        ("friday 12pm", "2026-12-04T12:00"), ("in 2 weeks 10am", "2026-12-13T10:00"),
        ("7pm", "2026-11-29T19:00"), ("monday 6.30 p.m.", "2026-11-30T18:30"),
        ("jan 15 2027 2pm", "2027-01-15T14:00"), ("next sunday 9am", "2026-12-06T09:00"),
    ])
    func datesWithTimesLandOnTheRightDayAndHour(_ input: String, _ expected: String) {
        #expect(F.interpret(input, as: .dateTime) == Self.moment(expected))
    }

    @Test func aDateWithoutATimeAsksForOne() {
        #expect(F.interpret("next thursday", as: .dateTime) == .invalid(.notADateTime("next thursday", reason: .noTime)))
        #expect(InvalidAnswer.notADateTime("next thursday", reason: .noTime).message
            == "'next thursday' has no time of day. Add one, as in 'next thursday 6pm' or 'next thursday 18:00'.")
    }

    @Test(arguments: ["thursday 13pm", "friday 25:00", "monday 6:75pm", "dec 3 0am"])
    func aTimeTheClockLacksIsSaidSo(_ input: String) {
        #expect(F.interpret(input, as: .dateTime) == .invalid(.notADateTime(input, reason: .noSuchTime)))
    }

    @Test func unreadableAndImpossibleDays() {
        #expect(F.interpret("whenever 6pm", as: .dateTime) == .invalid(.notADateTime("whenever 6pm", reason: .unreadable)))
        #expect(F.interpret("feb 30 6pm", as: .dateTime) == .invalid(.notADateTime("feb 30 6pm", reason: .noSuchDay)))
        #expect(F.interpret("soon", as: .dateTime) == .invalid(.notADateTime("soon", reason: .unreadable)))
    }

    @Test func anAnswerIsEchoedWithItsWeekdayAndTime() {
        let value = Value.dateTime(LocalDateTime(iso: "2026-12-03T18:30")!)
        #expect(AnswerInterpreter.describe(value, as: .dateTime) == "Thursday 3 December 2026, 6:30 pm")
        #expect(LocalDateTime(iso: "2026-12-03T12:00")!.timeOfDay == "noon")
        #expect(LocalDateTime(iso: "2026-12-03T09:05")!.timeOfDay == "9:05 am")
    }

    @Test func addingMinutesCrossesMidnight() {
        #expect(LocalDateTime(iso: "2026-12-31T23:30")!.adding(minutes: 90) == LocalDateTime(iso: "2027-01-01T01:00"))
    }

    @Test(arguments: [
        ("90", 90), ("90 min", 90), ("90 minutes", 90), ("2 hours", 120), ("2h", 120), ("1h30", 90), ("1h 30m", 90),
        ("1:30", 90), ("1.5 hours", 90), ("an hour", 60), ("half an hour", 30), ("an hour and a half", 90),
        ("2 hours 15 minutes", 135), ("two hours", 120), ("2 and a half hours", 150), ("45 mins", 45),
    ])
    func lengthsOfTimeInMinutes(_ input: String, _ minutes: Int) {
        #expect(F.interpret(input, as: .duration(min: nil, max: nil)) == .value(.number(Double(minutes))))
    }

    @Test func badLengthsSayWhatToType() {
        #expect(F.interpret("a while", as: .duration(min: nil, max: nil)) == .invalid(.notADuration("a while")))
        #expect(F.interpret("0", as: .duration(min: nil, max: nil)) == .invalid(.notADuration("0")))
        #expect(F.interpret("2 minutes", as: .duration(min: 5, max: 600)) == .invalid(.durationOutOfRange(2, min: 5, max: 600)))
        #expect(InvalidAnswer.durationOutOfRange(2, min: 5, max: 600).message
            == "2 minutes is outside what makes sense here: give from 5 minutes to 10 hours.")
        #expect(AnswerInterpreter.describe(.number(90), as: .duration(min: nil, max: nil)) == "1 hour 30 minutes")
    }
}

extension AnswerDateTimeTests {
    @Test(arguments: [
        ("dec 1 6pm", "2026-12-01T18:00"),       // four days ago, not next year
        ("nov 20 at 9am", "2026-11-20T09:00"),
        ("jan 15 2pm", "2027-01-15T14:00"),      // ahead is nearer
        ("jun 1 noon", "2027-06-01T12:00"),      // six months ahead, not six months ago
        ("tonight 7pm", "2026-12-05T19:00"),
        ("this evening at 6pm", "2026-12-05T18:00"),
    ])
    func aMonthAndDayMeanTheNearerOneForAnEvent(_ input: String, _ expected: String) {
        let saturday = CalendarDate(iso: "2026-12-05")!
        #expect(AnswerInterpreter.interpret(input, as: .dateTime, today: saturday) == Self.moment(expected))
    }
}
