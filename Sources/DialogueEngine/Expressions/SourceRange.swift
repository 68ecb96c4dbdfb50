/// Where a piece of a condition sits in its text: 1-based columns counted in Characters, both ends
/// inclusive, so `stage` in `stage == 'x'` is 1...5.
///
/// Columns are relative to the expression text alone; the compiler adds the YAML line and the
/// column where the string starts to turn them into file:line:column diagnostics.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Column of the first character.
    public var start: Int
    /// Column of the last character (inclusive).
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// How many characters the range covers.
    public var length: Int { end - start + 1 }

    /// The smallest range covering both, for a node that spans its operands.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var description: String { start == end ? "column \(start)" : "columns \(start)-\(end)" }
}
