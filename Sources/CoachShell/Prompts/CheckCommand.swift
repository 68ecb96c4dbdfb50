import Coaching
import DialogueEngine
import Foundation
import PromptsCompiler

/// `coach check [DIR]`: compiles Prompts content, runs its transcripts, reports coverage.
public enum CheckCommand {
    public enum Format: String, Sendable { case text, json }

    public struct Options: Sendable {
        /// Check this directory alone; nil checks the content coach runs with.
        public var directory: String?
        /// Extra layer from `--prompts`, when no directory is given.
        public var promptsOverride: String?
        public var format: Format
        /// `RECORD=1`: rewrite each transcript's expected lines with what coach said.
        public var record: Bool

        public init(directory: String?, promptsOverride: String?, format: Format, record: Bool) {
            self.directory = directory
            self.promptsOverride = promptsOverride
            self.format = format
            self.record = record
        }
    }

    public static func run(_ options: Options, environment: [String: String], output: ShellOutput) -> ExitStatus {
        var layers: [PromptsLoader.Layer] = []
        if let directory = options.directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                let what = FileManager.default.fileExists(atPath: directory) ? "'\(directory)' is a file, not a directory."
                    : "there is no directory at '\(directory)'."
                output.error(what, hint: "Give the path of a Prompts directory.")
                return .noInput
            }
            layers = [PromptsLoader.read(directory: directory)]
        } else {
            layers = ContentLoader.layers(promptsOverride: options.promptsOverride, environment: environment)
        }
        let merged = PromptsLoader.merge(layers)
        var report = PromptsCheck.run(merged.files, interface: CoachingHost.interface, host: { facts, today, program in
            CoachingHost(profile: Profile(), today: today, catalogs: program.catalogs, overrides: facts, program: program)
        }, contentCheck: seamDiagnostics)
        let diagnostics = (merged.problems + report.diagnostics).sortedByPosition()
        // Without DIR, files from an overlay or --prompts are named by their full path.
        let shown = diagnostics.map { diagnostic -> Diagnostic in
            var shown = diagnostic
            if options.directory == nil { shown.file = PromptsLoader.displayPath(diagnostic.file, origins: merged.origins) }
            return shown
        }

        // Session transcripts (tests/*.session) go through the REPL's commands, once the content compiles.
        var outcomes = report.outcomes.map { Outcome(path: $0.path, passed: $0.passed, actual: $0.actual, diff: $0.diff) }
        let sessions = merged.files.keys.sorted().filter { $0.hasPrefix("tests/") && $0.hasSuffix(".session") }
        if !sessions.isEmpty, !diagnostics.hasErrors,
           let program = PromptsCompiler.compile(merged.files, host: CoachingHost.interface).program {
            for path in sessions {
                let outcome = SessionTranscript.run(merged.files[path]!, path: path, files: merged.files, program: program)
                var diff = outcome.diff
                if let problem = outcome.problem { diff.insert(problem, at: 0) }
                outcomes.append(Outcome(path: path, passed: outcome.passed, actual: outcome.actual, diff: diff,
                                        recordable: outcome.problem == nil))
                report.trace.merge(outcome.trace)
            }
            // What the sessions reached counts too: their flows run through the same engine.
            (report.coverage, report.uncovered) = PromptsCheck.coverage(of: program, trace: report.trace)
        }

        if options.format == .json {
            output.sink.write(json(diagnostics: shown, report: report, outcomes: outcomes) + "\n", error: false)
            return diagnostics.hasErrors || !outcomes.allSatisfy(\.passed) ? .dataError : .success
        }

        for (diagnostic, named) in zip(diagnostics, shown) {
            output.sink.write(DiagnosticPrinter.text(named, source: merged.files[diagnostic.file], styler: output.styler) + "\n",
                              error: false)
        }
        var recorded = 0
        for outcome in outcomes {
            if outcome.passed {
                output.line(output.styler.paint("PASS", .emphasis) + " " + outcome.path)
                continue
            }
            if options.record, outcome.recordable, let directory = options.directory ?? options.promptsOverride {
                let path = directory + "/" + outcome.path
                do {
                    try outcome.actual.write(toFile: path, atomically: true, encoding: .utf8)
                    recorded += 1
                    output.line(output.styler.paint("RECORDED", .warning) + " " + outcome.path)
                } catch {
                    output.error("cannot write '\(path)': \(error.localizedDescription)")
                    return .cannotCreate
                }
                continue
            }
            output.line(output.styler.paint("FAIL", .error) + " " + outcome.path)
            for line in outcome.diff {
                let role: Styler.Role = line.hasPrefix("-") ? .error : (line.hasPrefix("+") ? .command : .dim)
                output.line("    " + output.styler.paint(line, role))
            }
        }
        if !outcomes.isEmpty {
            let coverage = report.coverage
            output.line("Coverage: flows \(coverage.flows), steps \(coverage.steps), rules \(coverage.rules).")
            for item in report.uncovered {
                output.line("  not reached: \(item.kind.rawValue) \(item.name) (\(item.location))")
            }
        } else if !diagnostics.hasErrors {
            output.line("No transcripts under tests/: nothing was run.")
        }
        let failed = outcomes.filter { !$0.passed }.count
        var summary = DiagnosticPrinter.summary(diagnostics)
        if !outcomes.isEmpty { summary += "; \(outcomes.count - failed) passed, \(failed) failed" }
        output.line(summary + ".")
        if recorded > 0 {
            output.line("Recorded \(recorded) \(recorded == 1 ? "transcript" : "transcripts"); read the changes, then run again without RECORD.")
            return .dataError
        }
        if options.record && options.directory == nil && options.promptsOverride == nil && failed > 0 {
            output.error("RECORD=1 needs a directory to write to.", hint: "Run: RECORD=1 coach check DIR")
        }
        return diagnostics.hasErrors || failed > 0 ? .dataError : .success
    }

    /// P024 for each wording that shows a seam for one of the profiles under tests/.
    public static func seamDiagnostics(_ files: [String: String], program: Program) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        for path in files.keys.sorted() where path.hasPrefix("tests/") && path.hasSuffix(".json") {
            guard case let .success(profile) = ProfileJSON.decode(files[path]!) else { continue }
            let today = CalendarDate(year: 2026, month: 1, day: 15)!
            for seam in Composer(program: program, profile: profile, today: today).seams()
            where seen.insert(seam.wording.collection + "/" + seam.wording.id).inserted {
                let source = seam.wording.source
                let marks = seam.marks.map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.wordingSeam, file: source.file, line: source.line, column: source.column,
                                              message: "'\(seam.wording.id)' filled for \(path) shows \(marks): \"\(seam.text)\"; "
                                                  + "coach passes over it for such a user.",
                                              hint: "Guard the missing name with when: \"exists(…)\" or a {{#name}}…{{/name}} section."))
            }
        }
        return diagnostics
    }

    /// A transcript's result, of either kind.
    struct Outcome {
        var path: String
        var passed: Bool
        var actual: String
        var diff: [String]
        /// Whether RECORD=1 may rewrite it (not when the transcript itself is broken).
        var recordable = true
    }

    private static func json(diagnostics: [Diagnostic], report: PromptsCheck.Report, outcomes: [Outcome]) -> String {
        struct Transcript: Encodable { var path: String; var passed: Bool; var diff: [String] }
        struct Uncovered: Encodable { var kind: String; var name: String; var file: String; var line: Int; var column: Int }
        struct Body: Encodable {
            var diagnostics: [Diagnostic]
            var transcripts: [Transcript]
            var uncovered: [Uncovered]
        }
        let body = Body(
            diagnostics: diagnostics,
            transcripts: outcomes.map { Transcript(path: $0.path, passed: $0.passed, diff: $0.diff) },
            uncovered: report.uncovered.map {
                Uncovered(kind: $0.kind.rawValue, name: $0.name, file: $0.location.file, line: $0.location.line, column: $0.location.column)
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(body)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
