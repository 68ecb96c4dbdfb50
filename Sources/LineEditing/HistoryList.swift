/// The lines a user entered, oldest first: bounded, with blank lines and consecutive duplicates
/// dropped. Pure; `HistoryFile` stores it.
public struct HistoryList: Equatable, Sendable {
    public static let defaultCapacity = 1_000

    public private(set) var entries: [String]
    public let capacity: Int

    public init(_ entries: [String] = [], capacity: Int = HistoryList.defaultCapacity) {
        self.capacity = max(1, capacity)
        self.entries = []
        for entry in entries { append(entry) }
    }

    /// Adds `line`; returns false when it was dropped (blank, or the same as the last entry).
    @discardableResult
    public mutating func append(_ line: String) -> Bool {
        guard !line.allSatisfy(\.isWhitespace), entries.last != line else { return false }
        entries.append(line)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return true
    }
}

/// The history file's text: libedit's `_HiStOrY_V2_` format, one entry a line, with spaces,
/// control characters and backslashes written as `\ooo` octal escapes (so `H_LOAD` and `strunvis`
/// read it too). UTF-8 passes through unchanged.
public enum HistoryFileFormat {
    public static let header = "_HiStOrY_V2_"

    public static func encode(_ entries: [String]) -> String {
        var text = header + "\n"
        for entry in entries {
            for scalar in entry.unicodeScalars {
                if scalar == " " || scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F {
                    text += "\\" + octal(scalar.value)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
            text += "\n"
        }
        return text
    }

    /// The entries of a history file. A file without the header is read as plain lines.
    public static func decode(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard lines.first == header else { return lines.filter { !$0.isEmpty } }
        return lines.dropFirst().filter { !$0.isEmpty }.map(unescape)
    }

    private static func octal(_ value: UInt32) -> String {
        let digits = String(value, radix: 8)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    private static func unescape(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                let octalDigits = scalars[(index + 1)...].prefix(3).prefix { ("0"..."7").contains($0) }
                if octalDigits.count == 3, let value = UInt32(String(String.UnicodeScalarView(octalDigits)), radix: 8),
                   let decoded = Unicode.Scalar(value) {
                    result.append(decoded)
                    index += 4
                    continue
                }
                switch next {
                case "\\": result.append("\\")
                case "s": result.append(" ")
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(next)
                }
                index += 2
                continue
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }
}
