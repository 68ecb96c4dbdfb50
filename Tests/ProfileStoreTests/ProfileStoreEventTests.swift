import Coaching
import DialogueEngine
import Foundation
import GRDB
import Testing
@testable import ProfileStore

/// Events with their plans, interactions and follow-ups: what a debrief's turn writes, what commands change,
/// and what another open of the file reads back.
@Suite struct ProfileStoreEventTests {
    func path() throws -> String {
        let directory = NSTemporaryDirectory() + "coach-events-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/p.sqlite"
    }

    let contact = Contact(id: "maya", firstName: "Maya", lastName: "Chen", company: "Stripe")
    let plan = EventPlan(made: CalendarDate(iso: "2026-11-29")!, sections: [
        .init(title: "Before you go", items: [.init(text: "Read up on Stripe.", because: ["Homework shows."])]),
        .init(title: "People to seek", items: [.init(text: "Maya Chen", details: [.init(label: "Opener", text: "Hi, I'm Priya.")],
                                                     because: ["You said so."])]),
    ])

    @Test func aTurnsEventsInteractionsAndFollowUpsAreWrittenAndReadBack() throws {
        let file = try path()
        let store = try ProfileStore.open(path: file)
        var profile = Profile()
        profile.contacts = [contact]
        try store.replaceProfile(profile)
        let event = Event(id: "event-1", name: "Fall Career Fair", kind: .careerFair, start: LocalDateTime(iso: "2026-12-03T18:00"),
                          durationMinutes: 120, place: "Hall B", aim: "meet two PMs", expected: ["Stripe"], people: ["maya"],
                          plan: plan, debriefed: true)
        let interaction = Interaction(contactId: "maya", eventId: "event-1", date: CalendarDate(iso: "2026-12-03")!,
                                      notes: "her path", promised: "send you my portfolio")
        let followUp = FollowUp(id: "1", contactId: "maya", due: CalendarDate(iso: "2026-12-04")!, message: "Hi Maya,\n\nThank you.",
                                kind: .thankYou, title: "Thank Maya Chen", eventId: "event-1")
        var changes = ProfileStore.TurnChanges(session: nil, firings: [], time: Timestamp(secondsSinceEpoch: 0))
        changes.events = [event]
        changes.interactions = [interaction]
        changes.followUps = [followUp]
        try store.commit(changes)

        let again = try ProfileStore.open(path: file).loadProfile()
        #expect(again.events == [event])
        #expect(again.events.first?.plan == plan)
        #expect(again.interactions == [interaction])
        #expect(again.followUps == [followUp])

        // Done and snoozed follow-ups, and a changed event, are rewritten in place.
        var done = followUp
        done.done = true
        done.doneOn = CalendarDate(iso: "2026-12-04")
        try store.saveFollowUp(done)
        var moved = event
        moved.name = "Winter Career Fair"
        moved.plan = nil
        try store.saveEvent(moved)
        let later = try store.loadProfile()
        #expect(later.followUps == [done])
        #expect(later.events == [moved], "an event without a plan has its old plan removed")
    }

    @Test func deletingAnEventKeepsWhatWasRecordedThere() throws {
        let store = try ProfileStore.open(path: try path())
        var profile = Profile()
        profile.contacts = [contact]
        profile.events = [Event(id: "event-1", name: "Fair", kind: .careerFair, plan: plan)]
        profile.interactions = [Interaction(contactId: "maya", eventId: "event-1", date: CalendarDate(iso: "2026-12-03")!)]
        profile.followUps = [FollowUp(id: "1", contactId: "maya", due: CalendarDate(iso: "2026-12-04")!, message: "m", eventId: "event-1")]
        try store.replaceProfile(profile)
        try store.deleteEvent(id: "event-1")
        let after = try store.loadProfile()
        #expect(after.events.isEmpty)
        #expect(after.interactions.map(\.eventId) == [nil])
        #expect(after.followUps.map(\.eventId) == [nil])
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM event_plans") } == 0)
    }

    /// A profile from before events had people, debriefs and kinds of follow-up opens with them empty.
    @Test func aVersionTwoProfileIsUpgradedWithItsFollowUpsKept() throws {
        let file = try path()
        let queue = try DatabasePool(path: file)
        try ProfileStore.migrator.migrate(queue, upTo: "v2")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO contacts (id, first_name, last_name, sort) VALUES ('maya', 'Maya', 'Chen', 0);
                INSERT INTO follow_ups (id, contact_id, due, message, done, sort) VALUES ('f1', 'maya', '2026-12-04', 'Thanks', 0, 0);
                INSERT INTO events (id, name, kind, start, expected, sort) VALUES ('e1', 'Fair', 'career-fair', '2026-12-03T18:00', '[]', 0);
                """)
        }
        try queue.close()
        let store = try ProfileStore.open(path: file)
        let profile = try store.loadProfile()
        #expect(profile.followUps == [FollowUp(id: "f1", contactId: "maya", due: CalendarDate(iso: "2026-12-04")!, message: "Thanks")])
        #expect(profile.events == [Event(id: "e1", name: "Fair", kind: .careerFair, start: LocalDateTime(iso: "2026-12-03T18:00"))])
        #expect(try store.integrityCheck() == "ok")
    }

    /// Two windows numbering a new follow-up alike: the second is kept under the next free number.
    @Test func aFollowUpNumberTakenByAnotherWindowIsNotOverwritten() throws {
        let file = try path()
        let first = try ProfileStore.open(path: file)
        var profile = Profile()
        profile.contacts = [contact]
        try first.replaceProfile(profile)
        let mine = FollowUp(id: "1", contactId: "maya", due: CalendarDate(iso: "2026-12-04")!, message: "Thanks", kind: .thankYou)
        let theirs = FollowUp(id: "1", contactId: "maya", due: CalendarDate(iso: "2027-01-04")!, message: "Hello", kind: .keepInTouch)
        #expect(try first.addFollowUp(mine).id == "1")
        #expect(try ProfileStore.open(path: file).addFollowUp(theirs).id == "2")
        #expect(try first.loadFollowUps().map(\.message) == ["Thanks", "Hello"])
    }
}
