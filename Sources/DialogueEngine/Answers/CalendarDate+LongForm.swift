extension CalendarDate {
    /// The date as people say it, e.g. "Friday 4 December 2026", so an echoed answer shows which day
    /// `next friday` turned out to be.
    var longForm: String {
        "\(CalendarNames.weekdays[weekday - 1]) \(day) \(CalendarNames.months[month - 1]) \(year)"
    }
}
