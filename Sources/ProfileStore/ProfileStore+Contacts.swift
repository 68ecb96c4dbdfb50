import Coaching
import GRDB

extension ProfileStore {
    /// Every contact, in the profile's order.
    public func loadContacts() throws(ProfileStoreError) -> [Contact] {
        try read { db in try ProfileRows.loadContacts(db) }
    }

    /// Reads the contacts and writes what `plan` makes of them, in one transaction: another coach window
    /// cannot change the contacts between the two. New contacts go after the existing ones, in order;
    /// updated ones keep their place. Only the rows that change are written, each through one prepared
    /// statement, so importing 30,000 contacts is one transaction of 30,000 inserts, not 30,000 rewrites.
    ///
    /// `progress` is called with the number of contacts written so far, now and then.
    public func changeContacts<Outcome: Sendable>(
        _ plan: @Sendable ([Contact]) -> (ContactChanges, Outcome),
        progress: @escaping @Sendable (_ written: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(ProfileStoreError) -> Outcome {
        try write { db in
            let (changes, outcome) = plan(try ProfileRows.loadContacts(db))
            try ProfileRows.apply(changes, in: db, progress: progress)
            return outcome
        }
    }
}

extension ProfileStore {
    /// Deletes a contact with the interactions and follow-ups that name it, in one transaction.
    public func deleteContact(id: String) throws(ProfileStoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM follow_ups WHERE contact_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM interactions WHERE contact_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM contacts WHERE id = ?", arguments: [id])
        }
    }
}

extension ProfileRows {
    /// Inserts the added contacts after the last one and rewrites the updated ones in place.
    static func apply(_ changes: ContactChanges, in db: Database,
                      progress: (_ written: Int, _ total: Int) -> Void = { _, _ in }) throws {
        guard !changes.isEmpty else { return }
        let total = changes.added.count + changes.updated.count
        var written = 0
        func wrote() {
            written += 1
            if written % 1000 == 0 || written == total { progress(written, total) }
        }
        let update = try db.cachedStatement(sql: """
            UPDATE contacts SET first_name = ?, last_name = ?, company = ?, position = ?, url = ?, email = ?, phone = ?,
                how_met = ?, tags = ?, notes = ?, connected_on = ?, last_interaction = ?, cadence_days = ?, source = ?
            WHERE id = ?
            """)
        for contact in changes.updated {
            try update.execute(arguments: [contact.firstName, contact.lastName, contact.company, contact.position, contact.url,
                                           contact.email, contact.phone, contact.howMet, list(contact.tags), contact.notes,
                                           contact.connectedOn?.iso, contact.lastInteraction?.iso, contact.cadenceDays,
                                           contact.source, contact.id])
            wrote()
        }
        var sort = (try Int.fetchOne(db, sql: "SELECT max(sort) FROM contacts") ?? -1) + 1
        for contact in changes.added {
            try insertContact(contact, sort: sort, in: db)
            sort += 1
            wrote()
        }
    }
}
