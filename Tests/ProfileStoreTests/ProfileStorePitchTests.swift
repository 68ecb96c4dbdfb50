import Coaching
import DialogueEngine
import Foundation
import Testing
@testable import ProfileStore

/// Pitch versions and their rehearsals: kept in order, read back by another open, and carried through an
/// export and import.
@Suite struct ProfileStorePitchTests {
    func path() throws -> String {
        let directory = NSTemporaryDirectory() + "coach-pitch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/p.sqlite"
    }

    let day = CalendarDate(year: 2026, month: 11, day: 29)!

    @Test func versionsAndRehearsalsAreKeptInOrder() throws {
        let file = try path()
        let store = try ProfileStore.open(path: file)
        let first = Pitch(id: "pitch-1", text: "I'm Priya. Who should I talk to?", seconds: 30, audience: "recruiter",
                          created: Timestamp(date: day, hour: 9))
        let second = Pitch(id: "pitch-2", text: "I'm Priya, a student. What do you wish you had known?", seconds: 15,
                           audience: "mentor", created: Timestamp(date: day, hour: 10))
        #expect(try store.addPitch(first).id == "pitch-1")
        #expect(try store.addPitch(second).id == "pitch-2")
        // Another window numbered its pitch 2 as well: it is kept, as pitch 3.
        let third = try ProfileStore.open(path: file).addPitch(Pitch(id: "pitch-2", text: "Hello.", seconds: 15, audience: "peer",
                                                                     created: Timestamp(date: day, hour: 10)))
        #expect(third.id == "pitch-3")
        try store.addRehearsal(Rehearsal(at: Timestamp(date: day, hour: 11), seconds: 34.25, words: 74), pitch: "pitch-1")
        try store.addRehearsal(Rehearsal(at: Timestamp(date: day, hour: 12), seconds: 31.5, words: 74), pitch: "pitch-1")

        let loaded = try ProfileStore.open(path: file).loadProfile()
        #expect(loaded.pitches.map(\.id) == ["pitch-1", "pitch-2", "pitch-3"])
        #expect(loaded.pitches[0].rehearsals.map(\.seconds) == [34.25, 31.5])
        #expect(loaded.pitches[0].rehearsals.map(\.pace) == [130, 141])
        #expect(loaded.pitches[1].rehearsals.isEmpty)
        #expect(loaded.pitches[1].audience == "mentor")
    }

    @Test func rehearsalsSurviveAnExportAndImport() throws {
        var profile = Profile()
        profile.pitches = [Pitch(id: "p1", text: "Hi.", seconds: 30, audience: "peer", created: Timestamp(date: day),
                                 rehearsals: [Rehearsal(at: Timestamp(date: day, hour: 8), seconds: 29.875, words: 70)])]
        let json = ProfileJSON.encode(profile)
        #expect(json.contains("\"milliseconds\": 29875"))
        guard case let .success(decoded) = ProfileJSON.decode(json) else {
            Issue.record("the export does not import")
            return
        }
        let store = try ProfileStore.open(path: try path())
        try store.replaceProfile(decoded)
        #expect(try store.loadProfile().pitches == profile.pitches)
    }

    @Test func anExportFromBeforeRehearsalsStillImports() {
        let json = """
            {"format": "coach-profile", "version": 1, "person": {"name": null, "stage": null, "field": null, "school": null},
             "values": [], "goals": [], "strengths": [], "skills": [], "experiences": [], "contacts": [], "events": [],
             "interactions": [], "followUps": [],
             "pitches": [{"id": "p1", "text": "Hi.", "seconds": 30, "audience": "peer", "created": "2026-11-29T09:30:00Z"}]}
            """
        guard case let .success(profile) = ProfileJSON.decode(json) else {
            Issue.record("an export without rehearsals is refused")
            return
        }
        #expect(profile.pitches.first?.rehearsals == [])
    }
}
