import _TestSupport
import DialogueEngine
import Testing
@testable import Coaching

/// Folding imported contacts into the profile's: added, updated, unchanged, and a second import that changes
/// nothing.
@Suite struct ContactImportTests {
    func row(_ first: String, _ last: String, company: String? = nil, position: String? = nil, url: String? = nil,
             email: String? = nil, line: Int, source: String = "linkedin") -> ContactFile.Row {
        ContactFile.Row(contact: Contact(id: "", firstName: first, lastName: last, company: company, position: position,
                                         url: url, email: email, source: source), line: line)
    }

    /// Applies changes as the store does: updates in place, additions at the end.
    func applied(_ changes: ContactChanges, to contacts: [Contact]) -> [Contact] {
        var result = contacts
        for contact in changes.updated {
            guard let index = result.firstIndex(where: { $0.id == contact.id }) else {
                Issue.record("update of unknown id \(contact.id)")
                continue
            }
            result[index] = contact
        }
        return result + changes.added
    }

    @Test func newContactsGetStableReadableUniqueIds() {
        let file = ContactFile(rows: [
            row("Sam", "Lee", company: "Acme", url: "https://www.linkedin.com/in/sam-lee-4b2a/", line: 5),
            row("José", "Núñez", company: "Café Luna", line: 6),
            row("José", "Núñez", company: "Café Luna S.A.", line: 7),
            row("日本", "太郎", line: 8),
            row("!!", "", line: 9),
            row("Sam", "Lee", company: "Other", url: "linkedin.com/in/SAM-LEE-4b2a-x", line: 10),
        ])
        let existing = [Contact(id: "jose-nunez-cafe-luna-s-a", firstName: "Someone", lastName: "Else")]
        let (changes, report) = ContactImport.merge(file, into: existing)
        #expect(changes.added.map(\.id) == ["sam-lee-4b2a", "jose-nunez-cafe-luna", "jose-nunez-cafe-luna-s-a-2",
                                            "日本-太郎", "contact", "sam-lee-4b2a-x"])
        #expect(changes.added.allSatisfy { $0.source == "linkedin" })
        #expect(changes.updated.isEmpty)
        #expect(report.added == 6)
        // The same file into the same profile gives the same ids.
        #expect(ContactImport.merge(file, into: existing).0 == changes)
    }

    @Test func aSecondImportOfTheSameFileChangesNothing() {
        let file = ContactFile(rows: [
            row("Sam", "Lee", company: "Acme", position: "Analyst", url: "https://www.linkedin.com/in/samlee", line: 5),
            row("Ana", "Ruiz", company: "Globex", line: 6),
            row("ana", "RUIZ", company: "globex", email: "ana@globex.example", line: 7),  // the same person again
        ], skipped: [ImportProblem(line: 8, reason: "no first or last name")])
        let (first, firstReport) = ContactImport.merge(file, into: [])
        #expect(first.added.count == 2)
        #expect(firstReport.added == 2)
        #expect(firstReport.duplicates == 1)
        #expect(firstReport.notes == [ImportProblem(line: 7, reason: "the same person as line 6 (Ana Ruiz); merged into it")])
        #expect(first.added[1].email == "ana@globex.example")
        #expect(first.added[1].firstName == "ana")  // the later row's values win, as in ProfileMerge

        let profile = applied(first, to: [])
        let (second, secondReport) = ContactImport.merge(file, into: profile)
        #expect(second.isEmpty)
        #expect(secondReport.added == 0)
        #expect(secondReport.updated.isEmpty)
        #expect(secondReport.unchanged == 2)
        #expect(secondReport.read == 4)
        #expect(secondReport.skipped == file.skipped)
    }

    @Test func aContactAlreadyKnownIsUpdatedByURLKeepingWhatTheFileLacks() throws {
        let known = Contact(id: "c1", firstName: "Sam", lastName: "Lee", company: "Acme", position: "Analyst",
                            url: "https://www.linkedin.com/in/samlee/", email: "sam@old.example", phone: "+1 555",
                            howMet: "career fair", tags: ["alumni"], notes: "Likes SQL", cadenceDays: 90, source: "manual")
        let file = ContactFile(rows: [
            row("Sam", "Lee", company: "Globex", position: "Senior Analyst", url: "HTTP://linkedin.com/in/SamLee", line: 5),
        ])
        let (changes, report) = ContactImport.merge(file, into: [known])
        let updated = try #require(changes.updated.first)
        #expect(changes.added.isEmpty)
        #expect(updated.id == "c1")
        #expect(updated.company == "Globex")
        #expect(updated.position == "Senior Analyst")
        #expect(updated.url == known.url)          // the same profile written another way keeps its spelling
        #expect(updated.email == "sam@old.example")  // a blank email in the file keeps the one we had
        #expect(updated.howMet == "career fair")
        #expect(updated.tags == ["alumni"])
        #expect(updated.cadenceDays == 90)
        #expect(updated.source == "manual")        // where the contact came from first
        #expect(report.updated == [ContactImportReport.Update(name: "Sam Lee", fields: ["company", "position"])])
        #expect(report.unchanged == 0)
    }

    @Test func withoutURLsNameAndCompanyMatchIgnoringCase() {
        let known = [
            Contact(id: "c1", firstName: "Bo", lastName: "Li", company: "Acme"),
            Contact(id: "c2", firstName: "Bo", lastName: "Li", company: "Globex", url: "linkedin.com/in/boli-globex"),
        ]
        let file = ContactFile(rows: [
            row("BO", "li ", company: " ACME", position: "CTO", line: 5),                        // c1, by name and company
            row("Bo", "Li", company: "Globex", position: "CFO", line: 6),                        // c2: no URL in the row
            row("Bo", "Li", company: "Acme", url: "linkedin.com/in/another-bo", line: 7),        // c1 has no URL: the same
            row("Bo", "Li", company: "Globex", url: "linkedin.com/in/a-third-bo", line: 8),      // different URLs: new
            row("Bo", "Li", line: 9),                                                            // no company: new
        ])
        let (changes, report) = ContactImport.merge(file, into: known)
        #expect(changes.updated.map(\.id) == ["c1", "c2"])
        #expect(changes.updated[0].position == "CTO")
        #expect(changes.updated[0].url == "linkedin.com/in/another-bo")
        #expect(changes.updated[1].position == "CFO")
        #expect(changes.added.map(\.url) == ["linkedin.com/in/a-third-bo", nil])
        #expect(report.duplicates == 1)  // line 7 is the same person as line 5
    }

    @Test func unchangedContactsAreCountedAndNotWritten() {
        let known = Contact(id: "c1", firstName: "Sam", lastName: "Lee", company: "Acme", url: "https://www.linkedin.com/in/samlee",
                            source: "linkedin")
        let file = ContactFile(rows: [row("Sam", "Lee", company: "Acme", url: "https://www.linkedin.com/in/samlee", line: 5)])
        let (changes, report) = ContactImport.merge(file, into: [known])
        #expect(changes.isEmpty)
        #expect(report.unchanged == 1)
    }

    /// The index must find exactly whom ProfileMerge's rule finds, in the same order: random contacts from a
    /// small pool of names, companies and URL spellings are merged both ways and must come out the same.
    @Test(arguments: 0..<40)
    func matchesAsProfileMergeDoes(seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        func pick<T>(_ items: [T]) -> T { items[rng.below(items.count)] }
        func contact(_ id: String) -> Contact {
            Contact(id: id, firstName: pick(["Ana", "ana", "Bo"]), lastName: pick(["Ruiz", "Li", " li"]),
                    company: pick([nil, "Acme", "ACME ", "Globex"]), position: pick([nil, "Dev", "CTO"]),
                    url: pick([nil, nil, "https://www.linkedin.com/in/a", "linkedin.com/in/A/", "linkedin.com/in/b", ""]),
                    email: pick([nil, "x@example.com"]), tags: pick([[], ["alumni"]]))
        }
        let existing = (0..<rng.below(8)).map { contact("c\($0)") }
        let incoming = (0..<rng.below(10)).map { contact("n\($0)") }

        var left = Profile(), right = Profile()
        left.contacts = existing
        right.contacts = incoming
        let expected = ProfileMerge.merge(right, into: left).0.contacts
        let file = ContactFile(rows: incoming.enumerated().map { ContactFile.Row(contact: $1, line: $0 + 1) })
        let (changes, _) = ContactImport.merge(file, into: existing)
        let actual = applied(changes, to: existing)
        // Ids of added contacts are made differently on purpose; everything else must agree.
        func withoutAddedIds(_ contacts: [Contact]) -> [Contact] {
            contacts.enumerated().map { index, contact in
                var contact = contact
                if index >= existing.count { contact.id = "" }
                return contact
            }
        }
        #expect(withoutAddedIds(actual) == withoutAddedIds(expected))
    }
}

