import Coaching
import DialogueEngine
import Foundation
import GRDB

extension ProfileStore {
    /// The whole profile.
    public func loadProfile() throws(ProfileStoreError) -> Profile {
        try read { db in try ProfileRows.load(db) }
    }

    /// Replaces everything in the profile with `profile`, in one transaction (an import).
    public func replaceProfile(_ profile: Profile) throws(ProfileStoreError) {
        try write { db in try ProfileRows.replace(with: profile, in: db) }
    }
}

/// The mapping between the profile model and the tables.
enum ProfileRows {
    static func list(_ items: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(items)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func list(_ text: String?) -> [String] {
        guard let text, let items = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return items
    }

    static func date(_ text: String?) -> CalendarDate? { text.flatMap(CalendarDate.init(iso:)) }

    static func savePerson(_ person: Person, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO person (id, name, stage, field, school) VALUES (1, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, stage = excluded.stage, field = excluded.field,
                school = excluded.school
            """, arguments: [person.name, person.stage?.rawValue, person.field, person.school])
    }

    /// Writes only the changed fields of the person's row.
    static func apply(_ changes: PersonChanges, in db: Database) throws {
        guard !changes.isEmpty else { return }
        try db.execute(sql: "INSERT OR IGNORE INTO person (id) VALUES (1)")
        let columns: [(String, String?)] = [("name", changes.name), ("stage", changes.stage?.rawValue),
                                            ("field", changes.field), ("school", changes.school)]
        for (column, value) in columns where value != nil {
            try db.execute(sql: "UPDATE person SET \(column) = ? WHERE id = 1", arguments: [value])
        }
    }

    static func replace(with profile: Profile, in db: Database) throws {
        for table in ["person", "skills", "contacts", "event_plans", "events", "interactions", "follow_ups", "pitches", "rehearsals"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        try savePerson(profile.person, in: db)
        try replaceValues(with: profile.values, in: db)
        try replaceGoals(with: profile.goals, in: db)
        try replaceStrengths(with: profile.strengths, in: db)
        try replaceExperiences(with: profile.experiences, in: db)
        for (sort, skill) in profile.skills.enumerated() {
            try db.execute(sql: "INSERT INTO skills (name, sort) VALUES (?, ?)", arguments: [skill.name, sort])
        }
        for (sort, contact) in profile.contacts.enumerated() {
            try insertContact(contact, sort: sort, in: db)
        }
        for event in profile.events { try saveEvent(event, in: db) }
        for interaction in profile.interactions { try addInteraction(interaction, in: db) }
        for followUp in profile.followUps { try saveFollowUp(followUp, in: db) }
        for (sort, pitch) in profile.pitches.enumerated() {
            try db.execute(sql: "INSERT INTO pitches (id, text, seconds, audience, created, sort) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [pitch.id, pitch.text, pitch.seconds, pitch.audience, pitch.created.iso, sort])
            for rehearsal in pitch.rehearsals { try insertRehearsal(rehearsal, pitch: pitch.id, in: db) }
        }
    }

    // MARK: Contacts

    /// Every contact, in the profile's order.
    static func loadContacts(_ db: Database) throws -> [Contact] {
        try Row.fetchAll(db, sql: "SELECT * FROM contacts ORDER BY sort").map(contact)
    }

    static func contact(_ row: Row) -> Contact {
        Contact(id: row["id"], firstName: row["first_name"], lastName: row["last_name"], company: row["company"],
                position: row["position"], url: row["url"], email: row["email"], phone: row["phone"], howMet: row["how_met"],
                tags: list(row["tags"]), notes: row["notes"], connectedOn: date(row["connected_on"]),
                lastInteraction: date(row["last_interaction"]), cadenceDays: row["cadence_days"], source: row["source"])
    }

    /// Inserts one contact row through a statement prepared once per connection, so an import of thousands
    /// of contacts does not compile its SQL thousands of times.
    static func insertContact(_ contact: Contact, sort: Int, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO contacts (id, first_name, last_name, company, position, url, email, phone, how_met, tags, notes,
                connected_on, last_interaction, cadence_days, source, sort)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [contact.id, contact.firstName, contact.lastName, contact.company, contact.position,
                                          contact.url, contact.email, contact.phone, contact.howMet, list(contact.tags),
                                          contact.notes, contact.connectedOn?.iso, contact.lastInteraction?.iso,
                                          contact.cadenceDays, contact.source, sort])
    }

    // MARK: Sections a turn may replace whole

    /// Replaces the rows of `profile_values` with `values`, in their order.
    static func replaceValues(with values: [ValueChoice], in db: Database) throws {
        try db.execute(sql: "DELETE FROM profile_values")
        for (sort, value) in values.enumerated() {
            try db.execute(sql: "INSERT INTO profile_values (id, name, pile, rank, meaning, sort) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [value.id, value.name, value.pile.rawValue, value.rank, value.meaning, sort])
        }
    }

    static func replaceGoals(with goals: [Goal], in db: Database) throws {
        try db.execute(sql: "DELETE FROM goals")
        for (sort, goal) in goals.enumerated() {
            try db.execute(sql: """
                INSERT INTO goals (id, text, horizon, role, field, organizations, deadline, measure, status, sort)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [goal.id, goal.text, goal.horizon.rawValue, goal.role, goal.field, list(goal.organizations),
                                 goal.deadline?.iso, goal.measure, goal.status.rawValue, sort])
        }
    }

