import Coaching
import Foundation
import Testing
@testable import ProfileStore

/// Writing an import's contacts: only what changed, in one transaction, fast enough for 30,000.
@Suite struct ProfileStoreContactsTests {
    func store() throws -> ProfileStore {
        let directory = NSTemporaryDirectory() + "coach-contacts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try ProfileStore.open(path: directory + "/p.sqlite")
    }

    /// A Connections.csv of `count` generated people, after LinkedIn's notes.
    static func connections(_ count: Int) -> String {
        var lines = ["Notes:", "\"When exporting your connection data, you may notice that some of the email addresses are missing.\"",
                     "", LinkedInConnections.header]
        for number in 1...count {
            lines.append("Person,Number \(number),https://www.linkedin.com/in/person-\(number),"
                         + (number % 3 == 0 ? "p\(number)@example.com" : "")
                         + ",\"Company \(number % 97), Inc\",Analyst,\(number % 28 + 1) Mar 2024")
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    @Test func addedContactsGoAfterTheOthersAndUpdatedOnesKeepTheirPlace() throws {
        let store = try store()
        try store.replaceProfile(SampleProfiles.full)
        var sam = SampleProfiles.full.contacts[0]
        sam.position = "Senior Analyst"
        let new = [Contact(id: "ana-ruiz", firstName: "Ana", lastName: "Ruiz", source: "vcard"),
                   Contact(id: "bo-li", firstName: "Bo", lastName: "Li", tags: ["x"], source: "vcard")]
        let changes = ContactChanges(added: new, updated: [sam])
        let outcome = try store.changeContacts { existing in
            (changes, existing.map(\.id))
        }
        #expect(outcome == ["c1"])
        var expected = SampleProfiles.full
        expected.contacts = [sam] + new
        #expect(try store.loadProfile() == expected)
        #expect(try store.loadContacts() == expected.contacts)
    }

    @Test func aFailedWriteLeavesEveryContactAsItWas() throws {
        let store = try store()
        try store.replaceProfile(SampleProfiles.full)
        let before = try store.loadContacts()
        // The second addition reuses an id: the insert fails, and the first addition goes with it.
        let added = [Contact(id: "fresh", firstName: "A", lastName: "B"), Contact(id: "c1", firstName: "C", lastName: "D")]
        var changed = before[0]
        changed.notes = "changed"
        let changes = ContactChanges(added: added, updated: [changed])
        #expect(throws: ProfileStoreError.self) {
            try store.changeContacts { _ in (changes, ()) }
        }
        #expect(try store.loadContacts() == before)
    }

    @Test func thirtyThousandConnectionsImportAndASecondImportChangesNothing() throws {
        let store = try store()
        try store.replaceProfile(SampleProfiles.full)
        let file = try LinkedInConnections.parse(Self.connections(30_000)).get()
        #expect(file.rows.count == 30_000)
        #expect(file.skipped.isEmpty)

        let progress = Progress()
        let first = try store.changeContacts({ existing in ContactImport.merge(file, into: existing) },
                                             progress: { written, total in progress.record(written, total) })
        #expect(first.added == 30_000)
        #expect(progress.calls.count == 30)
        #expect(progress.calls.last.map { [$0.0, $0.1] } == [30_000, 30_000])

        let contacts = try store.loadContacts()
        #expect(contacts.count == 30_001)
        #expect(contacts[0] == SampleProfiles.full.contacts[0])
        #expect(contacts[30_000].id == "person-30000")
        #expect(contacts[30_000].company == "Company 27, Inc")
        #expect(contacts[30_000].email == "p30000@example.com")
        #expect(Set(contacts.map(\.id)).count == 30_001)

        let second = try store.changeContacts { existing in ContactImport.merge(file, into: existing) }
        #expect(second.added == 0)
        #expect(second.updated.isEmpty)
        #expect(second.unchanged == 30_000)
        #expect(try store.loadContacts() == contacts)
        #expect(try store.integrityCheck() == "ok")
    }
}

/// Records progress calls from the store's write closure.
private final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(Int, Int)] = []

    func record(_ written: Int, _ total: Int) {
        lock.withLock { recorded.append((written, total)) }
    }

    var calls: [(Int, Int)] { lock.withLock { recorded } }
}
