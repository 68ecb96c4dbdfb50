/// What a contact import did, for `coach import linkedin` and `coach import vcard` to print.
public struct ContactImportReport: Hashable, Sendable {
    /// An existing contact the import changed.
    public struct Update: Hashable, Sendable {
        public var name: String
        public var fields: [String]

        public init(name: String, fields: [String]) {
            self.name = name
            self.fields = fields
        }
    }

    /// Rows or cards in the file, read or skipped.
    public var read: Int
    public var added = 0
    public var updated: [Update] = []
    public var unchanged = 0
    /// Rows that were the same person as an earlier row of the file, merged into it.
    public var duplicates = 0
    public var skipped: [ImportProblem]
    /// Rows kept with a remark: merged into an earlier row, or imported without an unreadable date.
    public var notes: [ImportProblem]

    public init(read: Int, added: Int = 0, updated: [Update] = [], unchanged: Int = 0, duplicates: Int = 0,
                skipped: [ImportProblem] = [], notes: [ImportProblem] = []) {
        self.read = read
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.duplicates = duplicates
        self.skipped = skipped
        self.notes = notes
    }

    /// How many updated contacts are named; the rest are counted.
    public static let namedUpdates = 20
    /// How many notes are listed; the rest are counted. Skipped rows are always all listed.
    public static let listedNotes = 50

    /// The summary, every line of text from the file cleaned of escape and control characters:
    ///
    ///     Read 31 rows from 'Connections.csv' into the profile 'default': 28 added, 1 updated, 0 unchanged, 2 skipped.
    ///     Updated:
    ///       Ana Ruiz: position, email
    ///     Skipped:
    ///       line 9: the quote that opens the Company field is never closed
    public func render(file: String, profile: String, unit: (one: String, many: String) = ("row", "rows")) -> String {
        var lines: [String] = []
        let counts = "\(added) added, \(updated.count) updated, \(unchanged) unchanged, \(skipped.count) skipped"
        let merged = duplicates > 0 ? ", \(duplicates) merged into an earlier \(unit.one)" : ""
        lines.append("Read \(read) \(read == 1 ? unit.one : unit.many) from \(DisplayText.clean(file)) into the profile "
                     + "'\(DisplayText.clean(profile))': \(counts)\(merged).")
        if added == 0 && updated.isEmpty { lines.append("Nothing in the profile changed.") }
        if !updated.isEmpty {
            lines.append("Updated:")
            for update in updated.prefix(Self.namedUpdates) {
                lines.append("  \(DisplayText.clean(update.name)): \(update.fields.joined(separator: ", "))")
            }
            if updated.count > Self.namedUpdates { lines.append("  … and \(updated.count - Self.namedUpdates) more") }
        }
        if !skipped.isEmpty {
            lines.append("Skipped:")
            for problem in skipped { lines.append("  " + DisplayText.clean(problem.description)) }
        }
        if !notes.isEmpty {
            lines.append("Notes:")
            for note in notes.prefix(Self.listedNotes) { lines.append("  " + DisplayText.clean(note.description)) }
            if notes.count > Self.listedNotes { lines.append("  … and \(notes.count - Self.listedNotes) more") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
