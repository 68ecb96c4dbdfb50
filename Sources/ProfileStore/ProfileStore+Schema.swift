import GRDB

extension ProfileStore {
    /// Every schema change, in order. A migration never changes once released: a new one is added.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    name TEXT, stage TEXT, field TEXT, school TEXT);
                CREATE TABLE profile_values (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, pile TEXT NOT NULL, rank INTEGER, meaning TEXT,
                    sort INTEGER NOT NULL);
                CREATE TABLE goals (
                    id TEXT PRIMARY KEY, text TEXT NOT NULL, horizon TEXT NOT NULL, role TEXT, field TEXT,
                    organizations TEXT NOT NULL DEFAULT '[]', deadline TEXT, measure TEXT, status TEXT NOT NULL,
                    sort INTEGER NOT NULL);
                CREATE TABLE strengths (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, rank INTEGER, sort INTEGER NOT NULL);
                CREATE TABLE star_stories (
                    strength_id TEXT NOT NULL REFERENCES strengths(id) ON DELETE CASCADE, sort INTEGER NOT NULL,
                    situation TEXT NOT NULL, task TEXT NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL,
                    PRIMARY KEY (strength_id, sort));
                CREATE TABLE skills (name TEXT PRIMARY KEY, sort INTEGER NOT NULL);
                CREATE TABLE experiences (
                    sort INTEGER PRIMARY KEY, organization TEXT NOT NULL, role TEXT NOT NULL, industry TEXT,
                    start TEXT, "end" TEXT, highlights TEXT NOT NULL DEFAULT '[]');
                CREATE TABLE contacts (
                    id TEXT PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, company TEXT,
                    position TEXT, url TEXT, email TEXT, phone TEXT, how_met TEXT, tags TEXT NOT NULL DEFAULT '[]',
                    notes TEXT, connected_on TEXT, last_interaction TEXT, cadence_days INTEGER, source TEXT,
                    sort INTEGER NOT NULL);
                CREATE INDEX contacts_by_url ON contacts(url);
                CREATE TABLE events (
                    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, start TEXT, duration_minutes INTEGER,
                    place TEXT, aim TEXT, expected TEXT NOT NULL DEFAULT '[]', sort INTEGER NOT NULL);
                CREATE TABLE event_plans (
                    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE, plan TEXT NOT NULL,
                    updated TEXT NOT NULL);
                CREATE TABLE interactions (
                    sort INTEGER PRIMARY KEY, contact_id TEXT NOT NULL, event_id TEXT, date TEXT NOT NULL, notes TEXT);
                CREATE TABLE follow_ups (
                    id TEXT PRIMARY KEY, contact_id TEXT NOT NULL, due TEXT NOT NULL, message TEXT NOT NULL,
                    done INTEGER NOT NULL, sort INTEGER NOT NULL);
                CREATE TABLE pitches (
                    id TEXT PRIMARY KEY, text TEXT NOT NULL, seconds INTEGER NOT NULL, audience TEXT NOT NULL,
                    created TEXT NOT NULL, sort INTEGER NOT NULL);
                CREATE TABLE rehearsals (
                    id INTEGER PRIMARY KEY, pitch_id TEXT NOT NULL, at TEXT NOT NULL, seconds REAL NOT NULL,
                    words INTEGER NOT NULL, notes TEXT);
                CREATE TABLE dialogue_sessions (
                    id INTEGER PRIMARY KEY CHECK (id = 1), flow TEXT NOT NULL, session TEXT NOT NULL,
                    updated TEXT NOT NULL);
                CREATE TABLE rule_firings (
                    id INTEGER PRIMARY KEY, rule TEXT NOT NULL, number INTEGER, facts TEXT NOT NULL,
                    because TEXT NOT NULL, shown TEXT NOT NULL);
                PRAGMA application_id = \(ProfileStore.applicationID);
                PRAGMA user_version = 1;
                """)
        }
        // An experience's kind (internship, job, project, volunteering); NULL for those recorded before.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE experiences ADD COLUMN kind TEXT;
                PRAGMA user_version = 2;
                """)
        }
        // Events on the user's clock with the contacts expected, debriefs, and follow-ups with their kind.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                ALTER TABLE events ADD COLUMN people TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE events ADD COLUMN debriefed INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE interactions ADD COLUMN promised TEXT;
                ALTER TABLE follow_ups ADD COLUMN kind TEXT;
                ALTER TABLE follow_ups ADD COLUMN title TEXT;
                ALTER TABLE follow_ups ADD COLUMN event_id TEXT;
                ALTER TABLE follow_ups ADD COLUMN done_on TEXT;
                ALTER TABLE events ADD COLUMN updated TEXT;
                ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE follow_ups ADD COLUMN updated TEXT;
                ALTER TABLE follow_ups ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                PRAGMA user_version = 3;
                """)
        }
        return migrator
    }
}
