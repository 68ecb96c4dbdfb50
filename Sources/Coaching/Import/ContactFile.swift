/// Contacts read from an exported file, each with the line it began on, and the lines that could not be
/// read. What the LinkedIn and vCard readers hand to `ContactImport.merge`.
public struct ContactFile: Hashable, Sendable {
    /// One contact and where it came from in the file.
    public struct Row: Hashable, Sendable {
        /// Its id is empty: `ContactImport` gives a new contact its id.
        public var contact: Contact
        /// The physical line (from 1) where the row or card begins.
        public var line: Int

        public init(contact: Contact, line: Int) {
            self.contact = contact
            self.line = line
        }
    }

    public var rows: [Row]
    /// Rows or cards left out, with why.
    public var skipped: [ImportProblem]
    /// Rows kept with something left out of them, such as a date that could not be read.
    public var notes: [ImportProblem]

    public init(rows: [Row] = [], skipped: [ImportProblem] = [], notes: [ImportProblem] = []) {
        self.rows = rows
        self.skipped = skipped
        self.notes = notes
    }
}

/// Something about one line of an imported file.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The physical line (from 1).
    public var line: Int
    /// A short sentence, without the line number. May contain text from the file: clean it before showing it.
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}

/// Why a file could not be read as contacts at all: it is not the kind of file it was said to be.
public struct NotAContactFile: Error, Hashable, Sendable {
    /// What was looked for and not found, as a sentence to follow "FILE is not …".
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
