import Foundation

/// One line of the table and of bench-results.json.
struct Row: Encodable {
    var scenario: String
    var title: String
    var name: String
    /// `whole process` (spawned, timed from spawn to exit) or `in process` (ordo-one/benchmark).
    var how: String
    /// `seconds` or `bytes`.
    var unit: String
    var n: Int
    var median: Double
    var p25: Double
    var p75: Double
    var p99: Double
    var min: Double
    var max: Double
    /// Half the interquartile range over the median.
    var spread: Double?
    /// The median of this row's run-by-run ratios to `baseline`, measured in the same rounds.
    var ratio: Double?
    var baseline: String?
    var budget: String?
    var met: Bool?

    init(scenario: Scenario, name: String, how: String, unit: String, samples: [Double]) {
        self.init(scenario: scenario.id, title: scenario.title, name: name, how: how, unit: unit, samples: samples)
    }

    init(scenario: String, title: String, name: String, how: String, unit: String, samples: [Double]) {
        let stats = Stats(samples)
        self.scenario = scenario
        self.title = title
        self.name = name
        self.how = how
        self.unit = unit
        n = stats.count
        median = stats.median
        p25 = stats.percentile(25)
        p75 = stats.percentile(75)
        p99 = stats.percentile(99)
        min = stats.min
        max = stats.max
        spread = stats.relativeSpread.isNaN ? nil : stats.relativeSpread
    }

    mutating func judge(_ budget: Budget) {
        self.budget = budget.text
        switch budget {
        case let .ratio(factor): met = ratio.map { $0 <= factor }
        case let .median(seconds): met = median <= seconds
        case let .p99(seconds): met = p99 <= seconds
        case let .resident(bytes): met = max <= Double(bytes)
        }
    }
}

struct Results: Encodable {
    var date: String
    var machine: [String: String]
    var seconds: Double
    var rows: [Row]
}

enum Report {
    static func rows(_ measured: Measured) -> [Row] {
        let scenario = measured.scenario
        return scenario.commands.indices.map { index in
            var row = Row(scenario: scenario, name: scenario.commands[index].label, how: "whole process", unit: "seconds",
                          samples: measured.runs[index].map(\.seconds))
            if let baseline = scenario.baseline, baseline != index {
                let pairs = zip(measured.runs[index], measured.runs[baseline]).map { $0.seconds / $1.seconds }
                row.ratio = Stats(pairs).median
                row.baseline = scenario.commands[baseline].label
            }
            if let budget = scenario.budgets[index] { row.judge(budget) }
            return row
        }
    }

    /// Peak resident memory of chosen commands of a measured scenario.
    static func memoryRows(_ measured: Measured, scenario id: String, title: String, commands: [Int],
                           budgets: [Int: Budget]) -> [Row] {
        commands.map { index in
            var row = Row(scenario: id, title: title, name: measured.scenario.commands[index].label, how: "whole process",
                          unit: "bytes", samples: measured.runs[index].map { Double($0.maxResidentBytes) })
            if let budget = budgets[index] { row.judge(budget) }
            return row
        }
    }

    static func table(_ rows: [Row]) -> String {
        let header = ["#", "scenario", "how", "n", "median", "spread", "p99", "vs baseline", "budget", ""]
        var lines: [[String]] = [header]
        var lastScenario = ""
        for row in rows {
            let scenario = row.scenario == lastScenario ? "" : row.scenario
            lastScenario = row.scenario
            let value = row.unit == "bytes" ? megabytes : duration
            lines.append([
                scenario,
                row.name,
                row.how == "in process" ? "in" : "whole",
                "\(row.n)",
                value(row.median),
                row.spread.map { "±" + percent($0) } ?? "-",
                row.n >= 10 ? value(row.p99) : "-",
                row.ratio.map { number($0) + "× " + (row.baseline ?? "") } ?? (row.baseline == nil ? "" : "-"),
                row.budget ?? "",
                row.met.map { $0 ? "ok" : "MISS" } ?? "",
            ])
        }
        let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        let numeric: Set<Int> = [3, 4, 5, 6]
        return lines.enumerated().map { number, cells in
            let text = cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return numeric.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            let line = String(text.reversed().drop { $0 == " " }.reversed())
            return number == 0 ? line + "\n" + String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)) : line
        }.joined(separator: "\n")
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "-" }
        if seconds >= 10 { return String(format: "%.1f s", seconds) }
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.01 { return String(format: "%.1f ms", seconds * 1e3) }
        if seconds >= 0.001 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }

    static func megabytes(_ bytes: Double) -> String {
        guard bytes.isFinite else { return "-" }
        return String(format: "%.1f MB", bytes / 1_048_576)
    }

    static func percent(_ fraction: Double) -> String {
        fraction >= 0.1 ? String(format: "%.0f%%", fraction * 100) : String(format: "%.1f%%", fraction * 100)
    }

    static func number(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
