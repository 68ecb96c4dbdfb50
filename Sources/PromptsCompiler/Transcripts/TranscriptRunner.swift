import DialogueEngine

/// Replays a transcript against the engine with a fixed date and in-memory facts, and compares what
/// the engine says with what the transcript expects.
public enum TranscriptRunner {
    /// The date a transcript runs on unless it says `@today`: a Monday.
    public static let defaultToday = CalendarDate(year: 2026, month: 1, day: 5)!

    /// Makes the host a run talks to, from the transcript's `@fact`s and date.
    public typealias HostFactory = (_ facts: [String: Value], _ today: CalendarDate, _ program: Program) -> any DialogueHost

    public struct Outcome: Sendable {
        public var path: String
        public var passed: Bool
        /// The transcript as it should read, given what the engine said (what `RECORD=1` writes).
        public var actual: String
        /// Differences, `-` for expected lines that did not come and `+` for lines that came instead.
        public var diff: [String]
        public var trace: Trace
    }

    public static func run(_ transcript: Transcript, program: Program, host makeHost: HostFactory) -> Outcome {
        var today = defaultToday
        var facts: [String: Value] = [:]
        var session = Session()
        var trace = Trace()
        var generated: [Transcript.Line] = []
        var expected: [Transcript.Line] = []

        // One host for the whole run, so what a flow saves is there for the next flow and for @profile.
        var host: (any DialogueHost)?
        func engine() -> Engine {
            let current = host ?? makeHost(facts, today, program)
            host = current
            return Engine(program: program, host: current, today: today)
        }
        func take(_ turn: Turn) {
            session = turn.session
            host = turn.host
            trace.merge(turn.trace)
            emit(turn.outputs)
        }
        func emit(_ outputs: [Output]) {
            for output in outputs { generated += output.lines.map(Transcript.Line.output) }
        }

        for (_, line) in transcript.lines {
            expected.append(line)
            switch line {
            case .output:
                continue
            case .comment:
                generated.append(line)
            case let .directive(directive):
                generated.append(line)
                switch directive {
                case let .today(date):
                    today = date
                    host?.override(fact: "today", with: .date(date))
                case let .fact(path, value):
                    facts[path] = value
                    host?.override(fact: path, with: value)
                case let .start(flow):
                    take(engine().start(flow: flow, in: session))
                case .resume:
                    take(engine().resume(session))
                case let .why(number):
                    emit([engine().explain(suggestion: number, in: session)])
                case let .infer(group):
                    take(engine().infer(group: group, in: session))
                case .profile:
                    generated += engine().host.storedSummary().map(Transcript.Line.output)
                }
            case let .input(text):
                generated.append(line)
                take(engine().respond(to: text, in: session))
            }
        }
        let actualText = Transcript.render(generated)
        let expectedText = Transcript.render(expected)
        let diff = actualText == expectedText ? [] : LineDiff.lines(expected: expectedText, actual: actualText)
        return Outcome(path: transcript.path, passed: diff.isEmpty, actual: actualText, diff: diff, trace: trace)
    }
}

/// A line diff for reports: the changed lines with a little context, numbered as in the transcript.
enum LineDiff {
    static func lines(expected: String, actual: String, context: Int = 2) -> [String] {
        // Both texts end with a newline; the empty piece after it is no line.
        func rows(_ text: String) -> [String] {
            var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if rows.last == "" { rows.removeLast() }
            return rows
        }
        let a = rows(expected), b = rows(actual)
        // Longest common subsequence table, from the end.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        enum Edit { case same(Int, String), removed(Int, String), added(String) }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(i + 1, a[i])); i += 1; j += 1
            } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
                edits.append(.added(b[j])); j += 1
            } else {
                edits.append(.removed(i + 1, a[i])); i += 1
            }
        }
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        var shown = Set<Int>()
        for index in changed { for k in max(0, index - context)...min(edits.count - 1, index + context) { shown.insert(k) } }
        var result: [String] = []
        var last = -1
        for index in shown.sorted() {
            if last >= 0, index > last + 1 { result.append("  …") }
            switch edits[index] {
            case let .same(number, text): result.append("  \(number)   \(text)")
            case let .removed(number, text): result.append("- \(number)   \(text)")
            case let .added(text): result.append("+       \(text)")
            }
            last = index
        }
        return result
    }
}
