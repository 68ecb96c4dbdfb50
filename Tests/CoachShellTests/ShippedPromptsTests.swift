import Coaching
import PromptsCompiler
import ShippedPrompts
import Testing
@testable import CoachShell

/// The Prompts built into coach: clean, every transcript passing, everything reached, and the
/// format documentation's examples valid.
@Suite struct ShippedPromptsTests {
    func check(_ files: [String: String]) -> PromptsCheck.Report {
        PromptsCheck.run(files, interface: CoachingHost.interface) { facts, today, program in
            CoachingHost(profile: Profile(), today: today, catalogs: program.catalogs, overrides: facts, program: program)
        }
    }

    @Test func shippedContentIsEmbeddedCleanAndFullyCovered() throws {
        #expect(ShippedPrompts.files["flows/1-person.yaml"] != nil, "Prompts/ is compiled into the binary")
        let report = check(ShippedPrompts.files)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(!report.outcomes.isEmpty)
        for outcome in report.outcomes {
            #expect(outcome.passed, "\(outcome.path):\n\(outcome.diff.joined(separator: "\n"))")
        }
        // The sessions count too, as in 'coach check': the event flows are reached only there.
        let program = try #require(PromptsCompiler.compile(ShippedPrompts.files, host: CoachingHost.interface).program)
        var trace = report.trace
        for path in ShippedPrompts.files.keys.sorted() where path.hasPrefix("tests/") && path.hasSuffix(".session") {
            let outcome = SessionTranscript.run(ShippedPrompts.files[path]!, path: path, files: ShippedPrompts.files, program: program)
            #expect(outcome.passed, "\(path):\n\(outcome.diff.joined(separator: "\n"))")
            trace.merge(outcome.trace)
        }
        let (coverage, uncovered) = PromptsCheck.coverage(of: program, trace: trace)
        #expect(coverage.isComplete, "\(uncovered)")
    }

    /// The README's ```yaml blocks, compiled together (with ```mustache blocks that name their file
    /// in a first-line comment), must give no diagnostic at all.
    @Test func formatDocumentationExamplesCompile() throws {
        let readme = try #require(ShippedPrompts.files["README.md"])
        var files: [String: String] = [:]
        var block: [String]?
        var language = ""
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if block == nil, line.hasPrefix("```"), line.count > 3 {
                language = String(line.dropFirst(3))
                block = []
            } else if block != nil, line == "```" {
                let text = block!.joined(separator: "\n") + "\n"
                if language == "yaml" {
                    files["readme/block-\(files.count + 1).yaml"] = text
                } else if language == "mustache", let first = block!.first, first.hasPrefix("{{! templates/") {
                    let path = first.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
                    files[path] = text
                }
                block = nil
            } else if block != nil {
                block!.append(line)
            }
        }
        #expect(files.count >= 7, "the README lost its examples: \(files.keys.sorted())")
        let result = PromptsCompiler.compile(files, host: CoachingHost.interface)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.program?.flows.count == 4)
    }

    @Test func everyDiagnosticCodeIsDocumented() throws {
        let readme = try #require(ShippedPrompts.files["README.md"])
        for code in DiagnosticCode.allCases {
            #expect(readme.contains("| \(code.rawValue) | \(code.defaultSeverity.rawValue) |"), "\(code.rawValue) is not in Prompts/README.md")
        }
    }
}
