import DialogueEngine
import Testing
@testable import Coaching

/// LinkedIn's Connections.csv as real exports write it, and as broken files do.
@Suite struct LinkedInConnectionsTests {
    /// The notes a real export starts with: a `Notes:` line, quoted prose with commas, a blank line.
    static let preamble = [
        "Notes:",
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will "
            + "only see email addresses for connections who have allowed their connections to see or download their email "
            + "address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this "
            + "here: https://www.linkedin.com/help/linkedin/answer/261\"",
        "",
    ]

    /// A file of `lines`, after the preamble and the header, joined with `ending`.
    func file(_ lines: [String], header: String = LinkedInConnections.header, ending: String = "\n",
              preamble: [String] = LinkedInConnectionsTests.preamble, bom: Bool = false) -> String {
        (bom ? "\u{FEFF}" : "") + (preamble + [header] + lines).joined(separator: ending) + ending
    }

    func parsed(_ text: String) throws -> ContactFile {
        try LinkedInConnections.parse(text).get()
    }

    @Test func aRealExportWithItsPreambleBOMAndCRLF() throws {
        let text = file([
            "Sam,Lee,https://www.linkedin.com/in/samlee,sam@example.com,Acme,Analyst,15 Mar 2024",
            "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Globex,Recruiter,05 Nov 2023",
        ], ending: "\r\n", bom: true)
        let result = try parsed(text)
        #expect(result.skipped.isEmpty)
        #expect(result.notes.isEmpty)
        #expect(result.rows.map(\.line) == [5, 6])
        #expect(result.rows[0].contact == Contact(
            id: "", firstName: "Sam", lastName: "Lee", company: "Acme", position: "Analyst",
            url: "https://www.linkedin.com/in/samlee", email: "sam@example.com",
            connectedOn: CalendarDate(year: 2024, month: 3, day: 15), source: "linkedin"))
        #expect(result.rows[1].contact.email == nil)  // blank email
        #expect(result.rows[1].contact.connectedOn == CalendarDate(year: 2023, month: 11, day: 5))
    }

    @Test func withoutPreambleOrFinalLineBreak() throws {
        let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nSam,Lee,,,,,"
        let result = try parsed(text)
        #expect(result.rows.map(\.contact.firstName) == ["Sam"])
        #expect(result.rows[0].contact.url == nil)
        #expect(result.rows[0].contact.company == nil)
        #expect(result.rows[0].line == 2)
    }

    @Test func quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws {
        let text = file([
            "Ana,Ruiz,https://www.linkedin.com/in/ana,,\"Globex, Inc.\",\"Head of \"\"Growth\"\"\",1 Feb 2023",
            "Bo,Li,https://www.linkedin.com/in/bo,,\"Acme\r\nLabs\",\"Line one",
            "line two, still the position\",2 Feb 2023",
            "Cy,Oh,https://www.linkedin.com/in/cy,,Initech,Dev,3 Feb 2023",
        ], ending: "\r\n")
        let result = try parsed(text)
        #expect(result.skipped.isEmpty)
        #expect(result.rows.count == 3)
        #expect(result.rows[0].contact.company == "Globex, Inc.")
        #expect(result.rows[0].contact.position == "Head of \"Growth\"")
        #expect(result.rows[1].contact.company == "Acme\nLabs")
        #expect(result.rows[1].contact.position == "Line one\nline two, still the position")
        // Lines are physical lines of the file: Bo's row takes lines 6 to 8.
        #expect(result.rows.map(\.line) == [5, 6, 9])
    }

    @Test func theOlderExportWithoutURLs() throws {
        let text = file(["Sam,Lee,sam@example.com,Acme,Analyst,15 Mar 2024"], header: LinkedInConnections.olderHeader)
        let result = try parsed(text)
        #expect(result.skipped.isEmpty)
        #expect(result.rows.map(\.contact) == [Contact(
            id: "", firstName: "Sam", lastName: "Lee", company: "Acme", position: "Analyst", email: "sam@example.com",
            connectedOn: CalendarDate(year: 2024, month: 3, day: 15), source: "linkedin")])
    }

    @Test func columnsAreFoundByNameInAnyOrderAndCase() throws {
        let text = file(["Analyst, Acme ,Lee,Sam,extra"], header: "position,Company, LAST NAME ,First Name,Something New")
        let contact = try #require(try parsed(text).rows.first?.contact)
        #expect(contact.firstName == "Sam")
        #expect(contact.lastName == "Lee")
        #expect(contact.company == "Acme")
        #expect(contact.position == "Analyst")
        #expect(contact.connectedOn == nil)
    }

    @Test(arguments: [
        ("15 Mar 2024", "2024-03-15"), ("5 Mar 2024", "2024-03-05"), ("05 mar 2024", "2024-03-05"),
        ("1 September 2023", "2023-09-01"), ("1 Sept 2023", "2023-09-01"), ("2024-03-15", "2024-03-15"),
        ("15-Mar-24", "2024-03-15"), ("29 Feb 2024", "2024-02-29"),
    ])
    func datesLinkedInWrites(text: String, iso: String) {
        #expect(LinkedInConnections.date(text) == CalendarDate(iso: iso))
    }

    @Test(arguments: ["31 Feb 2024", "29 Feb 2023", "Mar 2024", "15 Foo 2024", "15 Mar 20245", "03/15/2024", "yesterday"])
    func notDates(text: String) {
        #expect(LinkedInConnections.date(text) == nil)
    }

    @Test func anUnreadableDateKeepsTheRowWithANote() throws {
        let result = try parsed(file(["Sam,Lee,,,Acme,Analyst,31 Feb 2024"]))
        #expect(result.rows.count == 1)
        #expect(result.rows[0].contact.connectedOn == nil)
        #expect(result.notes == [ImportProblem(
            line: 5, reason: "'Connected On' is \"31 Feb 2024\", not a date like 15 Mar 2024; imported without it")])
    }

    @Test func malformedRowsAreReportedWithTheirLineAndEveryGoodRowIsKept() throws {
        let text = file([
            "Good,One,https://www.linkedin.com/in/one,,Acme,Dev,1 Jan 2024",            // 5
            "Bad,\"Quote,https://www.linkedin.com/in/bad,,Acme,Dev,1 Jan 2024",          // 6: never closed
            "Good,Two,https://www.linkedin.com/in/two,,Acme,Dev,1 Jan 2024",            // 7
            "Too,Many,https://www.linkedin.com/in/tm,,Acme, Inc,Dev,1 Jan 2024",        // 8: 8 fields
            "Too,Few,https://www.linkedin.com/in/tf,,Acme",                             // 9: 5 fields
            ",,https://www.linkedin.com/in/nobody,,Acme,Dev,1 Jan 2024",                // 10: no name
            "Stray,Qu\"ote,https://www.linkedin.com/in/stray,,Acme,Dev,1 Jan 2024",     // 11: quote in unquoted field
            "After,\"Close\"d,https://www.linkedin.com/in/after,,Acme,Dev,1 Jan 2024",  // 12: text after closing quote
            "",                                                                         // 13: blank, passed over
            "Good,Three,https://www.linkedin.com/in/three,,\"Acme, \"\"Inc\"\"\",Dev,1 Jan 2024",  // 14
        ], ending: "\r\n")
        let result = try parsed(text)
        #expect(result.rows.map(\.contact.lastName) == ["One", "Two", "Three"])
        #expect(result.rows.map(\.line) == [5, 7, 14])
        #expect(result.skipped == [
            ImportProblem(line: 6, reason: "the quote that opens the Last Name field is never closed"),
            ImportProblem(line: 8, reason: "8 fields (Too Many), but the header on line 4 has 7 (a comma outside quotes?)"),
            ImportProblem(line: 9, reason: "5 fields (Too Few), but the header on line 4 has 7"),
            ImportProblem(line: 10, reason: "no first or last name"),
            ImportProblem(line: 11, reason: "a quote inside the Last Name field, which is not in quotes"),
            ImportProblem(line: 12, reason: "text after the closing quote of the Last Name field (a quote inside quotes is written \"\")"),
        ])
    }

    @Test func anUnclosedQuoteOnTheLastRowCostsOnlyThatRow() throws {
        let result = try parsed(file(["Good,One,,,Acme,Dev,1 Jan 2024", "Bad,Row,,,\"Acme,Dev,1 Jan 2024"]))
        #expect(result.rows.map(\.contact.lastName) == ["One"])
        #expect(result.skipped == [ImportProblem(line: 6, reason: "the quote that opens the Company field is never closed")])
    }

    @Test func anUnclosedQuoteAcrossLinesResumesOnTheNextLine() throws {
        // The quote opened on line 5 is "closed" by the first quote on line 7, followed by text: line 5 is
        // reported, and lines 6 and 7 are read as the rows they are.
        let result = try parsed(file([
            "Bad,\"Row,,,Acme,Dev,1 Jan 2024",
            "Good,One,,,Acme,Dev,1 Jan 2024",
            "Good,Two,,,\"Acme, Inc\",Dev,1 Jan 2024",
        ]))
        #expect(result.rows.map(\.contact.lastName) == ["One", "Two"])
        #expect(result.rows.map(\.line) == [6, 7])
        #expect(result.skipped.map(\.line) == [5])
        #expect(result.skipped.first?.reason.contains("Last Name") == true)
    }

    @Test func namesWithEscapeSequencesAreKeptAsWrittenForTheStoreToHold() throws {
        let result = try parsed(file(["Evil\u{1B}[31m,\u{1B}]0;pwned\u{07}Name,,,,,"]))
        #expect(result.rows.first?.contact.firstName == "Evil\u{1B}[31m")
        #expect(result.rows.first.map { DisplayText.clean($0.contact.firstName + " " + $0.contact.lastName) } == "Evil Name")
    }

    @Test func aFileWithoutTheHeaderIsNotAConnectionsFile() {
        for text in ["", "Notes:\nhello\n", "Name,Company\nSam,Acme\n", "{\"format\":\"coach-profile\"}"] {
            guard case let .failure(failure) = LinkedInConnections.parse(text) else {
                Issue.record("\(text.debugDescription) was read as a Connections.csv")
                continue
            }
            #expect(failure.reason.contains("Expected '\(LinkedInConnections.header)'"))
            #expect(failure.reason.contains(LinkedInConnections.olderHeader))
        }
    }

    @Test func aRepeatedHeaderIsNotAPerson() throws {
        let result = try parsed(file(["Sam,Lee,,,,,", LinkedInConnections.header, "Ana,Ruiz,,,,,"]))
        #expect(result.rows.map(\.contact.firstName) == ["Sam", "Ana"])
        #expect(result.skipped.isEmpty)
    }

    @Test func aHeaderWithoutRowsIsAnEmptyFile() throws {
        #expect(try parsed(file([])) == ContactFile())
    }

    @Test func progressIsReportedWithTheLineReached() throws {
        let rows = (1...2000).map { "First\($0),Last,,,Acme,Dev,1 Jan 2024" }
        var reached: [Int] = []
        _ = LinkedInConnections.parse(file(rows)) { reached.append($0) }
        #expect(reached.count >= 3)
        #expect(reached == reached.sorted())
        #expect(reached.last == 2005)
    }
}

