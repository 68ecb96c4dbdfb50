/// A day and a time of day on the user's own clock, without a time zone: when an event starts.
/// "Thursday at 6 pm" means 6 pm wherever the user is, so nothing here converts between zones.
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let date: CalendarDate
    /// Minutes after midnight, 0 to 1439.
    public let minutes: Int

    public init?(date: CalendarDate, hour: Int, minute: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.date = date
        minutes = hour * 60 + minute
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// Parses `YYYY-MM-DDTHH:MM` (a space for the `T` is accepted too).
    public init?(iso text: String) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(clock[0]), let minute = Int(clock[1]) else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    /// `2026-12-03T18:00`.
    public var iso: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.iso)T\(pad(hour)):\(pad(minute))"
    }

    public var description: String { iso }

    /// `6 pm`, `6:30 pm`, `noon`, `midnight`: the time as people say it.
    public var timeOfDay: String {
        if minutes == 12 * 60 { return "noon" }
        if minutes == 0 { return "midnight" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        let suffix = hour < 12 ? "am" : "pm"
        return minute == 0 ? "\(twelve) \(suffix)" : "\(twelve):\(minute < 10 ? "0" : "")\(minute) \(suffix)"
    }

    /// `Thursday 3 December 2026, 6 pm`.
    public var longForm: String { "\(date.longForm), \(timeOfDay)" }

    /// `3 December 2026, 6 pm`, inside a sentence.
    public var mediumForm: String { "\(date.mediumForm), \(timeOfDay)" }

    /// The moment `count` minutes later, across midnight when it comes.
    public func adding(minutes count: Int) -> LocalDateTime {
        let total = date.dayNumber * 1440 + minutes + count
        let day = Int((Double(total) / 1440).rounded(.down))
        let rest = total - day * 1440
        return LocalDateTime(date: CalendarDate(dayNumber: day), hour: rest / 60, minute: rest % 60)!
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.minutes) < (rhs.date, rhs.minutes)
    }
}
