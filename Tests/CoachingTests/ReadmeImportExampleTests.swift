import DialogueEngine
import Foundation
import Testing
@testable import Coaching

/// The import summary shown in README.md is what coach prints for such a file.
@Suite struct ReadmeImportExampleTests {
    @Test func theReadmeSummaryIsWhatTheImportPrints() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "### Importing contacts"))
        let start = try #require(text.range(of: "```text\n", range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let example = String(text[start.upperBound..<end.lowerBound])

        let file = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Sam,Lee,https://www.linkedin.com/in/samlee,,Globex,Senior Analyst,15 Mar 2024
            Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Globex,Recruiter,1 Feb 2023
            Broken,"Quote,https://www.linkedin.com/in/broken,,Acme,Dev,1 Jan 2024
            Bo,Li,https://www.linkedin.com/in/boli,,Initech,Engineer,3 Apr 2022
            Cy,Oh,https://www.linkedin.com/in/cyoh,,Acme,Intern,4 May 2021

            """
        let known = Contact(id: "c1", firstName: "Sam", lastName: "Lee", company: "Acme", position: "Analyst",
                            url: "https://www.linkedin.com/in/samlee", connectedOn: CalendarDate(year: 2024, month: 3, day: 15),
                            source: "linkedin")
        let (_, report) = ContactImport.merge(try LinkedInConnections.parse(file).get(), into: [known])
        #expect(report.render(file: "'Connections.csv'", profile: "default") == example)
    }
}