/// The summary the import prints.
@Suite struct ContactImportReportTests {
    @Test func countsThenUpdatesSkippedAndNotes() {
        let report = ContactImportReport(
            read: 7, added: 3, updated: [ContactImportReport.Update(name: "Sam Lee", fields: ["company", "position"])],
            unchanged: 0, duplicates: 1,
            skipped: [ImportProblem(line: 6, reason: "the quote that opens the Last Name field is never closed"),
                      ImportProblem(line: 9, reason: "no first or last name")],
            notes: [ImportProblem(line: 8, reason: "the same person as line 5 (Ana Ruiz); merged into it")])
        #expect(report.render(file: "'Connections.csv'", profile: "default") == """
            Read 7 rows from 'Connections.csv' into the profile 'default': 3 added, 1 updated, 0 unchanged, 2 skipped, \
            1 merged into an earlier row.
            Updated:
              Sam Lee: company, position
            Skipped:
              line 6: the quote that opens the Last Name field is never closed
              line 9: no first or last name
            Notes:
              line 8: the same person as line 5 (Ana Ruiz); merged into it

            """)
    }

    @Test func nothingChangedIsSaid() {
        let report = ContactImportReport(read: 1, unchanged: 1)
        #expect(report.render(file: "standard input", profile: "work", unit: ("card", "cards")) == """
            Read 1 card from standard input into the profile 'work': 0 added, 0 updated, 1 unchanged, 0 skipped.
            Nothing in the profile changed.

            """)
    }

    @Test func longListsOfUpdatesAndNotesAreCut() {
        let report = ContactImportReport(
            read: 100, updated: (1...25).map { .init(name: "P\($0)", fields: ["email"]) },
            notes: (1...60).map { ImportProblem(line: $0, reason: "note") })
        let text = report.render(file: "f", profile: "p")
        #expect(text.contains("  P20: email\n  … and 5 more\n"))
        #expect(!text.contains("P21"))
        #expect(text.contains("  line 50: note\n  … and 10 more\n"))
    }

    @Test func textFromTheFileIsShownWithoutEscapeOrControlCharacters() throws {
        let file = "First Name,Last Name,URL\n"
            + "\u{1B}]0;pwned\u{07}Eve\u{1B}[31m,Evil\u{1B}[2J,https://www.linkedin.com/in/eve\n"
            + "\u{1B}]0;pwned\u{07}Eve\u{1B}[31m,Evil\u{1B}[2J,https://www.linkedin.com/in/eve\n"
            + "Mal\u{1B}[1m,Lory\u{07},x,extra\n"
        let contacts = try LinkedInConnections.parse(file).get()
        let known = Contact(id: "e", firstName: "Old", lastName: "Name", url: "https://www.linkedin.com/in/eve")
        let (_, report) = ContactImport.merge(contacts, into: [known])
        let text = report.render(file: "'evil\u{1B}[8m.csv'", profile: "default")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("from 'evil.csv'"))
        #expect(text.contains("  Eve Evil: first name, last name, source\n"))
        #expect(text.contains("line 3: the same person as line 2 (Eve Evil); merged into it"))
        #expect(text.contains("line 4: 4 fields (Mal Lory), but the header on line 1 has 3"))
    }
}
