import Foundation
import Testing

/// `coach import linkedin` and `coach import vcard` through the real binary.
@Suite struct ImportContactsTests {
    /// A Connections.csv as LinkedIn writes it (byte-order mark, notes, CRLF), with `rows` after the header.
    static func connections(_ rows: [String]) -> String {
        let preamble = [
            "Notes:",
            "\"When exporting your connection data, you may notice that some of the email addresses are missing. "
                + "You will only see email addresses for connections who have allowed their connections to see or "
                + "download their email address using this setting https://www.linkedin.com/psettings/privacy/email.\"",
            "",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
        ]
        return "\u{FEFF}" + (preamble + rows).joined(separator: "\r\n") + "\r\n"
    }

    static let rows = [
        "Sam,Lee,https://www.linkedin.com/in/samlee,sam@example.com,Acme,Analyst,15 Mar 2024",        // line 5
        "Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,\"Globex, Inc.\",\"Head of \"\"Talent\"\"\",1 Feb 2023",
        "Broken,\"Quote,https://www.linkedin.com/in/broken,,Acme,Dev,1 Jan 2024",                     // line 7
        "Bo,Li,https://www.linkedin.com/in/boli,,Initech,\"Engineer,",
        "Platform\",3 Apr 2022",                                                                    // lines 8-9
        "Eve\u{1B}[31m,Evil\u{1B}]0;pwned\u{07},https://www.linkedin.com/in/eve,,Acme,Dev,4 May 2021",  // line 10
    ]

    func write(_ text: String, named name: String, in home: String) throws -> String {
        let path = home + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func contacts(home: String) throws -> [[String: Any]] {
        let export = try PipedRun(arguments: ["export"], input: "", environment: CoachBinary.environment(home: home))
        #expect(export.status == 0, "\(export.errors)")
        let object = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
        return try #require(object?["contacts"] as? [[String: Any]])
    }

    @Test func aConnectionsFileImportsReportsItsBadRowAndASecondImportChangesNothing() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let file = try write(Self.connections(Self.rows), named: "Connections.csv", in: home)

        let first = try PipedRun(arguments: ["import", "linkedin", file], input: "", environment: environment)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors == "")
        #expect(first.output.contains("Read 5 rows from '\(file)' into the profile 'default': 4 added, 0 updated, 0 unchanged, 1 skipped."))
        #expect(first.output.contains("Skipped:\n  line 7: the quote that opens the Last Name field is never closed\n"))
        #expect(!first.output.contains("\u{1B}"))

        let stored = try contacts(home: home)
        #expect(stored.map { $0["id"] as? String } == ["samlee", "ana-ruiz", "boli", "eve"])
        #expect(stored.map { $0["lastName"] as? String } == ["Lee", "Ruiz", "Li", "Evil\u{1B}]0;pwned\u{07}"])
        #expect(stored[0]["connectedOn"] as? String == "2024-03-15")
        #expect(stored[0]["email"] as? String == "sam@example.com")
        #expect(stored[1]["email"] is NSNull)
        #expect(stored[1]["company"] as? String == "Globex, Inc.")
        #expect(stored[1]["position"] as? String == "Head of \"Talent\"")
        #expect(stored[2]["position"] as? String == "Engineer,\nPlatform")
        #expect(stored.allSatisfy { $0["source"] as? String == "linkedin" })

