import ArgumentParser
import Coaching
import CoachShell
import DialogueEngine
import Foundation
import ProfileStore

/// `coach export --format json|markdown [--output FILE]`
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole profile out: JSON for other tools, Markdown to share.",
        discussion: """
            JSON is complete and versioned ("format": "coach-profile", "version": 1); 'coach import json' \
            reads it back. Markdown is a readable professional profile, without your contacts' details. \
            Written to standard output unless --output names a file (created with mode 0600).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, markdown }

    @Option(name: .long, help: "json or markdown.")
    var format: Format = .json

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output ('-' is standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let shellOutput = Launcher.plainOutput(settings: settings, environment: environment)
        let store = try ProfileCommandSupport.open(settings, environment: environment, create: false, output: shellOutput)
        let profile = try ProfileCommandSupport.load(store, output: shellOutput)
        let text: String
        switch format {
        case .json: text = ProfileJSON.encode(profile)
        case .markdown: text = ProfileMarkdown.render(profile, today: ContentCompiler.today(environment: environment))
        }
        try ProfileCommandSupport.write(text, to: output, output: shellOutput)
    }
}

/// Opening and loading a profile for a one-shot subcommand, failing with the store's message.
enum ProfileCommandSupport {
    static func open(_ settings: Settings, environment: [String: String], create: Bool = true,
                     output: ShellOutput) throws -> ProfileStore {
        switch ProfileOpener.open(settings.profile, environment: environment, create: create, output: output) {
        case let .success(store): return store
        case let .failure(status): throw ExitCode(status.rawValue)
        }
    }

    /// The Prompts content in use, or exit 65 after its problems are shown.
    static func program(_ settings: Settings, environment: [String: String], output: ShellOutput) throws -> Program {
        guard let program = ContentCompiler.load(promptsOverride: settings.promptsDirectory, environment: environment,
                                                 output: output) else {
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
        return program
    }

    /// Writes `text` to standard output when `path` is nil or '-', else to a private file; reports a file
    /// it cannot write and exits 73. Returns whether it wrote a file.
    @discardableResult
    static func write(_ text: String, to path: String?, output: ShellOutput) throws -> Bool {
        guard let path, path != "-" else {
            output.sink.write(text, error: false)
            return false
        }
        do {
            try PrivateFile.write(text, to: path)
        } catch {
            output.error("cannot write '\(path)': \(error).", hint: "Give a path in a directory you can write to.")
            throw ExitCode(ExitStatus.cannotCreate.rawValue)
        }
        return true
    }

    static func load(_ store: ProfileStore, output: ShellOutput) throws -> Profile {
        do throws(ProfileStoreError) {
            return try store.loadProfile()
        } catch {
            output.error(error.description)
            throw ExitCode(ProfileOpener.status(for: error).rawValue)
        }
    }
}

/// Files with personal data: written whole (temporary file, then rename) and readable only by their owner.
enum PrivateFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ text: String, to path: String) throws {
        guard !path.isEmpty else { throw Failure(description: "the file name is empty") }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(description: "the directory '\(directory.path)' does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw Failure(description: "the file cannot be created there (permissions, or the disk is full)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(description: reason)
        }
    }
}
