import Coaching
import DialogueEngine

/// The shell's side of a conversation: the compiled content, the session under way, and how the
/// engine's outputs look on the terminal.
public final class FlowRunner {
    public let program: Program
    public private(set) var session = Session()
    private let today: () -> CalendarDate
    private let facts: () -> [String: Value]

    public init(program: Program, today: @escaping () -> CalendarDate, facts: @escaping () -> [String: Value] = { [:] }) {
        self.program = program
        self.today = today
        self.facts = facts
    }

    private var engine: Engine {
        let date = today()
        return Engine(program: program, host: CoachingHost(facts: facts(), today: date), today: date)
    }

    /// The title of the flow under way or paused, if any.
    public var unfinishedTitle: String? {
        session.frames.first.flatMap { program.flows[$0.flow]?.title }
    }

    /// Whether typed lines are answers (a flow is under way and not paused).
    public var isAnswering: Bool { session.isActive && !session.isPaused }

    public func start(_ flow: String) -> [Output] { apply(engine.start(flow: flow, in: session)) }
    public func respond(_ line: String) -> [Output] { apply(engine.respond(to: line, in: session)) }
    public func resume() -> [Output] { apply(engine.resume(session)) }
    public func explain(_ number: Int) -> Output { engine.explain(suggestion: number, in: session) }

    private func apply(_ turn: Turn) -> [Output] {
        session = turn.session
        return turn.outputs
    }

    /// The prompt while answering, e.g. `person 2/4> `.
    public var prompt: String {
        guard let position = engine.position(of: session) else { return "> " }
        return "\(position.flow) \(position.question)/\(position.questionCount)> "
    }

    public var completions: [String] { engine.completions(for: session) }

    /// Prints outputs, each kind in its own style.
    public static func render(_ outputs: [Output], to output: ShellOutput) {
        let styler = output.styler
        for item in outputs {
            switch item {
            case let .ask(prompt, options):
                output.line(styler.paint(prompt, .emphasis))
                for line in Output.ask(prompt: "", options: options).lines.dropFirst() { output.line(line) }
            case .retry:
                for line in item.lines { output.line(styler.paint(line, .warning)) }
            case let .suggestion(number, text):
                output.line(styler.paint("\(number).", .command) + " " + text)
            case let .tip(text):
                output.line(styler.paint("Tip:", .heading) + " " + text)
            case .problem:
                for line in item.lines { output.warning(line) }
            case .finished, .paused:
                for line in item.lines { output.line(styler.paint(line, .dim)) }
            case .say, .info:
                for line in item.lines { output.line(line) }
            }
        }
    }
}
