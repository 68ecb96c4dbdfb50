// Runs coach's whole-process scenarios against their baselines, interleaved, adds the in-process results
// of `swift package benchmark`, prints one table and writes bench-results.json. `make bench` runs it;
// Benchmarks/README.md says what each row means.
//
//   bench-runner --coach BIN --hello BIN --data DIR --work DIR [--in-process DIR] [--out FILE] [--quick]
import Foundation

var options: [String: String] = [:]
var quick = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--quick" { quick = true; continue }
    guard argument.hasPrefix("--"), let value = arguments.popFirst() else {
        FileHandle.standardError.write(Data("bench-runner: unexpected '\(argument)'\n".utf8))
        exit(64)
    }
    options[String(argument.dropFirst(2))] = value
}
guard let coach = options["coach"], let hello = options["hello"], let data = options["data"], let work = options["work"] else {
    FileHandle.standardError.write(Data("usage: bench-runner --coach BIN --hello BIN --data DIR --work DIR [--in-process DIR] [--out FILE] [--quick]\n".utf8))
    exit(64)
}

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

func which(_ name: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(directory)/\(name)"
        if access(path, X_OK) == 0 { return path }
    }
    return nil
}

let started = Date()
do {
    let fileManager = FileManager.default
    try? fileManager.removeItem(atPath: work)
    let home = work + "/home"
    for directory in [home, home + "/data", home + "/config", home + "/state", home + "/cache", work + "/scratch"] {
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    // coach runs with its own home, a fixed date and no colour; the baselines get the same environment.
    var environment = ["HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config",
                       "XDG_STATE_HOME": home + "/state", "XDG_CACHE_HOME": home + "/cache", "COACH_TODAY": "2026-11-29",
                       "NO_COLOR": "1", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    if let lang = ProcessInfo.processInfo.environment["LANG"] { environment["LANG"] = lang }
    let spawner = Spawner(scratch: work + "/scratch", baseEnvironment: environment)
    guard let sqlite3 = which("sqlite3") else { throw SpawnError.spawn("sqlite3 (not on PATH)", ENOENT) }

    // The profiles: each generated export imported as `coach import json` would.
    let sizes = [1_000, 10_000, 30_000]
    func profile(_ size: Int) -> String { "\(work)/profile-\(size).sqlite" }
    for size in sizes {
        _ = try spawner.run(Command(label: "import json", executable: coach,
                                   arguments: ["--profile", profile(size), "import", "json", "\(data)/profile-\(size).json"]))
    }
    let csv = "\(data)/connections-30000.csv"

    var scenarios: [Scenario] = []
    var startUp = Scenario(
        id: "1", title: "time to first prompt, piped",
        commands: [
            Command(label: "coach, 30k-contact profile", executable: coach, arguments: ["--profile", profile(30_000)], stdin: "quit\n"),
            Command(label: "sqlite3 FILE (baseline)", executable: sqlite3, arguments: [profile(30_000)], stdin: ".quit\n"),
            Command(label: "coach, empty profile", executable: coach, arguments: ["--profile", work + "/empty.sqlite"], stdin: "quit\n"),
            Command(label: "Swift hello, -static-stdlib", executable: hello, arguments: [], stdin: "quit\n"),
        ],
        baseline: 1, maxRounds: quick ? 5 : 30, seconds: quick ? 10 : 30, budgets: [0: .ratio(2)])
    if let bc = which("bc") {
        startUp.commands.append(Command(label: "bc -q (C REPL, readline)", executable: bc, arguments: ["-q"], stdin: "quit\n"))
    }
    scenarios.append(startUp)
    scenarios.append(Scenario(
        id: "2", title: "compiling the shipped Prompts",
        commands: [Command(label: "coach check (compile + transcripts)", executable: coach, arguments: ["check"],
                           acceptedStatuses: [0, 65])],
        baseline: nil, maxRounds: quick ? 3 : 10, seconds: quick ? 10 : 15))
    scenarios.append(Scenario(
        id: "4", title: "targets",
        commands: sizes.map { size in
            // Seconds each: GNU time's millisecond is lost in them, and it gives the peak memory.
            Command(label: "coach targets --json, \(size / 1000)k", executable: coach,
                    arguments: ["targets", "--json", "--profile", profile(size)], underTime: true)
        },
        baseline: 0, maxRounds: quick ? 2 : 10, seconds: quick ? 30 : 150, budgets: [2: .median(0.050)]))
    scenarios.append(Scenario(
        id: "5", title: "import linkedin, 30k rows",
        commands: [
            Command(label: "coach import linkedin", executable: coach,
                    arguments: ["--profile", work + "/import.sqlite", "import", "linkedin", csv],
                    removeBeforeRun: [work + "/import.sqlite"]),
            Command(label: "sqlite3 .import (baseline)", executable: sqlite3,
                    arguments: [work + "/import.db", ".import --csv --skip 3 \(csv) connections"],
                    removeBeforeRun: [work + "/import.db"]),
        ],
        baseline: 1, maxRounds: quick ? 3 : 15, seconds: quick ? 10 : 25, budgets: [0: .ratio(3)]))
    scenarios.append(Scenario(
        id: "6", title: "export, 30k profile",
        commands: [
            Command(label: "coach export --format json", executable: coach,
                    arguments: ["--profile", profile(30_000), "export", "--format", "json"]),
            Command(label: "sqlite3 FILE .dump (reference)", executable: sqlite3, arguments: [profile(30_000), ".dump"]),
        ],
        baseline: 1, maxRounds: quick ? 3 : 15, seconds: quick ? 10 : 25))

    var measured: [String: Measured] = [:]
    for scenario in scenarios {
        log("bench: scenario \(scenario.id), \(scenario.title): \(scenario.commands.map(\.label).joined(separator: " | "))")
        measured[scenario.id] = try Interleaver.run(scenario, spawner: spawner, log: log)
    }

    if let failed = measured["2"]?.runs[0].first(where: { $0.status != 0 }) {
        log("bench: note: coach check exited \(failed.status) (a transcript or the content fails); timed all the same")
    }

    // 7. Peak memory of start-up, apart from its timing (GNU time adds a millisecond to a 2 ms baseline).
    var startUpMemory = Scenario(id: "7", title: "peak resident memory", commands: Array(startUp.commands.prefix(2)),
                                 baseline: nil, maxRounds: 3, seconds: 10)
    for index in startUpMemory.commands.indices { startUpMemory.commands[index].underTime = true }
    log("bench: scenario 7, peak memory of start-up")
    let memory = try Interleaver.run(startUpMemory, spawner: spawner, log: { _ in })

    var rows: [Row] = []
    rows += Report.rows(measured["1"]!)
    rows += Report.rows(measured["2"]!)
    let inProcess = options["in-process"].map { InProcessResults.read(directory: $0) } ?? []
    if options["in-process"] != nil && inProcess.isEmpty { log("bench: no in-process results in \(options["in-process"]!)") }
    rows += inProcess.filter { $0.scenario == "2" || $0.scenario == "3" }
    rows += Report.rows(measured["4"]!)
    rows += inProcess.filter { $0.scenario == "4" }
    rows += Report.rows(measured["5"]!)
    rows += inProcess.filter { $0.scenario == "5" }
    rows += Report.rows(measured["6"]!)
    rows += inProcess.filter { $0.scenario == "6" }
    rows += Report.memoryRows(memory, scenario: "7", title: "peak resident memory", commands: [0, 1],
                              budgets: [0: .resident(64 << 20)])
    rows += Report.memoryRows(measured["4"]!, scenario: "7", title: "peak resident memory", commands: [0, 1, 2],
                              budgets: [2: .resident(64 << 20)])

    let seconds = Date().timeIntervalSince(started)
    print(Report.table(rows))
    let misses = rows.filter { $0.met == false }
    print("\n\(rows.filter { $0.met != nil }.count) budgets, \(misses.count) missed\(misses.isEmpty ? "" : ": " + misses.map { "\($0.scenario) \($0.name)" }.joined(separator: "; ")). "
        + "The whole-process part took \(Int(seconds)) s.")

    let results = Results(
        date: ISO8601DateFormatter().string(from: Date()),
        machine: ["cores": "\(ProcessInfo.processInfo.activeProcessorCount)",
                  "memory": "\(ProcessInfo.processInfo.physicalMemory >> 20) MB",
                  "kernel": ProcessInfo.processInfo.operatingSystemVersionString],
        seconds: seconds, rows: rows)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let out = options["out"] ?? "bench-results.json"
    try encoder.encode(results).write(to: URL(fileURLWithPath: out))
    log("bench: wrote \(out)")
} catch {
    log("bench: \(error)")
    exit(1)
}
