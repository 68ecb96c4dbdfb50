/// Process exit codes, after BSD sysexits(3), so scripts can tell failures apart.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A command was used wrongly: unknown command, bad option, missing argument.
    case usage = 64
    /// The input data was wrong: invalid content, a bad file format.
    case dataError = 65
    /// An input file or directory does not exist or cannot be read.
    case noInput = 66
    /// An output file cannot be created.
    case cannotCreate = 73
    /// Reading or writing failed.
    case ioError = 74
}

/// A failed command's status, so results can carry it (`Result<Value, ExitStatus>`).
extension ExitStatus: Error {}
