import Coaching
import DialogueEngine
import Foundation
import GRDB

extension ProfileRows {
    static func loadEvents(_ db: Database) throws -> [Event] {
        var plans: [String: EventPlan] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT event_id, plan FROM event_plans") {
            let json: String = row["plan"]
            if let plan = try? JSONDecoder().decode(EventPlan.self, from: Data(json.utf8)) { plans[row["event_id"]] = plan }
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM events ORDER BY sort").compactMap { row in
            guard let kind = Event.Kind(rawValue: row["kind"]) else { return nil }
            let id: String = row["id"]
            return Event(id: id, name: row["name"], kind: kind, start: (row["start"] as String?).flatMap(LocalDateTime.init(iso:)),
                         durationMinutes: row["duration_minutes"], place: row["place"], aim: row["aim"],
                         expected: list(row["expected"]), people: list(row["people"]), plan: plans[id],
                         debriefed: row["debriefed"], updated: (row["updated"] as String?).flatMap(Timestamp.init(iso:)),
                         revision: row["revision"])
        }
    }

    static func loadFollowUps(_ db: Database) throws -> [FollowUp] {
        try Row.fetchAll(db, sql: "SELECT * FROM follow_ups ORDER BY sort").compactMap { row in
            guard let due = date(row["due"]) else { return nil }
            return FollowUp(id: row["id"], contactId: row["contact_id"], due: due, message: row["message"], done: row["done"],
                            kind: (row["kind"] as String?).flatMap(FollowUp.Kind.init(rawValue:)), title: row["title"],
                            eventId: row["event_id"], doneOn: date(row["done_on"]),
                            updated: (row["updated"] as String?).flatMap(Timestamp.init(iso:)), revision: row["revision"])
        }
    }

    /// Inserts the event, or rewrites the one with its id in place; its plan with it.
    static func saveEvent(_ event: Event, in db: Database) throws {
        let arguments: StatementArguments = [event.name, event.kind.rawValue, event.start?.iso, event.durationMinutes, event.place,
                                             event.aim, list(event.expected), list(event.people), event.debriefed,
                                             event.updated?.iso, event.revision, event.id]
        try db.execute(sql: """
            UPDATE events SET name = ?, kind = ?, start = ?, duration_minutes = ?, place = ?, aim = ?, expected = ?, people = ?,
                debriefed = ?, updated = ?, revision = ? WHERE id = ?
            """, arguments: arguments)
        if db.changesCount == 0 {
            let sort = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sort) + 1, 0) FROM events") ?? 0
            try db.execute(sql: """
                INSERT INTO events (name, kind, start, duration_minutes, place, aim, expected, people, debriefed, updated, revision,
                    id, sort)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: arguments + [sort])
        }
        if let plan = event.plan {
            let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
            try db.execute(sql: """
                INSERT INTO event_plans (event_id, plan, updated) VALUES (?, ?, ?)
                ON CONFLICT(event_id) DO UPDATE SET plan = excluded.plan, updated = excluded.updated
                """, arguments: [event.id, json, plan.made.iso])
        } else {
            try db.execute(sql: "DELETE FROM event_plans WHERE event_id = ?", arguments: [event.id])
        }
    }

    static func addInteraction(_ interaction: Interaction, in db: Database) throws {
        let sort = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sort) + 1, 0) FROM interactions") ?? 0
        try db.execute(sql: "INSERT INTO interactions (sort, contact_id, event_id, date, notes, promised) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [sort, interaction.contactId, interaction.eventId, interaction.date.iso, interaction.notes,
                                   interaction.promised])
    }

    /// Inserts a new follow-up after the others; when another coach window took its number meanwhile, it
    /// gets the next free one. Returns it as stored.
    static func addFollowUp(_ followUp: FollowUp, in db: Database) throws -> FollowUp {
        var stored = followUp
        let taken = try String.fetchAll(db, sql: "SELECT id FROM follow_ups")
        if taken.contains(stored.id) { stored.id = String((taken.compactMap { Int($0) }.max() ?? 0) + 1) }
        try saveFollowUp(stored, in: db)
        return stored
    }

    /// Inserts the follow-up, or rewrites the one with its id in place.
    static func saveFollowUp(_ followUp: FollowUp, in db: Database) throws {
        let arguments: StatementArguments = [followUp.contactId, followUp.due.iso, followUp.message, followUp.done,
                                             followUp.kind?.rawValue, followUp.title, followUp.eventId, followUp.doneOn?.iso,
                                             followUp.updated?.iso, followUp.revision, followUp.id]
        try db.execute(sql: """
            UPDATE follow_ups SET contact_id = ?, due = ?, message = ?, done = ?, kind = ?, title = ?, event_id = ?, done_on = ?,
                updated = ?, revision = ?
            WHERE id = ?
            """, arguments: arguments)
        if db.changesCount == 0 {
            let sort = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sort) + 1, 0) FROM follow_ups") ?? 0
            try db.execute(sql: """
                INSERT INTO follow_ups (contact_id, due, message, done, kind, title, event_id, done_on, updated, revision, id, sort)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: arguments + [sort])
        }
    }
}

/// Rows a turn or a command added or changed, written one by one.
public struct RowChanges<Row: Sendable>: Sendable {
    public var saved: [Row] = []
    public init(saved: [Row] = []) { self.saved = saved }
    public var isEmpty: Bool { saved.isEmpty }
}

extension ProfileStore {
    /// Stores an event (new or changed) with its plan.
    public func saveEvent(_ event: Event) throws(ProfileStoreError) {
        try write { db in try ProfileRows.saveEvent(event, in: db) }
    }

    /// Deletes an event and its plan. Interactions and follow-ups from it stay, no longer linked to it.
    public func deleteEvent(id: String) throws(ProfileStoreError) {
        try write { db in
            try db.execute(sql: "UPDATE interactions SET event_id = NULL WHERE event_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE follow_ups SET event_id = NULL WHERE event_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM event_plans WHERE event_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM events WHERE id = ?", arguments: [id])
        }
    }

    /// Stores a changed follow-up.
    public func saveFollowUp(_ followUp: FollowUp) throws(ProfileStoreError) {
        try write { db in try ProfileRows.saveFollowUp(followUp, in: db) }
    }

    /// Stores a new follow-up under a number no other window has taken; returns it as stored.
    public func addFollowUp(_ followUp: FollowUp) throws(ProfileStoreError) -> FollowUp {
        try write { db in try ProfileRows.addFollowUp(followUp, in: db) }
    }

    /// Every follow-up, in the order they were made.
    public func loadFollowUps() throws(ProfileStoreError) -> [FollowUp] {
        try read { db in try ProfileRows.loadFollowUps(db) }
    }
}
