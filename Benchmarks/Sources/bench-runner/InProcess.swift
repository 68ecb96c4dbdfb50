import Foundation

/// The in-process results: `swift package benchmark --format histogramSamples` writes, for each benchmark
/// and metric, a file whose first line names the metric and its unit and whose other lines are samples.
enum InProcessResults {
    /// Which scenario each benchmark belongs to, and the budget it is judged by.
    static let scenarios: [(prefix: String, scenario: String, title: String, budget: Budget?)] = [
        ("compile shipped Prompts", "2", "compiling the shipped Prompts", nil),
        ("values turn", "3", "one dialogue turn, values flow", .p99(0.001)),
        ("rank contacts", "4", "targets", nil),
        ("parse + merge LinkedIn CSV", "5", "import linkedin, 30k rows", nil),
        ("encode export JSON", "6", "export, 30k profile", nil),
    ]

    static func read(directory: String) -> [Row] {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var rows: [Row] = []
        for file in files.sorted() where file.hasSuffix(".histogram.samples.tsv") {
            guard let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n")
            guard let header = lines.first, header.lowercased().contains("wall clock") else { continue }
            let scale = scale(of: String(header))
            let samples = lines.dropFirst().compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }.map { $0 * scale }
            guard let name = benchmarkName(file), let known = scenarios.first(where: { name.hasPrefix($0.prefix) }) else { continue }
            var row = Row(scenario: known.scenario, title: known.title, name: name, how: "in process", unit: "seconds", samples: samples)
            // The turn budget is for a real network; it is reported for every profile size.
            if let budget = known.budget { row.judge(budget) }
            rows.append(row)
        }
        let order = scenarios.map(\.prefix)
        return rows.sorted { a, b in
            let ia = order.firstIndex { a.name.hasPrefix($0) } ?? 0, ib = order.firstIndex { b.name.hasPrefix($0) } ?? 0
            if ia != ib { return ia < ib }
            return (Int(a.name.filter(\.isNumber)) ?? 0) < (Int(b.name.filter(\.isNumber)) ?? 0)
        }
    }

    /// Seconds per unit of the header's `(μs)`, `(ms)`, `(ns)` or `(s)`.
    static func scale(of header: String) -> Double {
        if header.contains("(ns)") { return 1e-9 }
        if header.contains("(μs)") || header.contains("(us)") { return 1e-6 }
        if header.contains("(ms)") { return 1e-3 }
        return 1
    }

    /// `current_run.CoachInProcess.values_turn,_0_contacts.Time_(wall_clock).histogram.samples.tsv` → the
    /// benchmark's name as the Benchmark file writes it, with the plugin's underscores made spaces again.
    static func benchmarkName(_ file: String) -> String? {
        let parts = file.components(separatedBy: ".CoachInProcess.")
        guard parts.count == 2 else { return nil }
        var name = parts[1]
        for suffix in [".histogram.samples.tsv"] { name = String(name.dropLast(suffix.count)) }
        if let metric = name.range(of: ".", options: .backwards) { name = String(name[..<metric.lowerBound]) }
        return name.replacingOccurrences(of: "_", with: " ")
    }
}
