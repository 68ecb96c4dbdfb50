/// Reads RFC 4180 CSV one record at a time, knowing the physical line every record starts on, and
/// reporting broken quoting instead of guessing.
///
/// Written here rather than taken from CSV.swift, the package the project allows, because that one
/// reports nothing for a stray or unclosed quote (fields come back merged) and gives no line numbers,
/// and an import must say which line of the file it skipped and why.
///
/// Line breaks are CRLF, LF or a lone CR; one inside a quoted field is kept as `\n`. After a malformed
/// record the reader starts again on the line after the one the record began on, so an unclosed quote
/// costs one line, not the rest of the file.
struct CSVReader {
    /// What broke a record. `field` counts from 1.
    enum Malformation: Error, Hashable, Sendable {
        /// A quoted field runs to the end of the file, or across lines into a quote followed by text.
        case unclosedQuote(field: Int)
        /// Something other than a comma or a line break follows a field's closing quote.
        case textAfterClosingQuote(field: Int)
        /// A quote inside a field that does not begin with one.
        case quoteInUnquotedField(field: Int)
    }

    enum Item: Hashable, Sendable {
        /// A record's fields, and the physical line (from 1) where it begins.
        case record([String], line: Int)
        case malformed(Malformation, line: Int)
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The physical line the next record would begin on.
    var currentLine: Int { line }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
                       cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// The next record or malformed record; nil at the end. Empty lines are passed over.
    mutating func next() -> Item? {
        while position < bytes.count, isLineBreak(bytes[position]) {
            skipLineBreak()
        }
        guard position < bytes.count else { return nil }
        let startPosition = position, startLine = line
        switch readRecord() {
        case let .success(fields):
            return .record(fields, line: startLine)
        case let .failure(malformation):
            resume(after: startPosition, line: startLine)
            return .malformed(malformation, line: startLine)
        }
    }

    private mutating func readRecord() -> Result<[String], Malformation> {
        var fields: [String] = []
        while true {
            let number = fields.count + 1
            let field = bytes[position] == Self.quote ? readQuoted(field: number) : readUnquoted(field: number)
            switch field {
            case let .success(text): fields.append(text)
            case let .failure(malformation): return .failure(malformation)
            }
            if position >= bytes.count { return .success(fields) }
            if bytes[position] == Self.comma {
                position += 1
                if position >= bytes.count || isLineBreak(bytes[position]) {
                    fields.append("")
                    if position < bytes.count { skipLineBreak() }
                    return .success(fields)
                }
                continue
            }
            // A line break ends the record.
            skipLineBreak()
            return .success(fields)
        }
    }

    /// From `position` (not a quote) to the next comma or line break.
    private mutating func readUnquoted(field: Int) -> Result<String, Malformation> {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma || isLineBreak(byte) { break }
            if byte == Self.quote { return .failure(.quoteInUnquotedField(field: field)) }
            position += 1
        }
        return .success(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    /// From the opening quote at `position` past the closing one; `""` is a quote, line breaks are kept.
    private mutating func readQuoted(field: Int) -> Result<String, Malformation> {
        position += 1
        var text: [UInt8] = []
        var chunkStart = position
        var spansLines = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.quote {
                text += bytes[chunkStart..<position]
                if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                    text.append(Self.quote)
                    position += 2
                    chunkStart = position
                    continue
                }
                position += 1
                if position < bytes.count, bytes[position] != Self.comma, !isLineBreak(bytes[position]) {
                    // Across lines, the quote that ended the field most likely opened a field of a later
                    // row: the one that opened this field was never closed.
                    return .failure(spansLines ? .unclosedQuote(field: field) : .textAfterClosingQuote(field: field))
                }
                return .success(String(decoding: text, as: UTF8.self))
            }
            if isLineBreak(byte) {
                text += bytes[chunkStart..<position]
                text.append(Self.lf)
                skipLineBreak()
                spansLines = true
                chunkStart = position
                continue
            }
            position += 1
        }
        return .failure(.unclosedQuote(field: field))
    }

    private func isLineBreak(_ byte: UInt8) -> Bool { byte == Self.lf || byte == Self.cr }

    /// Steps over one line break (CRLF counts as one) and counts the line.
    private mutating func skipLineBreak() {
        if bytes[position] == Self.cr, position + 1 < bytes.count, bytes[position + 1] == Self.lf {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    /// Goes back to the start of the line after `line`, which began at `start`.
    private mutating func resume(after start: Int, line: Int) {
        position = start
        self.line = line
        while position < bytes.count, !isLineBreak(bytes[position]) { position += 1 }
        if position < bytes.count { skipLineBreak() }
    }
}
