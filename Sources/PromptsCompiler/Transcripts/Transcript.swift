import DialogueEngine

/// A conversation written down as a test: what the user types and exactly what coach answers.
///
/// ```
/// # A comment
/// @today 2026-11-30
/// @fact profile.stage = student
/// @start person
/// What should I call you?
/// > Ana
/// ```
/// Lines starting with `>` are typed (a lone `>` is an empty line); `@` lines set up the run;
/// `#` lines are comments; every other line is expected output. An output line that itself starts
/// with `>`, `@`, `#` or `\` is written with a leading `\`.
public struct Transcript: Sendable {
    public enum Line: Hashable, Sendable {
        case comment(String)
        case directive(Directive)
        case input(String)
        case output(String)
    }

    public enum Directive: Hashable, Sendable {
        /// Start a flow.
        case start(String)
        /// The date the run takes as today.
        case today(CalendarDate)
        /// A profile fact the host supplies.
        case fact(String, Value)
        /// Resume a paused flow.
        case resume
        /// Explain suggestion N after its flow has ended.
        case why(Int)
        /// Run a rule group outside any flow, as the `next` command does.
        case infer(String)
        /// Show what the host has stored (the profile), to check what a flow saved.
        case profile
    }

    public var path: String
    public var lines: [(line: Int, content: Line)]

    public struct ParseError: Error, Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Parses a transcript; every malformed directive is reported.
    public static func parse(_ text: String, path: String) -> (Transcript, [ParseError]) {
        var lines: [(Int, Line)] = []
        var errors: [ParseError] = []
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        for (offset, raw) in rows.enumerated() {
            let number = offset + 1
            let row = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if row.hasPrefix("#") {
                lines.append((number, .comment(row)))
            } else if row.hasPrefix(">") {
                var input = String(row.dropFirst())
                if input.hasPrefix(" ") { input.removeFirst() }
                lines.append((number, .input(input)))
            } else if row.hasPrefix("@") {
                switch directive(String(row.dropFirst())) {
                case let .success(directive): lines.append((number, .directive(directive)))
                case let .failure(error): errors.append(ParseError(line: number, column: 1, message: error.message))
                }
            } else if row.hasPrefix("\\") {
                lines.append((number, .output(String(row.dropFirst()))))
            } else {
                lines.append((number, .output(row)))
            }
        }
        return (Transcript(path: path, lines: lines), errors)
    }

    struct DirectiveError: Error {
        var message: String
    }

    static let directives = ["start", "today", "fact", "resume", "why", "infer", "profile"]

    private static func directive(_ text: String) -> Result<Directive, DirectiveError> {
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = words.count > 1 ? words[1].trimmingWhitespace : ""
        switch words.first ?? "" {
        case "start" where !argument.isEmpty:
            return .success(.start(argument))
        case "today":
            guard let date = CalendarDate(iso: argument) else {
                return .failure(DirectiveError(message: "@today needs a date written YYYY-MM-DD, found '\(argument)'."))
            }
            return .success(.today(date))
        case "fact":
            let parts = argument.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
            guard parts.count == 2, !parts[0].isEmpty else {
                return .failure(DirectiveError(message: "@fact needs 'path = value', e.g. @fact profile.stage = student."))
            }
            return .success(.fact(parts[0], factValue(parts[1])))
        case "resume" where argument.isEmpty:
            return .success(.resume)
        case "why":
            guard let number = Int(argument) else { return .failure(DirectiveError(message: "@why needs a suggestion number.")) }
            return .success(.why(number))
        case "infer" where !argument.isEmpty:
            return .success(.infer(argument))
        case "profile" where argument.isEmpty:
            return .success(.profile)
        default:
            let name = words.first ?? ""
            let suggestion = EditDistance.nearest(to: name, in: directives)
            return .failure(DirectiveError(message: "'@\(text)' is not a transcript directive"
                + (suggestion.map { "; did you mean '@\($0)'?" } ?? "; use @start FLOW, @today DATE, @fact PATH = VALUE, @resume, @why N, @infer GROUP or @profile.")))
        }
    }

    /// `3` a number, `true`/`false` yes/no, `2026-12-03` a date, `[a, b]` a list of text, else text.
    static func factValue(_ text: String) -> Value {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = Double(text) { return .number(number) }
        if let date = CalendarDate(iso: text) { return .date(date) }
        if text.hasPrefix("["), text.hasSuffix("]") {
            let inner = text.dropFirst().dropLast()
            return .list(inner.split(separator: ",").map { .text(String($0).trimmingWhitespace) })
        }
        return .text(text)
    }

    /// The transcript as text, with each expected output escaped where it needs to be.
    public static func render(_ lines: [Line]) -> String {
        lines.map { line -> String in
            switch line {
            case let .comment(text): return text
            case let .input(text): return text.isEmpty ? ">" : "> " + text
            case let .directive(directive): return "@" + directive.text
            case let .output(text):
                if let first = text.first, ">@#\\".contains(first) { return "\\" + text }
                return text
            }
        }.joined(separator: "\n") + "\n"
    }
}

extension Transcript.Directive {
    var text: String {
        switch self {
        case let .start(flow): return "start \(flow)"
        case let .today(date): return "today \(date.iso)"
        case let .fact(path, value):
            if case let .list(items) = value { return "fact \(path) = [\(items.map(\.displayText).joined(separator: ", "))]" }
            if case let .bool(flag) = value { return "fact \(path) = \(flag)" }
            return "fact \(path) = \(value.displayText)"
        case .resume: return "resume"
        case let .why(number): return "why \(number)"
        case let .infer(group): return "infer \(group)"
        case .profile: return "profile"
        }
    }
}