    /// Replaces the strengths and their STAR stories together.
    static func replaceStrengths(with strengths: [Strength], in db: Database) throws {
        try db.execute(sql: "DELETE FROM star_stories")
        try db.execute(sql: "DELETE FROM strengths")
        for (sort, strength) in strengths.enumerated() {
            try db.execute(sql: "INSERT INTO strengths (id, name, rank, sort) VALUES (?, ?, ?, ?)",
                           arguments: [strength.id, strength.name, strength.rank, sort])
            for (index, story) in strength.stories.enumerated() {
                try db.execute(sql: """
                    INSERT INTO star_stories (strength_id, sort, situation, task, action, result) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [strength.id, index, story.situation, story.task, story.action, story.result])
            }
        }
    }

    static func replaceExperiences(with experiences: [Experience], in db: Database) throws {
        try db.execute(sql: "DELETE FROM experiences")
        for (sort, experience) in experiences.enumerated() {
            try db.execute(sql: """
                INSERT INTO experiences (sort, kind, organization, role, industry, start, "end", highlights)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [sort, experience.kind?.rawValue, experience.organization, experience.role, experience.industry,
                                 experience.start?.iso, experience.end?.iso, list(experience.highlights)])
        }
    }

    static func load(_ db: Database) throws -> Profile {
        var profile = Profile()
        if let row = try Row.fetchOne(db, sql: "SELECT name, stage, field, school FROM person WHERE id = 1") {
            profile.person = Person(name: row["name"], stage: (row["stage"] as String?).flatMap(Stage.init(rawValue:)),
                                    field: row["field"], school: row["school"])
        }
        profile.values = try Row.fetchAll(db, sql: "SELECT * FROM profile_values ORDER BY sort").compactMap { row in
            guard let pile = ValueChoice.Pile(rawValue: row["pile"]) else { return nil }
            return ValueChoice(id: row["id"], name: row["name"], pile: pile, rank: row["rank"], meaning: row["meaning"])
        }
        profile.goals = try Row.fetchAll(db, sql: "SELECT * FROM goals ORDER BY sort").compactMap { row in
            guard let horizon = Goal.Horizon(rawValue: row["horizon"]), let status = Goal.Status(rawValue: row["status"]) else { return nil }
            return Goal(id: row["id"], text: row["text"], horizon: horizon, role: row["role"], field: row["field"],
                        organizations: list(row["organizations"]), deadline: date(row["deadline"]), measure: row["measure"],
                        status: status)
        }
        var stories: [String: [StarStory]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM star_stories ORDER BY strength_id, sort") {
            stories[row["strength_id"], default: []].append(StarStory(situation: row["situation"], task: row["task"],
                                                                       action: row["action"], result: row["result"]))
        }
        profile.strengths = try Row.fetchAll(db, sql: "SELECT * FROM strengths ORDER BY sort").map { row in
            Strength(id: row["id"], name: row["name"], rank: row["rank"], stories: stories[row["id"]] ?? [])
        }
        profile.skills = try Row.fetchAll(db, sql: "SELECT name FROM skills ORDER BY sort").map { Skill(name: $0["name"]) }
        profile.experiences = try Row.fetchAll(db, sql: "SELECT * FROM experiences ORDER BY sort").map { row in
            Experience(kind: (row["kind"] as String?).flatMap(Experience.Kind.init(rawValue:)), organization: row["organization"],
                       role: row["role"], industry: row["industry"], start: date(row["start"]), end: date(row["end"]),
                       highlights: list(row["highlights"]))
        }
        profile.contacts = try loadContacts(db)
        profile.events = try loadEvents(db)
        profile.interactions = try Row.fetchAll(db, sql: "SELECT * FROM interactions ORDER BY sort").compactMap { row in
            guard let date = date(row["date"]) else { return nil }
            return Interaction(contactId: row["contact_id"], eventId: row["event_id"], date: date, notes: row["notes"],
                               promised: row["promised"])
        }
        profile.followUps = try loadFollowUps(db)
        profile.pitches = try Row.fetchAll(db, sql: "SELECT * FROM pitches ORDER BY sort").compactMap { row in
            guard let created = (row["created"] as String?).flatMap(Timestamp.init(iso:)) else { return nil }
            let rehearsals = try Row.fetchAll(db, sql: "SELECT * FROM rehearsals WHERE pitch_id = ? ORDER BY at, id",
                                              arguments: [row["id"] as String]).compactMap { row -> Rehearsal? in
                guard let at = (row["at"] as String?).flatMap(Timestamp.init(iso:)) else { return nil }
                return Rehearsal(at: at, seconds: row["seconds"], words: row["words"])
            }
            return Pitch(id: row["id"], text: row["text"], seconds: row["seconds"], audience: row["audience"], created: created,
                         rehearsals: rehearsals)
        }
        return profile
    }

    static func insertRehearsal(_ rehearsal: Rehearsal, pitch: String, in db: Database) throws {
        try db.execute(sql: "INSERT INTO rehearsals (pitch_id, at, seconds, words) VALUES (?, ?, ?, ?)",
                       arguments: [pitch, rehearsal.at.iso, rehearsal.seconds, rehearsal.words])
    }
}

extension ProfileStore {
    /// Adds a version of the pitch after the others and returns it as stored: when another coach window
    /// took its id meanwhile, it gets the next free `pitch-N`.
    public func addPitch(_ pitch: Pitch) throws(ProfileStoreError) -> Pitch {
        try write { db in
            var stored = pitch
            let taken = Set(try String.fetchAll(db, sql: "SELECT id FROM pitches"))
            if taken.contains(stored.id) {
                var number = taken.count + 1
                while taken.contains("pitch-\(number)") { number += 1 }
                stored.id = "pitch-\(number)"
            }
            let sort = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sort) + 1, 0) FROM pitches") ?? 0
            try db.execute(sql: "INSERT INTO pitches (id, text, seconds, audience, created, sort) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [stored.id, stored.text, stored.seconds, stored.audience, stored.created.iso, sort])
            return stored
        }
    }

    /// Records a rehearsal of the pitch `pitch`.
    public func addRehearsal(_ rehearsal: Rehearsal, pitch: String) throws(ProfileStoreError) {
        try write { db in try ProfileRows.insertRehearsal(rehearsal, pitch: pitch, in: db) }
    }
}
