import Coaching
import DialogueEngine
import Foundation
import LineEditing

/// A session transcript (`tests/NAME.session`): lines typed at coach's prompt (`> …`) and what coach
/// answers, run through the REPL's own commands over a profile from a JSON export, so coaches can test
/// openers, pitches and critiques as a user sees them. Directives at the top:
///   @profile FILE.json   the profile to start from (a `coach export --format json`, relative to tests/)
///   @today YYYY-MM-DD    today's date (default 2026-01-15)
///   @clock-step SECONDS  each reading of the rehearsal clock moves on by this much (default 30)
public enum SessionTranscript {
    public struct Outcome: Sendable {
        public var path: String
        public var passed: Bool
        public var actual: String
        public var diff: [String]
        /// A problem with the transcript itself (a missing profile file, a bad directive).
        public var problem: String?
        /// The flow steps and rules the session ran.
        public var trace = Trace()
    }

    /// Registers every REPL command over `runner`, as coach does.
    public static func commands(_ runner: FlowRunner, clock: @escaping () -> Double) -> CommandRegistry {
        let builtins = BuiltinCommands.all
        let own = ContactCommands.all(runner) + ComposeCommands.all(runner, clock: clock) + EventCommands.all(runner)
        return CommandRegistry(builtins + FlowCommands.all(runner, reserved: (builtins + own).map(\.name)) + own)
    }

    public static func run(_ text: String, path: String, files: [String: String], program: Program) -> Outcome {
        var header: [String] = []
        var inputs: [String] = []
        var profile = Profile()
        var today = CalendarDate(year: 2026, month: 1, day: 15)!
        var step = 30.0
        var problem: String?
        var body = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            if line.hasPrefix("> ") || line == ">" {
                body = true
                inputs.append(line == ">" ? "" : String(line.dropFirst(2)))
                continue
            }
            guard !body else { continue }
            header.append(line)
            let words = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard let directive = words.first, directive.hasPrefix("@") else { continue }
            let argument = words.count > 1 ? words[1].trimmingWhitespace : ""
            switch directive {
            case "@profile":
                let file = "tests/" + argument
                guard let json = files[file] else {
                    problem = "\(path):\(index + 1): there is no file '\(file)' for @profile."
                    continue
                }
                switch ProfileJSON.decode(json) {
                case let .success(decoded): profile = decoded
                case let .failure(problems): problem = "\(path):\(index + 1): '\(file)' is not a profile export: \(problems)."
                }
            case "@today":
                guard let date = CalendarDate(iso: argument) else {
                    problem = "\(path):\(index + 1): @today needs a date written YYYY-MM-DD."
                    continue
                }
                today = date
            case "@clock-step":
                guard let seconds = Double(argument), seconds >= 0 else {
                    problem = "\(path):\(index + 1): @clock-step needs a number of seconds."
                    continue
                }
                step = seconds
            default:
                problem = "\(path):\(index + 1): unknown directive '\(directive)' (known: @profile, @today, @clock-step)."
            }
        }
        let captured = CapturedText()
        let output = ShellOutput(sink: captured, styler: Styler(enabled: false), width: { nil })
        let runner = FlowRunner(program: program, store: nil, profile: profile, today: { today },
                                now: { Timestamp(date: today, hour: 12) })
        var reading = 0.0
        let reader = ScriptedReader(inputs) { line in captured.write((line.isEmpty ? ">" : "> " + line) + "\n", error: false) }
        let shell = Shell(reader: reader, output: output, registry: commands(runner, clock: {
            reading += step
            return reading
        }), banner: nil, flows: runner)
        _ = shell.run()
        var actual = header.joined(separator: "\n")
        if !actual.isEmpty { actual += "\n" }
        actual += captured.combined
        let expected = text.hasSuffix("\n") ? text : text + "\n"
        let passed = problem == nil && actual == expected
        return Outcome(path: path, passed: passed, actual: actual, diff: passed ? [] : diff(expected, actual), problem: problem,
                       trace: runner.trace)
    }

    /// The lines that differ, `-` expected and `+` actual, with the line number.
    static func diff(_ expected: String, _ actual: String) -> [String] {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            guard a != b else { continue }
            lines.append("line \(index + 1):")
            if let a { lines.append("- " + a) }
            if let b { lines.append("+ " + b) }
            if lines.count > 30 { break }
        }
        return lines
    }
}

/// Hands out the typed lines of a transcript, echoing each where it is read.
final class ScriptedReader: LineReader {
    private var lines: [String]
    private let echo: (String) -> Void
    var completionProvider: CompletionProvider?
    var isInteractive: Bool { false }

    init(_ lines: [String], echo: @escaping (String) -> Void) {
        self.lines = lines
        self.echo = echo
    }

    func readLine(prompt: Prompt) -> LineInput {
        guard !lines.isEmpty else { return .endOfInput }
        let line = lines.removeFirst()
        echo(line)
        return .line(line)
    }
}
