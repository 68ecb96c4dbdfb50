/// Something the engine says. The shell styles it; transcripts compare its plain lines.
public enum Output: Hashable, Sendable, Codable {
    /// What a flow says.
    case say(String)
    /// A question, with its numbered options when it has any.
    case ask(prompt: String, options: [String])
    /// A question showing some of its options with the numbers they answer to (a page of a long list,
    /// or the cards left after an earlier pile, which keep their numbers).
    case choices(prompt: String, options: [String], numbers: [Int])
    /// A reprompt after an answer that was not understood.
    case retry(String)
    /// A numbered suggestion from a rule; `why N` explains it.
    case suggestion(number: Int, text: String)
    case tip(String)
    /// An answer to `help`, `why`, `where`, a confirmation or a notice.
    case info(String)
    /// A problem in the content found at run time (a rule loop): shown, never fatal.
    case problem(String)
    /// The flow finished.
    case finished(flow: String)
    /// The flow was paused; `resume` continues it.
    case paused(flow: String)

    /// The plain lines a user sees for this output.
    public var lines: [String] {
        switch self {
        case let .say(text), let .retry(text), let .info(text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case let .ask(prompt, options):
            return Output.questionLines(prompt, options, numbers: Array(1...Swift.max(1, options.count)))
        case let .choices(prompt, options, numbers):
            return Output.questionLines(prompt, options, numbers: numbers)
        case let .suggestion(number, text):
            return ["\(number). \(text)"]
        case let .tip(text):
            return ["Tip: \(text)"]
        case let .problem(text):
            return ["Problem in the prompts: \(text)"]
        case let .finished(flow):
            return ["(\(flow) finished)"]
        case let .paused(flow):
            return ["(\(flow) paused; type 'resume' to continue)"]
        }
    }

    private static func questionLines(_ prompt: String, _ options: [String], numbers: [Int]) -> [String] {
        let width = numbers.prefix(options.count).map { String($0).count }.max() ?? 1
        return prompt.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + zip(options, numbers).map { option, number in
                let shown = String(number)
                return "  " + String(repeating: " ", count: width - shown.count) + shown + ". " + option
            }
    }
}
