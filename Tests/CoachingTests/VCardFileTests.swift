import Testing
@testable import Coaching

/// vCard 3.0 and 4.0 as address books export them.
@Suite struct VCardFileTests {
    func parsed(_ lines: [String], ending: String = "\r\n") throws -> ContactFile {
        try VCardFile.parse(lines.joined(separator: ending) + ending).get()
    }

    @Test func aVersion3CardWithEveryField() throws {
        let result = try parsed([
            "BEGIN:VCARD",
            "VERSION:3.0",
            "N:Ruiz;Ana;María;Dr.;",
            "FN:Dr. Ana María Ruiz",
            "ORG:Globex\\, Inc.;Research;Lab 2",
            "TITLE:Head of Research",
            "EMAIL;TYPE=INTERNET;TYPE=WORK:ana@globex.example",
            "TEL;TYPE=CELL:+1 555 0100",
            "URL:https://www.linkedin.com/in/ana-ruiz",
            "NOTE:Met at the fair\\nLikes SQL\\; and tea",
            "END:VCARD",
        ])
        #expect(result.skipped.isEmpty)
        #expect(result.rows == [ContactFile.Row(contact: Contact(
            id: "", firstName: "Ana", lastName: "Ruiz", company: "Globex, Inc.", position: "Head of Research",
            url: "https://www.linkedin.com/in/ana-ruiz", email: "ana@globex.example", phone: "+1 555 0100",
            notes: "Met at the fair\nLikes SQL; and tea", source: "vcard"), line: 1)])
    }

    @Test func aVersion4CardWithURIValuesAndPreferences() throws {
        let result = try parsed([
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Bo Li",
            "EMAIL;TYPE=home:bo@home.example",
            "EMAIL;PREF=1;TYPE=work:bo@work.example",
            "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+1-555-0101",
            "URL:https://bo.example",
            "END:VCARD",
        ], ending: "\n")
        let contact = try #require(result.rows.first?.contact)
        #expect(contact.firstName == "Bo")
        #expect(contact.lastName == "Li")
        #expect(contact.email == "bo@work.example")
        #expect(contact.phone == "+1-555-0101")
        #expect(contact.url == "https://bo.example")
    }

    @Test func foldedLinesAreJoined() throws {
        let result = try parsed([
            "BEGIN:VCARD",
            "VERSION:3.0",
            "FN:Cy",
            " rus Oh",
            "NOTE:A long note that goes on",
            "\t and on, folded with a tab",
            "PHOTO;ENCODING=b;TYPE=JPEG:MIICajCCAdOgAwIBAgICBEUwDQYJKoZIhvcNAQEEBQAwdzELMAkGA1UEBhMCVVMxLDAqBgNVBAoTI05l",
            " dHNjYXBlIENvbW11bmljYXRpb25zIENvcnBvcmF0aW9uMRwwGgYDVQQLExNJbmZvcm1hdGlvbiBTeXN0",
            "END:VCARD",
        ])
        let contact = try #require(result.rows.first?.contact)
        #expect(contact.firstName == "Cyrus")
        #expect(contact.lastName == "Oh")
        #expect(contact.notes == "A long note that goes on and on, folded with a tab")
    }

    @Test func severalCardsEachWithItsBeginLine() throws {
        let result = try parsed([
            "BEGIN:VCARD", "VERSION:3.0", "FN:One Person", "END:VCARD",
            "",
            "begin:vcard", "version:3.0", "fn:Two Person", "end:vcard",
            "BEGIN:VCARD", "VERSION:4.0", "N:Three;Person;;;", "END:VCARD",
        ])
        #expect(result.rows.map(\.contact.lastName) == ["Person", "Person", "Three"])
        #expect(result.rows.map(\.contact.firstName) == ["One", "Two", "Person"])
        #expect(result.rows.map(\.line) == [1, 6, 10])
    }

    @Test func groupsAndBareVersion21TypesAreUnderstood() throws {
        let result = try parsed([
            "BEGIN:VCARD", "VERSION:3.0", "FN:Dee Park",
            "item1.EMAIL;type=INTERNET:dee@example.com", "item1.X-ABLabel:_$!<Other>!$_",
            "TEL;WORK;PREF:+44 20 7946 0000", "TEL;HOME:+44 20 7946 0001",
            "END:VCARD",
        ])
        let contact = try #require(result.rows.first?.contact)
        #expect(contact.email == "dee@example.com")
        #expect(contact.phone == "+44 20 7946 0000")
    }

    @Test func aLinkedInURLIsPreferredSoALaterLinkedInImportMatches() throws {
        let result = try parsed([
            "BEGIN:VCARD", "VERSION:3.0", "FN:Eve Stone", "URL:https://eve.example",
            "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/evestone", "END:VCARD",
        ])
        #expect(result.rows.first?.contact.url == "https://www.linkedin.com/in/evestone")
    }

    @Test func escapesInStructuredValues() throws {
        let result = try parsed([
            "BEGIN:VCARD", "VERSION:3.0",
            "N:O\\;Brien;Ann\\, Jr;;;",
            "ORG:Smith\\; Sons\\, Ltd;Sales",
            "TITLE:Back\\\\slash",
            "END:VCARD",
        ])
        let contact = try #require(result.rows.first?.contact)
        #expect(contact.lastName == "O;Brien")
        #expect(contact.firstName == "Ann, Jr")
        #expect(contact.company == "Smith; Sons, Ltd")
        #expect(contact.position == "Back\\slash")
    }

    @Test func aNameFromFNAloneAndASingleWordName() throws {
        let result = try parsed([
            "BEGIN:VCARD", "VERSION:3.0", "FN:Cher", "END:VCARD",
            "BEGIN:VCARD", "VERSION:3.0", "N:;;;;", "FN:Ana María Ruiz", "END:VCARD",
        ])
        #expect(result.rows.map(\.contact.firstName) == ["Cher", "Ana María"])
        #expect(result.rows.map(\.contact.lastName) == ["", "Ruiz"])
    }

    @Test func cardsWithoutANameOrAnEndAreSkippedWithTheirBeginLine() throws {
        let result = try parsed([
            "BEGIN:VCARD", "VERSION:3.0", "ORG:Acme", "EMAIL:nobody@acme.example", "END:VCARD",  // 1: no name
            "BEGIN:VCARD", "VERSION:3.0", "FN:Kept Person", "END:VCARD",                         // 6
            "BEGIN:VCARD", "VERSION:3.0", "FN:No End",                                           // 10: no END
            "BEGIN:VCARD", "VERSION:3.0", "FN:Also Kept", "END:VCARD",                           // 13
            "BEGIN:VCARD", "VERSION:3.0", "FN:Cut Off",                                          // 17: file ends
        ])
        #expect(result.rows.map(\.contact.firstName) == ["Kept", "Also"])
        #expect(result.rows.map(\.line) == [6, 13])
        #expect(result.skipped == [
            ImportProblem(line: 1, reason: "the card has no name (no FN or N)"),
            ImportProblem(line: 10, reason: "the card has no END:VCARD before the next BEGIN:VCARD on line 13"),
            ImportProblem(line: 17, reason: "the card has no END:VCARD"),
        ])
    }

    @Test func foldedLineNumbersCountPhysicalLines() throws {
        let result = try parsed([
            "BEGIN:VCARD", "FN:Gil", "NOTE:one", " two", " three", "END:VCARD",
            "BEGIN:VCARD", "END:VCARD",
        ])
        #expect(result.skipped == [ImportProblem(line: 7, reason: "the card has no name (no FN or N)")])
    }

    @Test func aByteOrderMarkAndLoneLineFeeds() throws {
        let result = try VCardFile.parse("\u{FEFF}BEGIN:VCARD\nVERSION:3.0\nFN:Fay Wu\nEND:VCARD").get()
        #expect(result.rows.map(\.contact.lastName) == ["Wu"])
    }

    @Test func progressIsReportedWithTheLineReached() {
        let cards = (1...300).map { "BEGIN:VCARD\nVERSION:4.0\nFN:Person \($0)\nNOTE:folded\n  note\nEND:VCARD" }
        var reached: [Int] = []
        _ = VCardFile.parse(cards.joined(separator: "\n")) { reached.append($0) }
        #expect(reached.count >= 3)
        #expect(reached == reached.sorted())
        #expect(reached.last == 1800)
    }

    @Test func aFileWithoutCardsIsNotAVCard() {
        for text in ["", "First Name,Last Name\nSam,Lee\n", "FN:Orphan\n"] {
            guard case let .failure(failure) = VCardFile.parse(text) else {
                Issue.record("\(text.debugDescription) was read as a vCard")
                continue
            }
            #expect(failure.reason == "a vCard file: no BEGIN:VCARD line was found")
        }
    }
}
