import Foundation

/// The `coach` executable that `swift build` put next to the test runner, or `$COACH_BINARY`.
enum CoachBinary {
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["COACH_BINARY"] { return explicit }
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return runner.deletingLastPathComponent().appendingPathComponent("coach").path
    }

    /// A private, empty directory for one test's history and state.
    static func scratchDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "coach-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// An environment with no colour settings or history from the machine running the tests.
    static func environment(home: String, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": home,
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TERM": "xterm",
            "XDG_STATE_HOME": home + "/state",
            "XDG_DATA_HOME": home + "/data",
            "XDG_CONFIG_HOME": home + "/config",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }
}

/// The result of running coach with piped standard streams.
struct PipedRun {
    let output: String
    let errors: String
    let status: Int32

    init(arguments: [String] = [], input: String, environment: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CoachBinary.path)
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        output = String(decoding: outputData, as: UTF8.self)
        errors = String(decoding: errorData, as: UTF8.self)
        status = process.terminationStatus
    }
}
