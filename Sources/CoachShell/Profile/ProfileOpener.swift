import Coaching
import Foundation
import ProfileStore

/// Opens the selected profile for the shell and the subcommands, with the message and exit status
/// a failure deserves.
public enum ProfileOpener {
    public static func open(_ selection: ProfileSelection, environment: [String: String],
                            output: ShellOutput) -> Result<ProfileStore, ExitStatus> {
        guard let path = selection.path(environment: environment) else {
            output.error("cannot tell where profiles live: neither XDG_DATA_HOME nor HOME is set.",
                         hint: "Set HOME, or give --profile a path such as ./me.sqlite.")
            return .failure(.cannotCreate)
        }
        do throws(ProfileStoreError) {
            return .success(try ProfileStore.open(path: path))
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
