import DialogueEngine

/// A moment in UTC to the second, written `2026-12-03T18:00:00Z`. Pure: made from text or numbers,
/// never from a clock.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int

    public init(secondsSinceEpoch: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    public init(date: CalendarDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        secondsSinceEpoch = date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (seconds optional, `Z` required: times are stored in UTC).
    public init?(iso text: String) {
        guard text.hasSuffix("Z"), let t = text.firstIndex(of: "T"),
              let date = CalendarDate(iso: String(text[..<t])) else { return nil }
        let clock = text[text.index(after: t)..<text.index(before: text.endIndex)].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3,
              clock.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(clock[0]), let minute = Int(clock[1]) else { return nil }
        let second = clock.count == 3 ? Int(clock[2])! : 0
        guard hour < 24, minute < 60, second < 60 else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    public var date: CalendarDate {
        CalendarDate(dayNumber: Int((Double(secondsSinceEpoch) / 86_400).rounded(.down)))
    }

    public var iso: String {
        let seconds = secondsSinceEpoch - date.dayNumber * 86_400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.iso)T\(pad(seconds / 3_600)):\(pad(seconds % 3_600 / 60)):\(pad(seconds % 60))Z"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}
