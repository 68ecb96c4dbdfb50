import DialogueEngine

/// Reads LinkedIn's `Connections.csv` (Settings & Privacy → Data privacy → Get a copy of your data).
///
/// A real export begins with a few lines of notes, a blank line, then the header; older exports have no
/// URL column. Columns are found by their names, so their order does not matter. A row that cannot be
/// read is skipped and reported with its line; every other row is kept.
public enum LinkedInConnections {
    /// The header of a current export.
    public static let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    /// The header of an export from before LinkedIn added profile URLs.
    public static let olderHeader = "First Name,Last Name,Email Address,Company,Position,Connected On"

    /// The columns coach reads, by their names in the header (compared without case or surrounding spaces).
    enum Column: String, CaseIterable {
        case firstName = "first name"
        case lastName = "last name"
        case url
        case email = "email address"
        case company
        case position
        case connectedOn = "connected on"

        /// The name as the export writes it, for messages.
        var title: String {
            switch self {
            case .firstName: "First Name"
            case .lastName: "Last Name"
            case .url: "URL"
            case .email: "Email Address"
            case .company: "Company"
            case .position: "Position"
            case .connectedOn: "Connected On"
            }
        }
    }

    /// Reads `text` (a leading byte-order mark is ignored). `progress` is called now and then with the
    /// physical line reached, for a progress bar.
    public static func parse(_ text: String, progress: (Int) -> Void = { _ in }) -> Result<ContactFile, NotAContactFile> {
        var reader = CSVReader(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        var header: (columns: [Column: Int], count: Int, names: [String], line: Int)?
        var file = ContactFile()
        var records = 0
        while let item = reader.next() {
            records += 1
            if records % 512 == 0 { progress(reader.currentLine) }
            guard let found = header else {
                // Everything before the header is LinkedIn's notes: quoted prose, read as CSV and passed over.
                if case let .record(fields, line) = item, let columns = columns(in: fields) {
                    header = (columns, fields.count, fields.map(trimmed), line)
                }
                continue
            }
            switch item {
            case let .malformed(malformation, line):
                file.skipped.append(ImportProblem(line: line, reason: reason(malformation, names: found.names)))
            case let .record(fields, line):
                if fields.count == 1, trimmed(fields[0]).isEmpty { continue }
                // Two exports pasted together repeat the header: it is not a person called First Name.
                if fields.map({ trimmed($0).lowercased() }) == found.names.map({ $0.lowercased() }) { continue }
                guard fields.count == found.count else {
                    let name = fields.prefix(2).map(trimmed).filter { !$0.isEmpty }.joined(separator: " ")
                    let who = name.isEmpty ? "" : " (\(name))"
                    let hint = fields.count > found.count ? " (a comma outside quotes?)" : ""
                    file.skipped.append(ImportProblem(
                        line: line,
                        reason: "\(fields.count) fields\(who), but the header on line \(found.line) has \(found.count)\(hint)"))
                    continue
                }
                readRow(fields, line: line, columns: found.columns, into: &file)
            }
        }
        progress(reader.currentLine)
        guard header != nil else {
            return .failure(NotAContactFile(reason: """
                a LinkedIn Connections.csv: no header line was found. Expected '\(Self.header)' \
                (or, from older exports, '\(olderHeader)')
                """))
        }
        return .success(file)
    }

    /// The columns of a header row: it names at least First Name and Last Name.
    private static func columns(in fields: [String]) -> [Column: Int]? {
        var columns: [Column: Int] = [:]
        for (index, field) in fields.enumerated() {
            if let column = Column(rawValue: trimmed(field).lowercased()), columns[column] == nil {
                columns[column] = index
            }
        }
        guard columns[.firstName] != nil, columns[.lastName] != nil else { return nil }
        return columns
    }

    private static func readRow(_ fields: [String], line: Int, columns: [Column: Int], into file: inout ContactFile) {
        func value(_ column: Column) -> String? {
            guard let index = columns[column] else { return nil }
            let text = trimmed(fields[index])
            return text.isEmpty ? nil : text
        }
        let firstName = value(.firstName) ?? "", lastName = value(.lastName) ?? ""
        guard !firstName.isEmpty || !lastName.isEmpty else {
            file.skipped.append(ImportProblem(line: line, reason: "no first or last name"))
            return
        }
        var connectedOn: CalendarDate?
        if let text = value(.connectedOn) {
            connectedOn = date(text)
            if connectedOn == nil {
                file.notes.append(ImportProblem(
                    line: line, reason: "'Connected On' is \"\(text)\", not a date like 15 Mar 2024; imported without it"))
            }
        }
        let contact = Contact(id: "", firstName: firstName, lastName: lastName, company: value(.company),
                              position: value(.position), url: value(.url), email: value(.email),
                              connectedOn: connectedOn, source: "linkedin")
        file.rows.append(ContactFile.Row(contact: contact, line: line))
    }

    private static func reason(_ malformation: CSVReader.Malformation, names: [String]) -> String {
        func name(_ field: Int) -> String {
            field <= names.count && !names[field - 1].isEmpty ? "the \(names[field - 1]) field" : "field \(field)"
        }
        switch malformation {
        case let .unclosedQuote(field):
            return "the quote that opens \(name(field)) is never closed"
        case let .textAfterClosingQuote(field):
            return "text after the closing quote of \(name(field)) (a quote inside quotes is written \"\")"
        case let .quoteInUnquotedField(field):
            return "a quote inside \(name(field)), which is not in quotes"
        }
    }

    /// `15 Mar 2024`, `5 March 2024`, `15-Mar-24` or `2024-03-15`.
    static func date(_ text: String) -> CalendarDate? {
        if let iso = CalendarDate(iso: text) { return iso }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts[0].count <= 2, let day = Int(parts[0]), let month = month(parts[1]),
              parts[2].allSatisfy(\.isASCII), var year = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2
        else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return CalendarDate(year: year, month: month, day: day)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    /// An English month name or its three-letter abbreviation (and `Sept`), ignoring case.
    private static func month(_ word: String) -> Int? {
        let word = word.lowercased().trimmingSuffix(".")
        if let index = months.firstIndex(of: word) ?? monthNames.firstIndex(of: word) { return index + 1 }
        return word == "sept" ? 9 : nil
    }

    /// Without surrounding whitespace; by index, since it runs on every field of every row.
    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return first == text.startIndex && last == text.index(before: text.endIndex) ? text : String(text[first...last])
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
