/// Folds contacts read from a LinkedIn or vCard export into the profile's contacts. Pure.
///
/// The same person is found as `ProfileMerge` finds them (the same profile URL, else the same name at the
/// same company, without case), and updated the same way: values from the file win where it has them,
/// tags are unioned, nothing is removed. Where a contact came from first stays its source. Importing the
/// same file again changes nothing.
public enum ContactImport {
    /// The contacts to add and to change, and what to tell the user.
    public static func merge(_ file: ContactFile, into existing: [Contact]) -> (ContactChanges, ContactImportReport) {
        var contacts = existing
        var index = ContactIndex(existing)
        var taken = Set(existing.map(\.id))
        /// The line of the first row that matched or added each contact this import touched.
        var firstLine: [Int: Int] = [:]
        var report = ContactImportReport(read: file.rows.count + file.skipped.count, skipped: file.skipped,
                                         notes: file.notes)

        for row in file.rows {
            if let position = index.firstMatch(for: row.contact, in: contacts) {
                let old = contacts[position]
                if let earlier = firstLine[position] {
                    report.notes.append(ImportProblem(
                        line: row.line, reason: "the same person as line \(earlier) (\(name(old))); merged into it"))
                    report.duplicates += 1
                } else {
                    firstLine[position] = row.line
                }
                var new = ProfileMerge.mergedContact(row.contact, into: old)
                new.source = old.source ?? row.contact.source
                contacts[position] = new
                index.update(from: old, to: new, at: position)
            } else {
                var added = row.contact
                added.id = ContactId.unique(for: added, taken: &taken)
                contacts.append(added)
                index.insert(added, at: contacts.count - 1)
                firstLine[contacts.count - 1] = row.line
            }
        }

        var changes = ContactChanges(added: Array(contacts[existing.count...]))
        for position in firstLine.keys.sorted() where position < existing.count {
            let old = existing[position], new = contacts[position]
            if old == new {
                report.unchanged += 1
            } else {
                changes.updated.append(new)
                report.updated.append(ContactImportReport.Update(name: name(new), fields: changedFields(old, new)))
            }
        }
        report.added = changes.added.count
        report.notes.sort { $0.line < $1.line }
        return (changes, report)
    }

    static func name(_ contact: Contact) -> String {
        [contact.firstName, contact.lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The names of the fields that differ, as the user knows them.
    static func changedFields(_ old: Contact, _ new: Contact) -> [String] {
        let fields: [(String, (Contact) -> AnyHashable?)] = [
            ("first name", { $0.firstName }), ("last name", { $0.lastName }), ("company", { $0.company }),
            ("position", { $0.position }), ("URL", { $0.url }), ("email", { $0.email }), ("phone", { $0.phone }),
            ("how met", { $0.howMet }), ("tags", { $0.tags }), ("notes", { $0.notes }),
            ("connected on", { $0.connectedOn }), ("last interaction", { $0.lastInteraction }),
            ("cadence", { $0.cadenceDays }), ("source", { $0.source }),
        ]
        return fields.filter { $0.1(old) != $0.1(new) }.map(\.0)
    }
}

/// What an import writes: new contacts, in the order of the file, and existing ones with their new values.
public struct ContactChanges: Hashable, Sendable {
    public var added: [Contact]
    public var updated: [Contact]

    public init(added: [Contact] = [], updated: [Contact] = []) {
        self.added = added
        self.updated = updated
    }

    public var isEmpty: Bool { added.isEmpty && updated.isEmpty }
}