/// The CSV reader on its own: records, physical lines and broken quoting.
@Suite struct CSVReaderTests {
    func items(_ text: String) -> [CSVReader.Item] {
        var reader = CSVReader(text)
        var items: [CSVReader.Item] = []
        while let item = reader.next() { items.append(item) }
        return items
    }

    @Test func lineBreaksOfEveryKindAndEmptyFields() {
        #expect(items("a,b\r\nc,\n\n,d\re") == [
            .record(["a", "b"], line: 1), .record(["c", ""], line: 2), .record(["", "d"], line: 4), .record(["e"], line: 5),
        ])
    }

    @Test func aQuotedLineBreakIsALineFeedAndCountsAsALine() {
        #expect(items("\"a\r\nb\",\"\"\"\"\nnext") == [.record(["a\nb", "\""], line: 1), .record(["next"], line: 3)])
    }

    @Test func brokenQuotingNamesTheFieldAndResumesAfterTheLine() {
        #expect(items("x,\"open\ny,z\n") == [
            .malformed(.unclosedQuote(field: 2), line: 1), .record(["y", "z"], line: 2),
        ])
        #expect(items("a\"b,c\nd") == [.malformed(.quoteInUnquotedField(field: 1), line: 1), .record(["d"], line: 2)])
        #expect(items("\"a\"b,c\nd") == [.malformed(.textAfterClosingQuote(field: 1), line: 1), .record(["d"], line: 2)])
    }
}
