import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One command to time: a program, its arguments, what it reads on standard input, and an untimed
/// step before each run (a file to delete, so that an import starts from nothing every time).
struct Command: Sendable {
    var label: String
    var executable: String
    var arguments: [String]
    var stdin: String = ""
    var removeBeforeRun: [String] = []
    var environment: [String: String]? = nil
    /// Exit statuses that still count as a run (`coach check` exits 65 when a transcript fails, after the
    /// same work).
    var acceptedStatuses: Set<Int32> = [0]
    /// Run under GNU time for its peak resident memory (see `Spawner.run`).
    var underTime = false
}

/// What one run cost.
struct Run: Sendable {
    var seconds: Double
    var maxResidentBytes: Int
    var cpuSeconds: Double
    var status: Int32
}

enum SpawnError: Error, CustomStringConvertible {
    case spawn(String, Int32)
    case failed(String, status: Int32, stderr: String)

    var description: String {
        switch self {
        case let .spawn(command, code): return "cannot start \(command): \(String(cString: strerror(code)))"
        case let .failed(command, status, stderr):
            return "\(command) exited with status \(status)\(stderr.isEmpty ? "" : ":\n" + stderr)"
        }
    }
}

/// Runs commands with posix_spawn and times them from just before the spawn to just after wait4,
/// which also gives the child's peak resident memory. Standard output goes to /dev/null, standard
/// error to a file that is shown if the command fails.
struct Spawner {
    let scratch: String
    let baseEnvironment: [String: String]

    /// Peak memory: wait4's ru_maxrss of a child started by posix_spawn counts the spawner's own
    /// resident memory too (Linux keeps the high-water mark across exec, and the child starts in the
    /// spawner's address space), about 20 MB here. A command that sets `underTime` runs under
    /// /usr/bin/time, whose own few megabytes are all it adds; the others report the larger figure.
    func run(_ command: Command) throws -> Run {
        var command = command
        let memoryFile = scratch + "/maxrss"
        if command.underTime {
            unlink(memoryFile)
            command.arguments = ["-f", "%M", "-o", memoryFile, command.executable] + command.arguments
            command.executable = "/usr/bin/time"
        }
        for path in command.removeBeforeRun {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
        }
        let input = scratch + "/stdin"
        let errors = scratch + "/stderr"
        try command.stdin.write(toFile: input, atomically: false, encoding: .utf8)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([command.executable] + command.arguments).map { strdup($0) } + [nil]
        let environment = (command.environment ?? baseEnvironment).map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }

        var pid: pid_t = 0
        var usage = rusage()
        var status: Int32 = 0
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        let code = posix_spawn(&pid, command.executable, &actions, nil, argv, envp)
        guard code == 0 else { throw SpawnError.spawn(command.executable, code) }
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        clock_gettime(CLOCK_MONOTONIC, &end)

        let exited = status & 0x7f == 0
        let exitStatus = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard command.acceptedStatuses.contains(exitStatus) else {
            let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw SpawnError.failed(([command.executable] + command.arguments).joined(separator: " "), status: exitStatus,
                                    stderr: String(stderr.suffix(2_000)))
        }
        let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        // Linux reports ru_maxrss, and GNU time %M, in kilobytes.
        var kilobytes = usage.ru_maxrss
        if command.underTime {
            let text = (try? String(contentsOfFile: memoryFile, encoding: .utf8)) ?? ""
            guard let reported = text.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) else {
                throw SpawnError.failed("/usr/bin/time", status: exitStatus, stderr: "no peak memory in its output: \(text)")
            }
            kilobytes = reported
        }
        return Run(seconds: seconds, maxResidentBytes: kilobytes * 1024, cpuSeconds: cpu, status: exitStatus)
    }
}
