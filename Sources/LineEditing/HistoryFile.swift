#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where coach keeps the history of entered lines, and how it reads and writes it.
///
/// Each entered line is appended at once (read, append, write to a temporary file, rename), so a
/// crash loses nothing and two coach sessions do not overwrite each other's lines. The file is
/// mode 0600 and its directory 0700: what a user types about themselves stays theirs.
public struct HistoryFile: Sendable {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case cannotCreateDirectory(String, errno: Int32)
        case cannotWrite(String, errno: Int32)
        case cannotRead(String, errno: Int32)

        public var description: String {
            switch self {
            case let .cannotCreateDirectory(path, code):
                return "cannot create the history directory '\(path)': \(String(cString: strerror(code)))"
            case let .cannotWrite(path, code):
                return "cannot write the history file '\(path)': \(String(cString: strerror(code)))"
            case let .cannotRead(path, code):
                return "cannot read the history file '\(path)': \(String(cString: strerror(code)))"
            }
        }
    }

    public let path: String
    public let capacity: Int

    public init(path: String, capacity: Int = HistoryList.defaultCapacity) {
        self.path = path
        self.capacity = capacity
    }

    /// The path from the environment: `COACH_HISTORY`, else `$XDG_STATE_HOME/coach/history`
    /// (an XDG variable counts only when absolute), else `~/.local/state/coach/history`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let explicit = environment["COACH_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/coach/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/coach/history"
    }

    /// The stored entries; none when the file does not exist yet.
    public func load() throws(Failure) -> HistoryList {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return HistoryList(capacity: capacity) }
            throw .cannotRead(path, errno: errno)
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .cannotRead(path, errno: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return HistoryList(HistoryFileFormat.decode(String(decoding: bytes, as: UTF8.self)), capacity: capacity)
    }

    /// Appends `line` to the stored history and returns the stored list.
    @discardableResult
    public func append(_ line: String) throws(Failure) -> HistoryList {
        var list = try load()
        guard list.append(line) else { return list }
        try save(list)
        return list
    }

    /// Replaces the stored history with `list`, atomically.
    public func save(_ list: HistoryList) throws(Failure) {
        try createParentDirectory()
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path, errno: errno) }
        let bytes = Array(HistoryFileFormat.encode(list.entries).utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw .cannotWrite(path, errno: code)
            }
            written += count
        }
        fchmod(fd, 0o600)
        close(fd)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .cannotWrite(path, errno: code)
        }
    }

    private func createParentDirectory() throws(Failure) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let directory = String(path[..<slash])
        var partial = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0 && errno != EEXIST {
                throw .cannotCreateDirectory(partial, errno: errno)
            }
        }
    }
}
