import ArgumentParser
import CoachShell
import Foundation

/// `coach check [DIR]`
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check Prompts content: compile it, run its transcripts, report coverage.",
        discussion: """
            With no DIR, checks the content coach runs with (built in, your overlay in \
            $XDG_CONFIG_HOME/coach/Prompts, and --prompts). With DIR, checks that directory alone. \
            Every transcript under tests/ is run against the engine with a fixed date; RECORD=1 rewrites \
            their expected lines (and fails the run so you read the change). Exit status 0 when clean, \
            65 when the content is invalid or a transcript fails.
            """
    )

    @Argument(help: ArgumentHelp("A Prompts directory to check on its own.", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: "Output format: text, or json for editors.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)
        let status = CheckCommand.run(
            CheckCommand.Options(
                directory: directory,
                promptsOverride: settings.promptsDirectory,
                format: format == .json ? .json : .text,
                record: environment["RECORD"].map { !$0.isEmpty && $0 != "0" } ?? false
            ),
            environment: environment,
            output: output
        )
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
