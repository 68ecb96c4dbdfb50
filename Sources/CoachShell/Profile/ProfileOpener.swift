import Coaching
import Foundation
import ProfileStore

/// Opens the selected profile for the shell and the subcommands, with the message and exit status
/// a failure deserves.
public enum ProfileOpener {
    /// `create: false` for commands that only read: a mistyped name is then an error that lists
    /// the profiles, not a new empty profile.
    public static func open(_ selection: ProfileSelection, environment: [String: String], create: Bool = true,
                            output: ShellOutput) -> Result<ProfileStore, ExitStatus> {
        guard let path = selection.path(environment: environment) else {
            output.error("cannot tell where profiles live: neither XDG_DATA_HOME nor HOME is set.",
                         hint: "Set HOME, or give --profile a path such as ./me.sqlite.")
            return .failure(.cannotCreate)
        }
        do throws(ProfileStoreError) {
            return .success(try ProfileStore.open(path: path, create: create))
        } catch .missing {
            let names = ProfileSelection.existingNames(environment: environment)
            output.error("there is no profile '\(selection.displayName)' (\(path)).",
                         hint: names.isEmpty ? "There are no profiles yet: run 'coach' to start one."
                             : "Profiles: \(names.joined(separator: ", ")).")
            return .failure(.noInput)
        } catch {
            output.error(error.description)
            return .failure(status(for: error))
        }
    }

    public static func status(for error: ProfileStoreError) -> ExitStatus {
        switch error {
        case .notAProfile, .corrupt, .newerVersion: return .dataError
        case .missing: return .noInput
        case .cannotCreate: return .cannotCreate
        case .io: return .ioError
        }
    }

    /// Now, for timestamps: the one place the shell reads the wall clock for the store.
    public static func now() -> Timestamp {
        Timestamp(secondsSinceEpoch: Int(Date().timeIntervalSince1970))
    }
}
