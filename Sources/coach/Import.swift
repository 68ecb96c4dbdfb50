import ArgumentParser
import Coaching
import CoachShell
import Foundation
import ProfileStore

/// `coach import json FILE [--merge]` (and, later, other formats).
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring data into the profile.",
        subcommands: [ImportJSON.self]
    )
}

struct ImportJSON: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "json",
        abstract: "Restore a 'coach export --format json' file, or merge it into this profile.",
        discussion: """
            Into an empty profile the file is restored exactly. Into a profile with data, --merge adds and \
            updates (contacts matched by URL, else by name and company) and reports what changed. The whole \
            file is checked first: if anything is wrong, every problem is listed with its JSON path and \
            nothing is written.
            """
    )

    @Argument(help: ArgumentHelp("The JSON file, or - for standard input.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Merge into a profile that already has data.")
    var merge = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)

        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if isDirectory(file) {
            output.error("'\(file)' is a directory.", hint: "Give the path of a JSON export file.")
            throw ExitCode(ExitStatus.noInput.rawValue)
        } else if let contents = FileManager.default.contents(atPath: file) {
            data = contents
        } else {
            output.error("cannot read '\(file)': no such file, or it is not readable.", hint: "Give the path of a JSON export.")
            throw ExitCode(ExitStatus.noInput.rawValue)
        }
        let name = file == "-" ? "standard input" : "'\(file)'"
        guard let text = String(data: data, encoding: .utf8) else {
            output.error("\(name) is not UTF-8 text.", hint: "Give a file written by 'coach export --format json'.")
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
        let incoming: Profile
        switch ProfileJSON.decode(text) {
        case let .success(profile):
            incoming = profile
        case let .failure(problems):
            output.error("\(name) cannot be imported; nothing was written:")
            for problem in problems.list { output.sink.write("  \(problem.path): \(problem.message)\n", error: true) }
            throw ExitCode(ExitStatus.dataError.rawValue)
        }

        let store = try ProfileCommandSupport.open(settings, environment: environment, output: output)
        let existing = try ProfileCommandSupport.load(store, output: output)
        let result: Profile
        let summary: String
        if existing.isEmpty {
            result = incoming
            summary = "Restored the profile '\(settings.profile.displayName)' from \(name)."
        } else if merge {
            let (merged, report) = ProfileMerge.merge(incoming, into: existing)
            result = merged
            summary = "Merged \(name) into '\(settings.profile.displayName)': \(report.summary)."
        } else {
            output.error("the profile '\(settings.profile.displayName)' already has data.",
                         hint: "Add --merge to merge into it, or import into a new profile: coach --profile NEW import json \(file)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        do throws(ProfileStoreError) {
            try store.replaceProfile(result)
        } catch {
            output.error(error.description)
            throw ExitCode(ProfileOpener.status(for: error).rawValue)
        }
        output.sink.write(summary + "\n", error: true)
    }
}

private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
}
