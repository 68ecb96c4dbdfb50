/// Why a profile cannot be opened or written. Each message names the file and says what to do;
/// the file itself is left as it was.
public enum ProfileStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// There is no profile at this path (and it was not to be created).
    case missing(path: String)
    /// The file exists but is not a coach profile (not SQLite, or SQLite made by something else).
    case notAProfile(path: String)
    /// SQLite says the file is damaged.
    case corrupt(path: String, detail: String)
    /// Written by a newer coach, with a schema this one does not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The profile or its directory cannot be created.
    case cannotCreate(path: String, reason: String)
    /// Reading or writing failed (disk full, permissions, a lock held too long).
    case io(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(path):
            return "there is no profile at '\(path)'."
        case let .notAProfile(path):
            return "'\(path)' is not a coach profile. It was left untouched; give another --profile, or move the file away."
        case let .corrupt(path, detail):
            return "the profile '\(path)' is damaged (\(detail)). It was left untouched; restore it from a backup "
                + "(coach keeps NAME.sqlite.bak-vN copies before upgrades), or start another profile with --profile."
        case let .newerVersion(path, found, supported):
            return "the profile '\(path)' was written by a newer coach (format \(found); this coach reads up to \(supported)). "
                + "It was left untouched; update coach to open it."
        case let .cannotCreate(path, reason):
            return "cannot create the profile '\(path)': \(reason)."
        case let .io(path, reason):
            return "cannot use the profile '\(path)': \(reason)."
        }
    }
}
