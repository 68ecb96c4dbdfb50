import Coaching
import DialogueEngine
import Foundation
import GRDB
import Testing
@testable import ProfileStore

@Suite struct ProfileStoreTests {
    func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "coach-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func createsAPrivateProfileWithItsDirectories() throws {
        let root = try scratch()
        let path = root + "/data/coach/profiles/default.sqlite"
        let store = try ProfileStore.open(path: path)
        #expect(try mode(path) == 0o600)
        #expect(try mode(root + "/data/coach/profiles") == 0o700)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.loadProfile().isEmpty)
    }

    @Test func aTurnIsSavedAndReadBackByAnotherOpen() throws {
        let path = try scratch() + "/p.sqlite"
        let store = try ProfileStore.open(path: path)
        var session = Session(slots: ["name": .text("José 日本")])
        session.frames = [Session.Frame(flow: "person", next: 2)]
        try store.commit(ProfileStore.TurnChanges(person: PersonChanges(name: "José 日本", stage: .intern),
                                                  session: ("person", session), firings: [],
                                                  time: Timestamp(iso: "2026-11-29T10:00:00Z")!))
        let reopened = try ProfileStore.open(path: path)
        #expect(try reopened.loadProfile().person == Person(name: "José 日本", stage: .intern))
        let saved = try #require(try reopened.loadSession())
        #expect(saved.flow == "person")
        #expect(saved.session == session)
        #expect(saved.updated.iso == "2026-11-29T10:00:00Z")

        try reopened.commit(ProfileStore.TurnChanges(session: nil, firings: [], time: Timestamp(secondsSinceEpoch: 0)))
        #expect(try reopened.loadSession() == nil)
    }

    @Test func onlyChangedPersonFieldsAreWritten() throws {
        let path = try scratch() + "/p.sqlite"
        let first = try ProfileStore.open(path: path)
        let second = try ProfileStore.open(path: path)
        let time = Timestamp(secondsSinceEpoch: 0)
        try first.commit(ProfileStore.TurnChanges(person: PersonChanges(name: "Ana"), session: nil, firings: [], time: time))
        try second.commit(ProfileStore.TurnChanges(person: PersonChanges(field: "nursing"), session: nil, firings: [], time: time))
        #expect(try first.loadProfile().person == Person(name: "Ana", field: "nursing"))
    }

    func turn(values: [ValueChoice]? = nil, goals: [Goal]? = nil, strengths: [Strength]? = nil,
              experiences: [Experience]? = nil, person: PersonChanges = PersonChanges()) -> ProfileStore.TurnChanges {
        ProfileStore.TurnChanges(person: person, values: values, goals: goals, strengths: strengths, experiences: experiences,
                                 session: nil, firings: [], time: Timestamp(secondsSinceEpoch: 0))
    }

    @Test func aTurnWithOnlyGoalsReplacesTheGoalsAndNothingElse() throws {
        let store = try ProfileStore.open(path: try scratch() + "/p.sqlite")
        try store.replaceProfile(SampleProfiles.full)
        let goals = [Goal(id: "g2", text: "Finish the SQL course", horizon: .short, deadline: CalendarDate(iso: "2027-01-31")),
                     Goal(id: "g3", text: "Lead a data team", horizon: .long, organizations: ["Acme"], status: .active)]
        try store.commit(turn(goals: goals))
        var expected = SampleProfiles.full
        expected.goals = goals
        let profile = try store.loadProfile()
        #expect(profile.goals == goals)
        #expect(profile.values == SampleProfiles.full.values)
        #expect(profile.contacts == SampleProfiles.full.contacts)
        #expect(profile == expected)
    }

    @Test func aTurnWithNoSectionsLeavesThemAsTheyAre() throws {
        let path = try scratch() + "/p.sqlite"
        let store = try ProfileStore.open(path: path)
        try store.replaceProfile(SampleProfiles.full)
        // Another process changes the values meanwhile: a turn that did not touch them keeps its change.
        var values = SampleProfiles.full.values
        values.removeFirst()
        try ProfileStore.open(path: path).commit(turn(values: values))
        try store.commit(turn(person: PersonChanges(field: "nursing")))
        var expected = SampleProfiles.full
        expected.values = values
        expected.person.field = "nursing"
        #expect(try store.loadProfile() == expected)
    }

    @Test func anEmptySectionClearsIt() throws {
        let store = try ProfileStore.open(path: try scratch() + "/p.sqlite")
        try store.replaceProfile(SampleProfiles.full)
        try store.commit(turn(values: [], strengths: [], experiences: []))
        var expected = SampleProfiles.full
        (expected.values, expected.strengths, expected.experiences) = ([], [], [])
        #expect(try store.loadProfile() == expected)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM star_stories") } == 0)
    }

    @Test func strengthsAndTheirStoriesComeBackInTheOrderGiven() throws {
        let store = try ProfileStore.open(path: try scratch() + "/p.sqlite")
        try store.replaceProfile(SampleProfiles.full)
        // Twelve stories, so an order by text ("10" before "2") would show; ids sort against their order.
        let stories = (1...12).map { StarStory(situation: "situation \($0)", task: "task", action: "action", result: "result \($0)") }
        let strengths = [Strength(id: "teamwork", name: "Teamwork", rank: 1, stories: stories),
                         Strength(id: "curiosity", name: "Curiosity", rank: 2, stories: Array(stories.prefix(2).reversed())),
                         Strength(id: "analysis", name: "Analysis")]
        try store.commit(turn(strengths: strengths))
        #expect(try store.loadProfile().strengths == strengths)
        #expect(try ProfileStore.open(path: store.path).loadProfile().strengths == strengths)
    }

    @Test func aTurnsExperiencesKeepTheirKinds() throws {
        let store = try ProfileStore.open(path: try scratch() + "/p.sqlite")
        let experiences = [Experience(kind: .internship, organization: "Acme", role: "Analyst", start: CalendarDate(iso: "2026-06-01")),
                           Experience(organization: "Café Luna", role: "Barista"),
                           Experience(kind: .volunteering, organization: "Food bank", role: "Driver", highlights: ["Saturdays"])]
        try store.commit(turn(experiences: experiences))
        #expect(try store.loadProfile().experiences == experiences)
    }

    /// The sections are written in the turn's one transaction: when one cannot be, nothing of the turn is.
    @Test func aTurnThatFailsWritesNothingOfIt() throws {
        let store = try ProfileStore.open(path: try scratch() + "/p.sqlite")
        try store.replaceProfile(SampleProfiles.full)
        let duplicate = Goal(id: "same", text: "One", horizon: .short)
        var session = Session()
        session.frames = [Session.Frame(flow: "goals", next: 1)]
        let changes = ProfileStore.TurnChanges(person: PersonChanges(name: "Zoë"), values: [], goals: [duplicate, duplicate],
                                               session: ("goals", session), firings: [], time: Timestamp(secondsSinceEpoch: 0))
        #expect(throws: ProfileStoreError.self) { try store.commit(changes) }
        #expect(try store.loadProfile() == SampleProfiles.full)
        #expect(try store.loadSession() == nil)
    }

    @Test func aWholeProfileRoundTrips() throws {
        let path = try scratch() + "/p.sqlite"
        let store = try ProfileStore.open(path: path)
        let profile = SampleProfiles.full
        try store.replaceProfile(profile)
        #expect(try ProfileStore.open(path: path).loadProfile() == profile)
        var generator = SampleProfiles.Generator(seed: 11)
        for _ in 0..<25 {
            let random = generator.profile()
            try store.replaceProfile(random)
            #expect(try store.loadProfile() == random)
        }
    }

    @Test func aFileThatIsNotAProfileIsRefusedAndLeftAlone() throws {
        let root = try scratch()
        let text = root + "/notes.sqlite"
        try "hello, these are my notes\n".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: ProfileStoreError.notAProfile(path: text)) { try ProfileStore.open(path: text) }
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "hello, these are my notes\n")

        let other = root + "/other.sqlite"
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in try db.execute(sql: "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x')") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        #expect(throws: ProfileStoreError.notAProfile(path: other)) { try ProfileStore.open(path: other) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
    }

    @Test func aProfileFromANewerCoachIsRefusedAndLeftAlone() throws {
        let path = try scratch() + "/p.sqlite"
        _ = try ProfileStore.open(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: ProfileStoreError.newerVersion(path: path, found: 7, supported: ProfileStore.schemaVersion)) {
            try ProfileStore.open(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aDamagedProfileIsRefusedAndLeftAlone() throws {
        let path = try scratch() + "/p.sqlite"
        let store = try ProfileStore.open(path: path)
        try store.replaceProfile(SampleProfiles.full)
        _ = store
        // Checkpoint into the main file, then overwrite its second page with noise.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > 8192)
        for index in 4096..<8192 { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect {
            try ProfileStore.open(path: path)
        } throws: { error in
            guard case .corrupt? = error as? ProfileStoreError else { return false }
            return true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anImpossibleLocationIsACreateError() throws {
        let root = try scratch()
        _ = FileManager.default.createFile(atPath: root + "/file", contents: Data())
        #expect {
            try ProfileStore.open(path: root + "/file/profiles/p.sqlite")
        } throws: { error in
            guard case .cannotCreate? = error as? ProfileStoreError else { return false }
            return true
        }
    }

    /// A v1 profile as the first coach to use this schema wrote it, with data, opens and reads.
    @Test func aVersionOneFixtureOpensWithItsData() throws {
        let path = try scratch() + "/v1.sqlite"
        let queue = try DatabaseQueue(path: path)
        try ProfileStore.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO person (id, name, stage, field, school) VALUES (1, 'Ana', 'graduate', 'nursing', NULL)")
            try db.execute(sql: """
                INSERT INTO contacts (id, first_name, last_name, company, tags, sort) VALUES ('c1', 'Sam', 'Lee', 'Acme', '["alumni"]', 0)
                """)
        }
        try queue.close()
        let store = try ProfileStore.open(path: path)
        let profile = try store.loadProfile()
        #expect(profile.person == Person(name: "Ana", stage: .graduate, field: "nursing"))
        #expect(profile.contacts.map(\.firstName) == ["Sam"])
        #expect(profile.contacts.first?.tags == ["alumni"])
        #expect(try store.integrityCheck() == "ok")
    }
}

@Suite struct ProfileMigrationTests {
    func scratch() -> String { NSTemporaryDirectory() + "coach-migrate-\(UUID().uuidString).sqlite" }

    func readOnly(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Upgrading a profile to a later schema first copies it to NAME.sqlite.bak-vN, with what is still
    /// in its WAL (a profile left by a killed process). The later schema is a made-up next version.
    @Test func anUpgradeKeepsABackupOfTheOldFile() throws {
        let path = scratch()
        let current = ProfileStore.schemaVersion
        let store = try ProfileStore.open(path: path)
        try store.replaceProfile(SampleProfiles.full)

        var future = ProfileStore.migrator
        future.registerMigration("v\(current + 1)") { db in
            try db.execute(sql: "ALTER TABLE contacts ADD COLUMN pronouns TEXT; PRAGMA user_version = \(current + 1)")
        }
        let upgraded = try ProfileStore.open(path: path, schema: ProfileStore.Schema(migrator: future, version: current + 1))
        let backup = try readOnly(path + ".bak-v\(current)")
        #expect(try backup.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == current)
        #expect(try backup.read { db in try String.fetchOne(db, sql: "SELECT name FROM person") } == "José Ñúñez")
        #expect(try backup.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contacts") } == 1)
        try backup.close()
        #expect(try FileManager.default.attributesOfItem(atPath: path + ".bak-v\(current)")[.posixPermissions] as? Int == 0o600)
        #expect(try upgraded.loadProfile() == SampleProfiles.full)
        // This coach now refuses the upgraded file, and leaves it alone.
        #expect(throws: ProfileStoreError.newerVersion(path: path, found: current + 1, supported: current)) {
            try ProfileStore.open(path: path)
        }
    }

    /// A v1 profile with an experience, written by a connection still open (as a killed coach leaves
    /// it), is copied to .bak-v1 and upgraded to v2: the experience keeps its data and has no kind.
    @Test func aVersionOneProfileIsBackedUpThenGivenExperienceKinds() throws {
        let path = scratch()
        let queue = try DatabasePool(path: path)
        try ProfileStore.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO person (id, name) VALUES (1, 'Ana')")
            try db.execute(sql: """
                INSERT INTO experiences (sort, organization, role, industry, start, "end", highlights)
                VALUES (0, 'Café Luna', 'Barista', 'hospitality', '2023-01-02', NULL, '["Trained 3 new staff"]')
                """)
        }
        let store = try ProfileStore.open(path: path)
        try queue.close()

        let backup = try readOnly(path + ".bak-v1")
        #expect(try backup.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 1)
        #expect(try backup.read { db in try db.columns(in: "experiences").map(\.name) }.contains("kind") == false)
        #expect(try backup.read { db in try String.fetchOne(db, sql: "SELECT role FROM experiences") } == "Barista")
        try backup.close()

        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == ProfileStore.schemaVersion)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM experiences WHERE kind IS NULL") } == 1)
        let profile = try store.loadProfile()
        #expect(profile.person.name == "Ana")
        #expect(profile.experiences == [Experience(organization: "Café Luna", role: "Barista", industry: "hospitality",
                                                   start: CalendarDate(iso: "2023-01-02"), highlights: ["Trained 3 new staff"])])
        #expect(try store.integrityCheck() == "ok")

        // Once upgraded, the kind is kept; reopening makes no second backup over the first.
        var kinded = profile
        kinded.experiences[0].kind = .job
        try store.replaceProfile(kinded)
        #expect(try ProfileStore.open(path: path).loadProfile() == kinded)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak-v2"))
    }
}
