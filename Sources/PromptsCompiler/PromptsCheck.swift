import DialogueEngine

/// What `coach check` does, apart from any terminal: compile, run every transcript under `tests/`,
/// and find the flows, steps and rules that no transcript reached.
public enum PromptsCheck {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var outcomes: [TranscriptRunner.Outcome]
        public var uncovered: [Uncovered]
        public var coverage: Coverage
        /// What the transcripts reached, to add other runs to (the shell's sessions).
        public var trace = Trace()

        /// Clean: no error diagnostics and every transcript passed.
        public var passed: Bool { !diagnostics.hasErrors && outcomes.allSatisfy(\.passed) }
    }

    /// How much of the content the transcripts reached.
    public struct Coverage: Hashable, Sendable {
        public var flows = Count()
        public var steps = Count()
        public var rules = Count()

        public struct Count: Hashable, Sendable, CustomStringConvertible {
            public var reached = 0
            public var total = 0
            public var description: String { "\(reached)/\(total)" }
        }

        public var isComplete: Bool { flows.reached == flows.total && steps.reached == steps.total && rules.reached == rules.total }
    }

    /// Something no transcript reached.
    public struct Uncovered: Hashable, Sendable {
        public enum Kind: String, Sendable { case flow, step, rule }
        public var kind: Kind
        public var name: String
        public var location: PromptLocation
    }

    /// Checks the host adds once the content compiles (coach fills every wording for the profiles under
    /// tests/ and reports seams, P024).
    public typealias ContentCheck = ([String: String], Program) -> [Diagnostic]

    public static func run(_ files: [String: String], interface: HostInterface, host: TranscriptRunner.HostFactory,
                           contentCheck: ContentCheck? = nil) -> Report {
        let compiled = PromptsCompiler.compile(files, host: interface)
        var diagnostics = compiled.diagnostics
        var transcripts: [Transcript] = []
        for path in files.keys.sorted() where path.hasPrefix("tests/") && path.hasSuffix(".transcript") {
            let (transcript, errors) = Transcript.parse(files[path]!, path: path)
            for error in errors {
                diagnostics.append(Diagnostic(.unreadableFile, file: path, line: error.line, column: error.column, message: error.message))
            }
            for (line, content) in transcript.lines {
                if case let .directive(.start(flow)) = content, !compiled.declaredFlows.contains(flow) {
                    let suggestion = EditDistance.nearest(to: flow, in: compiled.declaredFlows)
                    diagnostics.append(Diagnostic(.unknownFlow, file: path, line: line, column: 8,
                                                  message: "there is no flow '\(flow)' to start.",
                                                  hint: suggestion.map { "Did you mean '\($0)'?" }))
                }
            }
            transcripts.append(transcript)
        }
        guard let program = compiled.program, !diagnostics.hasErrors else {
            return Report(diagnostics: diagnostics.sortedByPosition(), outcomes: [], uncovered: [], coverage: Coverage())
        }
        if let contentCheck { diagnostics += contentCheck(files, program) }
        var trace = Trace()
        var outcomes: [TranscriptRunner.Outcome] = []
        for transcript in transcripts {
            let outcome = TranscriptRunner.run(transcript, program: program, host: host)
            trace.merge(outcome.trace)
            outcomes.append(outcome)
        }
        let (coverage, uncovered) = PromptsCheck.coverage(of: program, trace: trace)
        var report = Report(diagnostics: diagnostics.sortedByPosition(), outcomes: outcomes, uncovered: uncovered, coverage: coverage)
        report.trace = trace
        return report
    }

    /// How much of `program` the steps and rules in `trace` reach, and what they do not.
    public static func coverage(of program: Program, trace: Trace) -> (Coverage, [Uncovered]) {
        var uncovered: [Uncovered] = []
        var coverage = Coverage()
        for id in program.flowOrder {
            let flow = program.flows[id]!
            let reached = Set(trace.steps.filter { $0.flow == id }.map(\.step))
            coverage.flows.total += 1
            coverage.steps.total += flow.steps.count
            coverage.steps.reached += reached.count
            if reached.isEmpty {
                uncovered.append(Uncovered(kind: .flow, name: id, location: flow.source))
                continue
            }
            coverage.flows.reached += 1
            for (step, location) in flow.steps.enumerated() where !reached.contains(step) {
                uncovered.append(Uncovered(kind: .step, name: "\(id) step \(step + 1)", location: location))
            }
        }
        coverage.rules.total = program.rules.count
        for rule in program.rules {
            if trace.rules.contains(rule.id) {
                coverage.rules.reached += 1
            } else {
                uncovered.append(Uncovered(kind: .rule, name: rule.id, location: rule.source))
            }
        }
        return (coverage, uncovered)
    }
}
