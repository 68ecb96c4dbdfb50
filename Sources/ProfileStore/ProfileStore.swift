import Coaching
import DialogueEngine
import Foundation
import GRDB

/// One user's profile on disk: an SQLite file (WAL mode, a busy timeout so two coach processes can
/// share it), versioned by migrations, readable and writable only by its owner.
///
/// Every write is its own transaction, so a killed process loses at most what it had not yet
/// written. A file that is not a coach profile, is damaged, or comes from a newer coach is refused
/// before anything is written to it.
public final class ProfileStore: Sendable {
    /// Marks a file as a coach profile (`PRAGMA application_id`): "Coac".
    public static let applicationID: Int32 = 0x436F_6163
    /// The newest schema this coach writes (`PRAGMA user_version`).
    public static let schemaVersion = 3

    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens the profile at `path`, creating it (and its directory, mode 0700) when missing, unless
    /// `create` is false: then a missing profile is an error.
    public static func open(path: String, create: Bool = true) throws(ProfileStoreError) -> ProfileStore {
        try open(path: path, create: create, schema: Schema(migrator: migrator, version: schemaVersion))
    }

    /// The migrations to apply and the version they reach (tests pass a future schema).
    struct Schema {
        var migrator: DatabaseMigrator
        var version: Int
    }

    /// Two coach processes may open one profile at the same moment: creating, checking and
    /// upgrading it happen under an exclusive advisory lock (flock) on its directory, so one
    /// finishes before the other looks. The lock is on the directory, never on the database file:
    /// closing any descriptor of that file would drop the POSIX locks SQLite holds on it in this
    /// process, and another process could then delete a WAL still in use. SQLite can still answer
    /// "busy" without waiting while the other switches to WAL mode; that is retried for a while.
    static func open(path: String, create: Bool = true, schema: Schema) throws(ProfileStoreError) -> ProfileStore {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard create else { throw .missing(path: path) }
            try createDirectory(for: path)
        }
        var directory = (path as NSString).deletingLastPathComponent
        if directory.isEmpty { directory = "." }
        let lock = Glibc.open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lock >= 0 else { throw .io(path: path, reason: "its directory cannot be opened: \(String(cString: strerror(errno)))") }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(lock, LOCK_UN) }
        var attempt = 0
        while true {
            do {
                return try openOnce(path: path, schema: schema)
            } catch .io(_, let reason) where reason == busyReason && attempt < 100 {
                attempt += 1
                usleep(50_000)
            }
        }
    }

    static let busyReason = "another program holds it locked; try again"

    private static func openOnce(path: String, schema: Schema) throws(ProfileStoreError) -> ProfileStore {
        let manager = FileManager.default
        let existingVersion = manager.fileExists(atPath: path) ? try inspect(path, supported: schema.version) : 0
        if existingVersion > 0 && existingVersion < schema.version {
            try backUp(path, to: path + ".bak-v\(existingVersion)")
        }

        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "coach-profile"
        let pool: DatabasePool
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try schema.migrator.migrate(pool)
        } catch {
            throw classify(error, path: path, creating: existingVersion == 0)
        }
        for file in [path, path + "-wal", path + "-shm"] where manager.fileExists(atPath: file) { chmod(file, 0o600) }
        return ProfileStore(path: path, pool: pool)
    }

    /// Copies a profile through SQLite's backup API, so committed data still in the WAL is included.
    private static func backUp(_ path: String, to backup: String) throws(ProfileStoreError) {
        let previousMask = umask(0o077)
        defer { umask(previousMask) }
        do {
            if FileManager.default.fileExists(atPath: backup) { try FileManager.default.removeItem(atPath: backup) }
            var readOnly = Configuration()
            readOnly.readonly = true
            let source = try DatabaseQueue(path: path, configuration: readOnly)
            let copy = try DatabaseQueue(path: backup)
            try source.backup(to: copy)
            try copy.close()
            try source.close()
            chmod(backup, 0o600)
        } catch {
            throw .io(path: path, reason: "cannot copy it to \(backup) before upgrading it (\(error)); it was left untouched")
        }
    }

    /// Reads a file's identity without changing it: returns its schema version (0 for an empty
    /// file), or throws when it is not a coach profile, is damaged, or is newer than this coach.
    static func inspect(_ path: String, supported: Int) throws(ProfileStoreError) -> Int {
        // Only SQLite opens the file: closing a descriptor of our own on it would drop the locks
        // SQLite holds on it in this process (POSIX locks belong to the process, not the descriptor).
        guard access(path, R_OK) == 0 else {
            throw .io(path: path, reason: "it cannot be read (check its permissions)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db throws -> Int in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != ProfileStore.applicationID {
                    if applicationID == 0 && version == 0 && tables == 0 { return 0 }
                    throw ProfileStoreError.notAProfile(path: path)
                }
                if version > supported {
                    throw ProfileStoreError.newerVersion(path: path, found: version, supported: supported)
                }
                let check = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "ok"
                if check != "ok" {
                    // SQLite's report reads "*** in database main ***\nPage 2: …": keep the facts.
                    let detail = check.split(separator: "\n").filter { !$0.hasPrefix("***") }.joined(separator: "; ")
                    throw ProfileStoreError.corrupt(path: path, detail: detail.isEmpty ? check : detail)
                }
                return version
            }
        } catch let error as ProfileStoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notAProfile(path: path)
        } catch {
            throw classify(error, path: path, creating: false)
        }
    }

    static func classify(_ error: Error, path: String, creating: Bool) -> ProfileStoreError {
        if let error = error as? ProfileStoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return .corrupt(path: path, detail: error.message ?? "not a database")
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM:
                return creating ? .cannotCreate(path: path, reason: error.message ?? "permission denied")
                    : .io(path: path, reason: (error.message ?? "cannot open") + " (check the file's and its directory's permissions)")
            case .SQLITE_FULL:
                return .io(path: path, reason: "the disk is full; nothing was written")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .io(path: path, reason: busyReason)
            default:
                return .io(path: path, reason: error.message ?? "\(error)")
            }
        }
        return .io(path: path, reason: "\(error)")
    }

    private static func createDirectory(for path: String) throws(ProfileStoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { throw .cannotCreate(path: path, reason: "'\(directory)' is a file, not a directory") }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreate(path: path, reason: "cannot create the directory '\(directory)' (\(error.localizedDescription))")
        }
    }

    /// Runs a write transaction, turning database errors into store errors.
    func write<T>(_ body: @Sendable (Database) throws -> T) throws(ProfileStoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw ProfileStore.classify(error, path: path, creating: false)
        }
    }

    func read<T>(_ body: @Sendable (Database) throws -> T) throws(ProfileStoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw ProfileStore.classify(error, path: path, creating: false)
        }
    }

    /// `PRAGMA integrity_check`, for tests and diagnostics.
    public func integrityCheck() throws(ProfileStoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "?" }
    }
}
