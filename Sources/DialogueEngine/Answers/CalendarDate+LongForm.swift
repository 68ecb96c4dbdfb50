extension CalendarDate {
    /// The date as people say it, e.g. "Friday 4 December 2026", so an echoed answer shows which day
    /// `next friday` turned out to be.
    public var longForm: String {
        "\(CalendarNames.weekdays[weekday - 1]) \(mediumForm)"
    }

    /// `1 June 2027`: how a stored date reads inside a sentence.
    public var mediumForm: String {
        "\(day) \(CalendarNames.months[month - 1]) \(year)"
    }
}

extension CalendarDate {
    /// `June 2027`: a date as a month, for deadlines said in passing.
    public var dayAndMonth: String { "\(day) \(CalendarNames.months[month - 1])" }

    public var monthAndYear: String { "\(CalendarNames.months[month - 1]) \(year)" }
}
