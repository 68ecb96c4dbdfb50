import DialogueEngine
import Foundation
import Testing
@testable import Coaching

/// The export example in README.md is a valid export: documentation that scripts rely on must not drift.
@Suite struct ReadmeExportExampleTests {
    @Test func theReadmeExampleImportsAndReExportsTheSameKeys() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let example = String(text[start.upperBound..<end.lowerBound])
        let profile: Profile
        switch ProfileJSON.decode(example) {
        case let .success(decoded): profile = decoded
        case let .failure(problems): Issue.record("README example does not import: \(problems)"); return
        }
        #expect(profile.person.stage == .intern)
        #expect(profile.contacts.first?.cadenceDays == 90)
        #expect(profile.experiences.first?.kind == .job)
        let original = try JSONSerialization.jsonObject(with: Data(example.utf8)) as? [String: Any]
        let exported = try JSONSerialization.jsonObject(with: Data(ProfileJSON.encode(profile).utf8)) as? [String: Any]
        #expect(Set(original?.keys ?? [:].keys) == Set(exported?.keys ?? [:].keys))
        for key in ["contacts", "events", "goals", "experiences"] {
            let a = (original?[key] as? [[String: Any]])?.first?.keys.sorted()
            let b = (exported?[key] as? [[String: Any]])?.first?.keys.sorted()
            #expect(a == b, "\(key) keys differ")
        }
    }
}

@Suite struct MergeFollowUpRegressionTests {
    @Test func aFollowUpWhoseIdCollidesForAnotherContactIsAdded() {
        var existing = Profile()
        existing.contacts = [Contact(id: "c1", firstName: "Sam", lastName: "Lee", company: "Acme")]
        existing.followUps = [FollowUp(id: "f1", contactId: "c1", due: CalendarDate(iso: "2027-03-06")!, message: "Thank you!")]
        var incoming = Profile()
        incoming.contacts = [Contact(id: "k1", firstName: "Kim", lastName: "Park", company: "Initech")]
        incoming.followUps = [FollowUp(id: "f1", contactId: "k1", due: CalendarDate(iso: "2027-03-07")!, message: "hi Kim")]
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        #expect(merged.followUps.count == 2)
        #expect(merged.followUps.first { $0.message == "Thank you!" }?.contactId == "c1")
        let kim = merged.followUps.first { $0.message == "hi Kim" }
        #expect(kim?.contactId == "k1")
        #expect(kim?.id != "f1")
        #expect(report[.followUps].added == 1)
        #expect(report[.followUps].updated == 0)
    }
}
