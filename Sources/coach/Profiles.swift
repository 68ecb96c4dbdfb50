import ArgumentParser
import CoachShell
import Foundation
import ProfileStore

/// `coach profiles` and `coach profiles delete NAME`.
struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List your profiles, or delete one.",
        subcommands: [ProfilesList.self, ProfilesDelete.self],
        defaultSubcommand: ProfilesList.self
    )
}

struct ProfilesList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles with their size and last use.")

    @Flag(name: .long, help: "Print JSON for scripts: [{\"name\", \"path\", \"bytes\", \"lastUsed\"}].")
    var json = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)
        let profiles = ProfileDirectory.list(environment: environment)
        if json {
            let items = profiles.map { ["name": $0.name, "path": $0.path, "bytes": $0.bytes, "lastUsed": $0.lastUsedISO] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            output.sink.write(String(decoding: data, as: UTF8.self) + "\n", error: false)
            return
        }
        guard !profiles.isEmpty else {
            output.line("No profiles yet: 'coach' creates 'default' the first time it runs (or --profile NAME another).")
            return
        }
        let width = profiles.map(\.name.count).max() ?? 0
        for profile in profiles {
            let padding = String(repeating: " ", count: width - profile.name.count)
            output.line("\(profile.name)\(padding)  \(ProfileDirectory.size(profile.bytes))  last used \(profile.lastUsed)")
        }
    }
}

struct ProfilesDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a profile, after you type its name again.",
        discussion: "Deletes the profile's file and the backups coach made of it. This cannot be undone: export it first."
    )

    @Argument(help: ArgumentHelp("The profile's name.", valueName: "name"))
    var name: String

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)
        guard let profile = ProfileDirectory.list(environment: environment).first(where: { $0.name == name }) else {
            let names = ProfileDirectory.list(environment: environment).map(\.name)
            output.error("there is no profile called '\(name)'.",
                         hint: names.isEmpty ? "There are no profiles yet." : "Profiles: \(names.joined(separator: ", ")).")
            throw ExitCode(ExitStatus.noInput.rawValue)
        }
        output.sink.write("This deletes '\(profile.name)' (\(profile.path)) and its backups for good. "
            + "Type the name again to confirm: ", error: false)
        guard let answer = readLine(strippingNewline: true), answer.trimmingCharacters(in: .whitespaces) == name else {
            output.sink.write("\n", error: false)
            output.error("the name did not match; nothing was deleted.")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        do {
            try ProfileDirectory.delete(profile)
        } catch {
            output.error("cannot delete '\(profile.path)': \(error.localizedDescription).")
            throw ExitCode(ExitStatus.ioError.rawValue)
        }
        output.line("Deleted '\(name)'.")
    }
}

/// The named profiles in coach's data directory.
enum ProfileDirectory {
    struct Entry {
        var name: String
        var path: String
        var bytes: Int
        /// When the profile (or its journal) was last written, as YYYY-MM-DD HH:MM in local time.
        var lastUsed: String
        /// The same in UTC, ISO 8601, for scripts.
        var lastUsedISO: String
    }

    static func list(environment: [String: String]) -> [Entry] {
        guard let directory = ProfileSelection.profilesDirectory(environment: environment),
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let iso = ISO8601DateFormatter()
        return names.filter { $0.hasSuffix(".sqlite") }.sorted().map { file in
            let path = directory + "/" + file
            var bytes = 0
            var modified = Date.distantPast
            for part in [path, path + "-wal"] {
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: part) else { continue }
                bytes += (attributes[.size] as? Int) ?? 0
                if let date = attributes[.modificationDate] as? Date, date > modified { modified = date }
            }
            return Entry(name: String(file.dropLast(".sqlite".count)), path: path, bytes: bytes,
                         lastUsed: formatter.string(from: modified), lastUsedISO: iso.string(from: modified))
        }
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    static func delete(_ entry: Entry) throws {
        let directory = (entry.path as NSString).deletingLastPathComponent
        let base = (entry.path as NSString).lastPathComponent
        for file in try FileManager.default.contentsOfDirectory(atPath: directory)
        where file == base || file == base + "-wal" || file == base + "-shm" || file.hasPrefix(base + ".bak-v") {
            try FileManager.default.removeItem(atPath: directory + "/" + file)
        }
    }
}
