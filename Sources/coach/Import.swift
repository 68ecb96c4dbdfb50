import ArgumentParser
import Coaching
import CoachShell
import Foundation
import ProfileStore

/// `coach import json FILE [--merge]`, `coach import linkedin FILE`, `coach import vcard FILE`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring data into the profile.",
        subcommands: [ImportJSON.self, ImportLinkedIn.self, ImportVCard.self]
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

        let (text, name) = try readText(file, output: output, directoryHint: "Give the path of a JSON export file.",
                                        missingHint: "Give the path of a JSON export.",
                                        encodingHint: "Give a file written by 'coach export --format json'.")
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

struct ImportLinkedIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkedin",
        abstract: "Add or update contacts from LinkedIn's Connections.csv.",
        discussion: """
            Get the file from LinkedIn: Settings & Privacy → Data privacy → Get a copy of your data → \
            Connections; LinkedIn emails a link to a zip that holds Connections.csv. Importing it again updates \
            the contacts instead of adding them twice (matched by profile URL, else by name and company). \
            A row that cannot be read is listed with its line number and skipped; every other row is kept.
            """
    )

    @Argument(help: ArgumentHelp("Connections.csv, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        try ContactFileImport.run(.linkedIn, file: file, global: global)
    }
}

struct ImportVCard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vcard",
        abstract: "Add or update contacts from a vCard (.vcf) file.",
        discussion: """
            Reads vCard 3.0 and 4.0, one card or many, as address books and phones export them: names, \
            organisation, title, email, phone, URL and note. Importing it again updates the contacts instead \
            of adding them twice (matched by URL, else by name and organisation). A card without a name is \
            listed with its line number and skipped.
            """
    )

    @Argument(help: ArgumentHelp("The .vcf file, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        try ContactFileImport.run(.vCard, file: file, global: global)
    }
}

/// What `import linkedin` and `import vcard` share: read, parse, merge in one transaction, summarise.
private enum ContactFileImport {
    enum Kind {
        case linkedIn, vCard

        var unit: (one: String, many: String) {
            switch self {
            case .linkedIn: ("row", "rows")
            case .vCard: ("card", "cards")
            }
        }

        var hint: String {
            switch self {
            case .linkedIn: "Give the Connections.csv from LinkedIn's 'Get a copy of your data'."
            case .vCard: "Give a .vcf file exported from an address book."
            }
        }

        func parse(_ text: String, progress: (Int) -> Void) -> Result<ContactFile, NotAContactFile> {
            switch self {
            case .linkedIn: LinkedInConnections.parse(text, progress: progress)
            case .vCard: VCardFile.parse(text, progress: progress)
            }
        }
    }

    static func run(_ kind: Kind, file: String, global: GlobalOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)
        let (text, name) = try readText(file, output: output, directoryHint: kind.hint, missingHint: kind.hint,
                                        encodingHint: "Save it as UTF-8 text, as LinkedIn and address books export it.")

        let lines = text.utf8.reduce(into: 1) { count, byte in if byte == UInt8(ascii: "\n") { count += 1 } }
        let bar = ProgressBar(enabled: lines > ProgressBar.threshold && isatty(STDERR_FILENO) == 1)
        let contacts: ContactFile
        switch kind.parse(text, progress: { bar.show("Reading", done: $0, total: lines) }) {
        case let .success(file):
            contacts = file
        case let .failure(failure):
            bar.clear()
            output.error("\(name) is not \(failure.reason); nothing was imported.", hint: kind.hint)
            throw ExitCode(ExitStatus.dataError.rawValue)
        }

        let store = try ProfileCommandSupport.open(settings, environment: environment, output: output)
        let report: ContactImportReport
        do throws(ProfileStoreError) {
            report = try store.changeContacts({ existing in ContactImport.merge(contacts, into: existing) },
                                              progress: { bar.show("Saving", done: $0, total: $1) })
        } catch {
            bar.clear()
            output.error(error.description)
            throw ExitCode(ProfileOpener.status(for: error).rawValue)
        }
        bar.clear()
        output.sink.write(report.render(file: name, profile: settings.profile.displayName, unit: kind.unit), error: false)
    }
}

/// A one-line progress bar on standard error, redrawn with a carriage return; nothing at all when standard
/// error is not a terminal or the file is short.
private struct ProgressBar: Sendable {
    /// Files with more lines than this get a bar.
    static let threshold = 3000

    let enabled: Bool

    func show(_ label: String, done: Int, total: Int) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + ImportProgress.line(label, done: done, total: total)).utf8))
    }

    /// Blanks the bar's line, so what follows starts at its beginning.
    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 79) + "\r").utf8))
    }
}

/// The text of `file` (or standard input for `-`) and how to name it in messages; a missing or unreadable
/// file fails with 66, text that is not UTF-8 with 65.
private func readText(_ file: String, output: ShellOutput, directoryHint: String, missingHint: String,
                      encodingHint: String) throws -> (text: String, name: String) {
    let data: Data
    if file == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else if isDirectory(file) {
        output.error("'\(file)' is a directory.", hint: directoryHint)
        throw ExitCode(ExitStatus.noInput.rawValue)
    } else if let contents = FileManager.default.contents(atPath: file) {
        data = contents
    } else {
        output.error("cannot read '\(file)': no such file, or it is not readable.", hint: missingHint)
        throw ExitCode(ExitStatus.noInput.rawValue)
    }
    let name = file == "-" ? "standard input" : "'\(file)'"
    guard let text = String(data: data, encoding: .utf8) else {
        output.error("\(name) is not UTF-8 text.", hint: encodingHint)
        throw ExitCode(ExitStatus.dataError.rawValue)
    }
    return (text, name)
}

private func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
}
