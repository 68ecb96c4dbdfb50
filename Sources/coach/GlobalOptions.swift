import ProfileStore
import ArgumentParser
import CoachShell
import Foundation

/// Options every coach command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The profile to use: a name, or a path to a .sqlite file (default: $COACH_PROFILE, else 'default').",
            valueName: "name|path"
        )
    )
    var profile: String?

    @Option(
        name: .long,
        help: ArgumentHelp("A directory of Prompts files that add to or replace the shipped ones.", valueName: "dir")
    )
    var prompts: String?

    @Flag(name: .long, help: "Never colour the output (setting NO_COLOR does the same).")
    var noColor = false

    /// The options checked and resolved against the environment.
    func settings(environment: [String: String]) throws -> Settings {
        let selection: ProfileSelection
        do {
            selection = try ProfileSelection.resolve(option: profile, environment: environment)
        } catch {
            throw ValidationError(error.description)
        }
        if let prompts {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: prompts, isDirectory: &isDirectory), isDirectory.boolValue else {
                FileHandle.standardError.write(Data(
                    "coach: --prompts: there is no directory at '\(prompts)'. Give the path of a Prompts directory.\n".utf8))
                throw ExitCode(ExitStatus.noInput.rawValue)
            }
        }
        return Settings(profile: selection, promptsDirectory: prompts, noColor: noColor)
    }
}

/// What the options resolved to.
struct Settings {
    var profile: ProfileSelection
    var promptsDirectory: String?
    var noColor: Bool
}
