import Coaching
import DialogueEngine
import Foundation
import GRDB

extension ProfileStore {
    /// A flow under way, as saved after every accepted answer.
    public struct SavedSession: Sendable {
        public var flow: String
        public var session: Session
        public var updated: Timestamp
    }

    /// The rule firings shown so far, oldest first: (rule, because).
    public func firingsShown() throws(ProfileStoreError) -> [(rule: String, because: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT rule, because FROM rule_firings ORDER BY id").map { ($0["rule"], $0["because"]) }
        }
    }

    /// The saved session, if a flow was left unfinished. A session this coach cannot read (from a
    /// different version of the content) is reported as nil rather than failing the start.
    public func loadSession() throws(ProfileStoreError) -> SavedSession? {
        let row = try read { db in try Row.fetchOne(db, sql: "SELECT flow, session, updated FROM dialogue_sessions WHERE id = 1") }
        guard let row, let flow = row["flow"] as String?, let json = row["session"] as String?,
              let session = try? JSONDecoder().decode(Session.self, from: Data(json.utf8)) else { return nil }
        let updated = (row["updated"] as String?).flatMap(Timestamp.init(iso:)) ?? Timestamp(secondsSinceEpoch: 0)
        return SavedSession(flow: flow, session: session, updated: updated)
    }
}

extension ProfileStore {
    /// What one dialogue turn changed, saved together in one transaction so the profile and the
    /// session never disagree after a crash.
    public struct TurnChanges: Sendable {
        /// The person's fields an action changed, and only those: another coach process may have
        /// changed the others meanwhile.
        public var person: PersonChanges
        /// Whole assessment sections the turn rewrote, each replacing that section's rows; nil leaves the
        /// section as it is on disk (another coach process may have changed it meanwhile).
        public var values: [ValueChoice]?
        public var goals: [Goal]?
        /// With their STAR stories, kept in the order given.
        public var strengths: [Strength]?
        public var experiences: [Experience]?
        /// Contacts a flow added or changed, written one by one (never the whole list).
        public var contacts: ContactChanges?
        /// Events, follow-ups added or changed, and interactions added (an event saved, a debrief).
        public var events: [Event] = []
        public var interactions: [Interaction] = []
        public var followUps: [FollowUp] = []
        /// Follow-ups the turn made: stored under a free number if another window took theirs.
        public var addedFollowUps: [FollowUp] = []
        /// The session to resume, or nil when no flow is under way any more.
        public var session: (flow: String, session: Session)?
        /// Suggestions shown in this turn.
        public var firings: [Firing]
        public var time: Timestamp

        public init(person: PersonChanges = PersonChanges(), values: [ValueChoice]? = nil, goals: [Goal]? = nil,
                    strengths: [Strength]? = nil, experiences: [Experience]? = nil, contacts: ContactChanges? = nil,
                    session: (flow: String, session: Session)?, firings: [Firing], time: Timestamp) {
            self.contacts = contacts
            self.person = person
            self.values = values
            self.goals = goals
            self.strengths = strengths
            self.experiences = experiences
            self.session = session
            self.firings = firings
            self.time = time
        }
    }

    public func commit(_ changes: TurnChanges) throws(ProfileStoreError) {
        let encoder = JSONEncoder()
        let sessionJSON: String?
        do {
            sessionJSON = try changes.session.map { String(decoding: try encoder.encode($0.session), as: UTF8.self) }
        } catch {
            throw .io(path: path, reason: "the session cannot be encoded: \(error)")
        }
        let facts = changes.firings.map { (try? encoder.encode($0.facts)).map { String(decoding: $0, as: UTF8.self) } ?? "[]" }
        let flow = changes.session?.flow
        let person = changes.person
        let (values, goals, strengths, experiences) = (changes.values, changes.goals, changes.strengths, changes.experiences)
        let contacts = changes.contacts
        let firings = changes.firings
        let time = changes.time.iso
        try write { db in
            try ProfileRows.apply(person, in: db)
            if let values { try ProfileRows.replaceValues(with: values, in: db) }
            if let goals { try ProfileRows.replaceGoals(with: goals, in: db) }
            if let strengths { try ProfileRows.replaceStrengths(with: strengths, in: db) }
            if let experiences { try ProfileRows.replaceExperiences(with: experiences, in: db) }
            if let contacts { try ProfileRows.apply(contacts, in: db) }
            for event in changes.events { try ProfileRows.saveEvent(event, in: db) }
            for interaction in changes.interactions { try ProfileRows.addInteraction(interaction, in: db) }
            for followUp in changes.followUps { try ProfileRows.saveFollowUp(followUp, in: db) }
            for followUp in changes.addedFollowUps { _ = try ProfileRows.addFollowUp(followUp, in: db) }
            if let flow, let sessionJSON {
                try db.execute(sql: """
                    INSERT INTO dialogue_sessions (id, flow, session, updated) VALUES (1, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET flow = excluded.flow, session = excluded.session, updated = excluded.updated
                    """, arguments: [flow, sessionJSON, time])
            } else {
                try db.execute(sql: "DELETE FROM dialogue_sessions")
            }
            for (firing, facts) in zip(firings, facts) {
                try db.execute(sql: "INSERT INTO rule_firings (rule, number, facts, because, shown) VALUES (?, ?, ?, ?, ?)",
                               arguments: [firing.rule, firing.number, facts, firing.because, time])
            }
        }
    }
}
