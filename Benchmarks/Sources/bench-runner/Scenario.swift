import Foundation

/// A goal from issue 9, judged on one row of the table.
enum Budget: Sendable {
    /// The row's median at most this many times its baseline's, run for run.
    case ratio(Double)
    /// The row's median at most this many seconds.
    case median(Double)
    /// The row's 99th percentile at most this many seconds.
    case p99(Double)
    /// The row's largest peak resident memory at most this many bytes.
    case resident(Int)

    var text: String {
        switch self {
        case let .ratio(factor): return "≤ \(Report.number(factor))× baseline"
        case let .median(seconds): return "≤ \(Report.duration(seconds))"
        case let .p99(seconds): return "p99 ≤ \(Report.duration(seconds))"
        case let .resident(bytes): return "≤ \(bytes / 1_048_576) MB"
        }
    }
}

/// Commands timed together: each round runs every command once, in order (A B C A B C…), so that
/// whatever else the machine does falls on all of them alike; ratios are taken round by round.
struct Scenario {
    var id: String
    var title: String
    var commands: [Command]
    /// The command the others are compared with.
    var baseline: Int?
    var maxRounds: Int
    /// Rounds stop once another would end past this many seconds (one round always runs).
    var seconds: Double
    /// Budgets by command index.
    var budgets: [Int: Budget] = [:]
}

struct Measured {
    var scenario: Scenario
    /// runs[command][round]
    var runs: [[Run]]
}

enum Interleaver {
    /// Runs a scenario's rounds. In the first round a run under a second is a warm-up (page cache,
    /// dynamic loader) and is run again; a longer one counts, so a two-minute command is not paid twice.
    static func run(_ scenario: Scenario, spawner: Spawner, log: (String) -> Void) throws -> Measured {
        var runs = [[Run]](repeating: [], count: scenario.commands.count)
        let start = Date()
        var round = 0
        while round < scenario.maxRounds {
            let roundStart = Date()
            for (index, command) in scenario.commands.enumerated() {
                var run = try spawner.run(command)
                if round == 0, run.seconds < 1 { run = try spawner.run(command) }
                runs[index].append(run)
            }
            round += 1
            let elapsed = Date().timeIntervalSince(start)
            let last = Date().timeIntervalSince(roundStart)
            if round == 1 || round % 5 == 0 {
                log("  [\(scenario.id)] round \(round): \(scenario.commands.indices.map { "\(scenario.commands[$0].label) \(Report.duration(runs[$0].last!.seconds))" }.joined(separator: ", "))")
            }
            if elapsed + last > scenario.seconds { break }
        }
        return Measured(scenario: scenario, runs: runs)
    }
}
