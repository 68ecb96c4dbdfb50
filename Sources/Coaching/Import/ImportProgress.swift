/// The text of a progress bar for a long import, redrawn by the caller on one terminal line.
public enum ImportProgress {
    /// `Saving    [##########--------------]  12,000 of 30,000`: at most `barWidth + 40` characters, so it
    /// fits an 80-column terminal and a redraw covers the previous one.
    public static func line(_ label: String, done: Int, total: Int, barWidth: Int = 24) -> String {
        let total = max(total, 1)
        let done = min(max(done, 0), total)
        let filled = done * barWidth / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
        let padded = label.count < 9 ? label + String(repeating: " ", count: 9 - label.count) : label
        return "\(padded) [\(bar)] \(grouped(done)) of \(grouped(total))"
    }

    /// `30000` → `30,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
