extension AnswerInterpreter {
    static func interpretDate(_ input: String, today: CalendarDate, past: Bool = false) -> Interpretation {
        switch readDate(input, today: today, past: past) {
        case let .date(date): return .value(.date(date))
        case .noSuchDay: return .invalid(.notADate(input, reason: .noSuchDay))
        case .unreadable: return .invalid(.notADate(input, reason: .unreadable))
        }
    }

    /// What a date phrase came to; `noSuchDay` is kept apart from `unreadable` so the message can say
    /// "not a day in the calendar" when the form was right but the day does not exist.
    enum DateReading {
        case date(CalendarDate)
        case noSuchDay
        case unreadable
    }

    /// Counts up to twelve written as words, for `in two weeks`.
    static let countWords = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// Beyond this, `in N days` is surely a slip, and day arithmetic could overflow.
    private static let largestCount = 10_000

    /// With `past`, forms that name no year or week (`march`, `friday`, `Dec 3`) mean the latest one on
    /// or before today.
    static func readDate(_ input: String, today: CalendarDate, past: Bool) -> DateReading {
        let words = input.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "," })
            .map { word in word.hasSuffix(".") ? String(word.dropLast()) : String(word) }
        switch words.count {
        case 1:
            let word = words[0]
            if word == "today" { return .date(today) }
            if word == "tomorrow" { return .date(today.adding(days: 1)) }
            if word == "yesterday" { return .date(today.adding(days: -1)) }
            if let weekday = CalendarNames.weekday(named: word) {
                return .date(past ? last(weekday, before: today) : coming(weekday, after: today))
            }
            if let month = CalendarNames.month(named: word) {
                return .date(past ? last(month: month, onOrBefore: today) : coming(month: month, after: today))
            }
            // `2030`: a year stands for its first day.
            if word.count == 4, let year = digitsValue(word), year >= 1900 {
                return CalendarDate(year: year, month: 1, day: 1).map(DateReading.date) ?? .noSuchDay
            }
            return readNumericDate(word)
        case 2:
            if let weekday = CalendarNames.weekday(named: words[1]) {
                if words[0] == "next" { return .date(coming(weekday, after: today)) }
                if words[0] == "this" { return .date(coming(weekday, onOrAfter: today)) }
            }
            if words[0] == "next", let month = CalendarNames.month(named: words[1]) {
                return .date(coming(month: month, after: today))
            }
            if words[0] == "last", let month = CalendarNames.month(named: words[1]) {
                return .date(last(month: month, before: today))
            }
            if words[0] == "last", let weekday = CalendarNames.weekday(named: words[1]) {
                return .date(last(weekday, before: today))
            }
            if words[0] == "last" {
                switch words[1] {
                case "week": return .date(today.adding(days: -7))
                case "month": return .date(today.adding(months: -1))
                case "year": return .date(today.adding(months: -12))
                default: break
                }
            }
            if words[0] == "next" {
                switch words[1] {
                case "week": return .date(today.adding(days: 7))
                case "month": return .date(today.adding(months: 1))
                case "year": return .date(today.adding(months: 12))
                default: break
                }
            }
            // `june 2027`: a month and a year stand for the month's first day.
            if let month = CalendarNames.month(named: words[0]), words[1].count == 4, let year = digitsValue(words[1]) {
                return CalendarDate(year: year, month: month, day: 1).map(DateReading.date) ?? .noSuchDay
            }
            return readMonthDay(words, today: today, past: past)
        case 3:
            if words[0] == "in" { return readOffset(count: words[1], unit: words[2], today: today) }
            if words[2] == "ago" { return readOffset(count: words[0], unit: words[1], today: today, sign: -1) }
            return readMonthDay(words, today: today, past: past)
        default:
            return .unreadable
        }
    }

    /// The first `weekday` strictly after `today`: on a Friday, `friday` means a week later.
    private static func coming(_ weekday: Int, after today: CalendarDate) -> CalendarDate {
        let ahead = (weekday - today.weekday + 7) % 7
        return today.adding(days: ahead == 0 ? 7 : ahead)
    }

    /// `september`, `next september`: the first day of the next such month after this one.
    private static func coming(month: Int, after today: CalendarDate) -> CalendarDate {
        let year = month > today.month ? today.year : today.year + 1
        return CalendarDate(year: year, month: month, day: 1)!
    }

    /// The last `weekday` strictly before `today`.
    private static func last(_ weekday: Int, before today: CalendarDate) -> CalendarDate {
        let behind = (today.weekday - weekday + 7) % 7
        return today.adding(days: behind == 0 ? -7 : -behind)
    }

    /// `last march`: the first day of the latest such month before this one.
    private static func last(month: Int, before today: CalendarDate) -> CalendarDate {
        let year = month < today.month ? today.year : today.year - 1
        return CalendarDate(year: year, month: month, day: 1)!
    }

    /// `march` asked about the past: this month counts.
    private static func last(month: Int, onOrBefore today: CalendarDate) -> CalendarDate {
        let year = month <= today.month ? today.year : today.year - 1
        return CalendarDate(year: year, month: month, day: 1)!
    }

    /// `this friday`: today if today is that weekday.
    private static func coming(_ weekday: Int, onOrAfter today: CalendarDate) -> CalendarDate {
        today.adding(days: (weekday - today.weekday + 7) % 7)
    }

    /// `2026-12-03`, and the same with one-digit parts or slashes; year first, so never ambiguous.
    private static func readNumericDate(_ word: String) -> DateReading {
        let separator: Character = word.contains("/") ? "/" : "-"
        let parts = word.split(separator: separator, omittingEmptySubsequences: false)
        // `2027-06`: a year and a month stand for the month's first day.
        if parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
           let year = digitsValue(String(parts[0])), let month = digitsValue(String(parts[1])) {
            return CalendarDate(year: year, month: month, day: 1).map(DateReading.date) ?? .noSuchDay
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return .unreadable }
        return CalendarDate(year: year, month: month, day: day).map(DateReading.date) ?? .noSuchDay
    }

    /// `in 3 days`, `in a week`, `in 6 months`, `in two years`.
    private static func readOffset(count word: String, unit: String, today: CalendarDate, sign: Int = 1) -> DateReading {
        guard let magnitude = countWords[word] ?? digitsValue(word), magnitude <= largestCount else { return .unreadable }
        let count = sign * magnitude
        switch unit {
        case "day", "days": return .date(today.adding(days: count))
        case "week", "weeks": return .date(today.adding(days: 7 * count))
        case "month", "months": return .date(today.adding(months: count))
        case "year", "years": return .date(today.adding(months: 12 * count))
        default: return .unreadable
        }
    }

    /// `dec 3`, `3 december`, `december 3rd 2027`, `3 dec 2027`. Without a year, the next such day on or
    /// after today, looking far enough ahead to reach a February 29th.
    private static func readMonthDay(_ words: [String], today: CalendarDate, past: Bool) -> DateReading {
        guard words.count == 2 || words.count == 3 else { return .unreadable }
        let month: Int, dayWord: String
        if let named = CalendarNames.month(named: words[0]) {
            (month, dayWord) = (named, words[1])
        } else if let named = CalendarNames.month(named: words[1]) {
            (month, dayWord) = (named, words[0])
        } else {
            return .unreadable
        }
        guard let day = dayOfMonth(dayWord) else { return .unreadable }
        if words.count == 3 {
            guard words[2].count == 4, let year = digitsValue(words[2]) else { return .unreadable }
            return CalendarDate(year: year, month: month, day: day).map(DateReading.date) ?? .noSuchDay
        }
        if past {
            for year in stride(from: today.year, through: today.year - 8, by: -1) {
                if let date = CalendarDate(year: year, month: month, day: day), date <= today { return .date(date) }
            }
            return .noSuchDay
        }
        for year in today.year...(today.year + 8) {
            if let date = CalendarDate(year: year, month: month, day: day), date >= today { return .date(date) }
        }
        return .noSuchDay
    }

    /// A day of the month in one or two digits, with or without an ordinal ending (`3`, `3rd`, `21st`).
    private static func dayOfMonth(_ word: String) -> Int? {
        var digits = Substring(word)
        for ending in ["st", "nd", "rd", "th"] where digits.hasSuffix(ending) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count) else { return nil }
        return digitsValue(String(digits))
    }

    private static func digitsValue(_ word: String) -> Int? {
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(word)
    }
}
