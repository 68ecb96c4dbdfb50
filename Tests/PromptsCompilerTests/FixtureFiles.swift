import CoachShell
import Coaching
import DialogueEngine
import Foundation
import PromptsCompiler

/// Reads test fixtures from the source tree.
enum FixtureFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every file under `Fixtures/relative`, keyed by its path relative to that directory.
    static func files(_ relative: String) -> [String: String] {
        let directory = root.appendingPathComponent(relative).standardizedFileURL
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(directory.path.count + 1))] = text
        }
        return files
    }

    static func directories(_ relative: String) -> [String] {
        let path = root.appendingPathComponent(relative).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    /// `coach check` as a function: the real coaching host, in memory.
    static func check(_ files: [String: String]) -> PromptsCheck.Report {
        PromptsCheck.run(files, interface: CoachingHost.interface, host: { facts, today, program in
            CoachingHost(facts: facts, today: today, catalogs: program.catalogs)
        }, contentCheck: CheckCommand.seamDiagnostics)
    }
}
