import Foundation

/// Which profile coach works on: a name (stored in coach's data directory) or a file path.
/// Anything with a `/` or ending in `.sqlite` is a path.
public enum ProfileSelection: Equatable, Sendable {
    case named(String)
    case file(String)

    public static let defaultName = "default"

    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case emptyName
        case invalidName(String)
        case tooLong(Int)

        public var description: String {
            switch self {
            case .emptyName:
                return "the profile name is empty. Give a name such as 'work', or a path to a .sqlite file."
            case let .tooLong(count):
                return "a profile name has at most 64 characters; this one has \(count)."
            case let .invalidName(name):
                return "'\(name)' is not a usable profile name: use letters, digits, '-', '_' and '.', "
                    + "not starting or ending with '.'; or give a path to a .sqlite file."
            }
        }
    }

    /// The profile named by `--profile`, else by `COACH_PROFILE`, else `default`.
    public static func resolve(option: String?, environment: [String: String]) throws(Failure) -> ProfileSelection {
        if let option { return try ProfileSelection(option) }
        if let variable = environment["COACH_PROFILE"], !variable.isEmpty { return try ProfileSelection(variable) }
        return .named(defaultName)
    }

    public init(_ argument: String) throws(Failure) {
        if argument.contains("/") || argument.hasSuffix(".sqlite") {
            self = .file(argument)
            return
        }
        guard !argument.isEmpty else { throw .emptyName }
        let allowed = argument.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || $0 == "-" || $0 == "_" || $0 == "."
        }
        guard argument.count <= 64 else { throw .tooLong(argument.count) }
        guard allowed, !argument.hasPrefix("."), !argument.hasSuffix(".") else { throw .invalidName(argument) }
        self = .named(argument)
    }

    /// The directory named profiles live in: `$XDG_DATA_HOME/coach/profiles` (an XDG variable counts
    /// only when absolute), else `~/.local/share/coach/profiles`.
    public static func profilesDirectory(environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/coach/profiles" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/coach/profiles"
    }

    /// The names of the profiles in the profiles directory, sorted.
    public static func existingNames(environment: [String: String]) -> [String] {
        guard let directory = profilesDirectory(environment: environment),
              let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return files.filter { $0.hasSuffix(".sqlite") }.map { String($0.dropLast(".sqlite".count)) }.sorted()
    }

    /// The database file this selection means.
    public func path(environment: [String: String]) -> String? {
        switch self {
        case let .named(name): return ProfileSelection.profilesDirectory(environment: environment).map { $0 + "/\(name).sqlite" }
        case let .file(path): return path
        }
    }

    /// How the profile is named to the user.
    public var displayName: String {
        switch self {
        case let .named(name): return name
        case let .file(path): return path
        }
    }
}
