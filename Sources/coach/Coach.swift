import ProfileStore
import ArgumentParser
import CoachShell
import Foundation
import LineEditing

/// The `coach` command: with no subcommand it starts the interactive shell.
@main
struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "A local-first career coach for the terminal.",
        discussion: """
            Run with no subcommand to start the interactive shell. Everything stays in a local profile on \
            this machine. Exit status: 0 success, 64 usage error, 65 bad data, 66 missing input, \
            73 cannot create output, 74 I/O error.
            """,
        version: CoachVersion.current,
        subcommands: [Check.self, Flows.self, Targets.self, LinkedIn.self, Export.self, CalendarCommand.self, Import.self, Profiles.self]
    )

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let status = Launcher.runShell(settings, environment: environment)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