        let before = try PipedRun(arguments: ["export"], input: "", environment: environment).output
        let second = try PipedRun(arguments: ["import", "linkedin", file], input: "", environment: environment)
        #expect(second.status == 0)
        #expect(second.output.contains("0 added, 0 updated, 4 unchanged, 1 skipped.\nNothing in the profile changed.\n"))
        #expect(try PipedRun(arguments: ["export"], input: "", environment: environment).output == before)
    }

    @Test func aReimportWithNewDetailsUpdatesInsteadOfDuplicating() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let file = try write(Self.connections(Self.rows), named: "Connections.csv", in: home)
        _ = try PipedRun(arguments: ["import", "linkedin", file], input: "", environment: environment)

        // A later export: Sam changed jobs, Eve's name is still hostile, and the URL is written differently.
        let later = try write(Self.connections([
            "Sam,Lee,HTTPS://linkedin.com/in/SamLee/,,Globex,Senior Analyst,15 Mar 2024",
            "Eve\u{1B}[31m,Evil\u{1B}]0;pwned\u{07}Name,https://www.linkedin.com/in/eve,,Acme,Dev,4 May 2021",
        ]), named: "later.csv", in: home)
        let run = try PipedRun(arguments: ["import", "linkedin", later], input: "", environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("0 added, 2 updated, 0 unchanged, 0 skipped."))
        #expect(run.output.contains("  Sam Lee: company, position\n"))
        #expect(run.output.contains("  Eve EvilName: last name\n"))
        #expect(!run.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })

        let stored = try contacts(home: home)
        #expect(stored.count == 4)
        #expect(stored[0]["company"] as? String == "Globex")
        #expect(stored[0]["email"] as? String == "sam@example.com")  // kept: the new row's email is blank
    }

    @Test func vCardsFromStandardInput() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let cards = [
            "BEGIN:VCARD", "VERSION:3.0", "N:Ruiz;Ana;;;", "FN:Ana Ruiz", "ORG:Globex\\, Inc.;Research",
            "EMAIL;TYPE=work:ana@globex.example", "NOTE:Met at the spring\\nfair", "END:VCARD",
            "BEGIN:VCARD", "VERSION:4.0", "ORG:Nameless Ltd", "END:VCARD",
            "BEGIN:VCARD", "VERSION:4.0", "FN:Bo", "  Li", "TEL;VALUE=uri:tel:+1-555-0100", "END:VCARD",
        ].joined(separator: "\r\n") + "\r\n"
        let run = try PipedRun(arguments: ["import", "vcard", "-"], input: cards, environment: environment)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == """
            Read 3 cards from standard input into the profile 'default': 2 added, 0 updated, 0 unchanged, 1 skipped.
            Skipped:
              line 9: the card has no name (no FN or N)

            """)
        let stored = try contacts(home: home)
        #expect(stored.map { $0["id"] as? String } == ["ana-ruiz-globex-inc", "bo-li"])
        #expect(stored[0]["company"] as? String == "Globex, Inc.")
        #expect(stored[0]["notes"] as? String == "Met at the spring\nfair")
        #expect(stored[1]["phone"] as? String == "+1-555-0100")
        #expect(stored.allSatisfy { $0["source"] as? String == "vcard" })

        let again = try PipedRun(arguments: ["import", "vcard", "-"], input: cards, environment: environment)
        #expect(again.output.contains("0 added, 0 updated, 2 unchanged, 1 skipped.\nNothing in the profile changed.\n"))
    }

    @Test func aMissingFileIs66AndAFileOfAnotherKindIs65() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home)
        let missing = try PipedRun(arguments: ["import", "linkedin", home + "/nope.csv"], input: "", environment: environment)
        #expect(missing.status == 66)
        #expect(missing.errors.contains("cannot read '\(home)/nope.csv'"))

        let other = try write("Name,Company\nSam,Acme\n", named: "other.csv", in: home)
        let wrong = try PipedRun(arguments: ["import", "linkedin", other], input: "", environment: environment)
        #expect(wrong.status == 65)
        #expect(wrong.errors.contains("'\(other)' is not a LinkedIn Connections.csv: no header line was found. Expected "
                                      + "'First Name,Last Name,URL,Email Address,Company,Position,Connected On'"))
        #expect(wrong.output == "")

        let notCards = try PipedRun(arguments: ["import", "vcard", other], input: "", environment: environment)
        #expect(notCards.status == 65)
        #expect(notCards.errors.contains("is not a vCard file: no BEGIN:VCARD line was found"))

        let latin1 = home + "/latin1.csv"
        _ = FileManager.default.createFile(atPath: latin1, contents: Data("First Name,Last Name\nJos\u{E9},Ruiz\n".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 }))
        let encoding = try PipedRun(arguments: ["import", "linkedin", latin1], input: "", environment: environment)
        #expect(encoding.status == 65)
        #expect(encoding.errors.contains("'\(latin1)' is not UTF-8 text."))
        // Nothing was read, so no profile was created.
        #expect(!FileManager.default.fileExists(atPath: home + "/data/coach/profiles/default.sqlite"))
    }

    @Test func thirtyThousandRowsShowAProgressBarOnATerminalAndNoneWhenPiped() throws {
        let home = try CoachBinary.scratchDirectory()
        let rows = (1...30_000).map { number in
            "Person,Number \(number),https://www.linkedin.com/in/person-\(number),,\"Company \(number % 97), Inc\",Analyst,1 Mar 2024"
        }
        let file = try write(Self.connections(rows), named: "big.csv", in: home)

        let terminal = try PseudoTerminal(CoachBinary.path, arguments: ["import", "linkedin", file],
                                          environment: CoachBinary.environment(home: home))
        try terminal.expect("\rReading   [", timeout: 120)
        try terminal.expect("\rSaving    [", timeout: 120)
        try terminal.expect("] 30,000 of 30,000", timeout: 120)
        try terminal.expect("30000 added, 0 updated, 0 unchanged, 0 skipped.", timeout: 120)
        #expect(try terminal.waitForExit(timeout: 120) == 0)

        let piped = try PipedRun(arguments: ["import", "linkedin", file], input: "", environment: CoachBinary.environment(home: home))
        #expect(piped.status == 0)
        #expect(piped.errors == "")
        #expect(piped.output.hasPrefix("Read 30000 rows from '\(file)' into the profile 'default': 0 added, 0 updated, 30000 unchanged"))
    }
}
