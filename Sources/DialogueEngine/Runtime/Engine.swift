import Mustache

/// Runs compiled flows and rules: `(session, input) -> (session, outputs)`.
///
/// It reads no files, clock or environment and never prints: today's date and the profile come in
/// through `today` and `host`, and everything it says goes out as `Output`s.
public struct Engine {
    public let program: Program
    public let host: any DialogueHost
    public let today: CalendarDate

    /// Flows may call flows, but not without end.
    static let maximumCallDepth = 32
    /// Instructions one turn may run without stopping at a question.
    static let maximumStepsPerTurn = 10_000

    public init(program: Program, host: any DialogueHost, today: CalendarDate) {
        self.program = program
        self.host = host
        self.today = today
    }

    // MARK: Entry points

    /// Starts `flow` from its beginning, keeping the slots already known.
    public func start(flow id: String, in session: Session) -> Turn {
        var run = Run(engine: self, session: session)
        guard program.flows[id] != nil else {
            run.outputs.append(.info("There is no flow called '\(id)'."))
            return run.turn
        }
        run.session.frames = [Session.Frame(flow: id, next: 0)]
        run.session.waiting = nil
        run.session.checkpoints = []
        run.session.isPaused = false
        run.advance()
        return run.turn
    }

    /// Takes one line the user typed while a flow is under way.
    public func respond(to input: String, in session: Session) -> Turn {
        var run = Run(engine: self, session: session)
        run.respond(to: input)
        return run.turn
    }

    /// Runs the rules of `group` outside any flow (the shell's `next`): their suggestions are
    /// numbered for `why N`. Slots the rules set are not kept (no flow reads them, and a flag left
    /// set would change the next run), and a flow under way is left as it is.
    public func infer(group: String, in session: Session) -> Turn {
        var run = Run(engine: self, session: session)
        run.infer(group)
        run.session.slots = session.slots
        return run.turn
    }

    /// Continues a paused flow by asking its question again.
    public func resume(_ session: Session) -> Turn {
        var run = Run(engine: self, session: session)
        guard session.isActive else {
            run.outputs.append(.info("There is nothing to resume."))
            return run.turn
        }
        run.resumeAndAsk()
        return run.turn
    }

    /// Explains suggestion `number` of the latest inference.
    public func explain(suggestion number: Int, in session: Session) -> Output {
        guard let firing = session.firings.first(where: { $0.number == number }) else {
            let numbers = session.firings.compactMap(\.number)
            if numbers.isEmpty { return .info("There are no numbered suggestions to explain yet.") }
            return .info(numbers.max()! == 1 ? "There is only suggestion 1." : "There is no suggestion \(number); the suggestions are numbered 1 to \(numbers.max()!).")
        }
        var lines = ["Suggestion \(number) comes from the rule '\(firing.rule)' (\(firing.source))."]
        if !firing.facts.isEmpty {
            lines.append("It matched: " + firing.facts.map { "\($0.path) = \($0.value)" }.joined(separator: "; ") + ".")
        }
        lines.append("Because: \(firing.because)")
        return .info(lines.joined(separator: "\n"))
    }

    // MARK: Values and templates

    /// The template context: slots as the user saw them (labels, not ids) and facts, with dotted
    /// paths as nested names. Read on demand: a fact is worked out only when a template names it (some
    /// go over every contact), and once a render.
    func context(_ session: Session, host: any DialogueHost, extra: [String: Any] = [:]) -> Any {
        // Slots starting with '#' are the engine's own (loop state), not content's.
        let slots = session.slots.filter { !$0.key.hasPrefix("#") }
        var prefixes = Set<String>()
        for path in Array(program.facts.keys) + Array(slots.keys) {
            var parts = path.split(separator: ".").dropLast()
            while !parts.isEmpty {
                prefixes.insert(parts.joined(separator: "."))
                parts = parts.dropLast()
            }
        }
        return TemplateContext(prefix: "", prefixes: prefixes, cache: TemplateContext.Cache()) { path in
            if let value = extra[path] { return value }
            if let value = slots[path] { return self.mustacheValue(value, slot: path) }
            guard self.program.facts[path] != nil, let value = host.fact(path) else { return nil }
            return self.mustacheValue(value, slot: nil)
        }
    }


    private func mustacheValue(_ value: Value, slot: String?) -> Any {
        let type = slot.flatMap { program.askedTypes[$0] }
        switch value {
        case let .bool(flag): return flag
        case let .record(fields): return fields.mapValues { mustacheValue($0, slot: nil) }
        case let .date(date) where type == nil: return date.mediumForm
        case let .dateTime(moment) where type == nil: return moment.mediumForm
        case let .list(items) where items.contains(where: { if case .record = $0 { return true } else { return false } }):
            return items.map { mustacheValue($0, slot: nil) }
        case let .list(items):
            if let type { return TextList(items: items.map { AnswerInterpreter.describe($0, as: type.elementType) }) }
            return TextList(items: items.map(\.displayText))
        default:
            if let type { return TextValue(text: AnswerInterpreter.describe(value, as: type)) }
            return TextValue(text: value.displayText)
        }
    }

    /// Renders a template outside any flow, with `names` besides the facts (an opener's `contact.name`).
    public func compose(_ template: Template, names: [String: Value]) -> String {
        var session = Session()
        session.slots = names
        return render(template, session, host: host)
    }

    /// Whether a condition holds with `names` besides the facts.
    public func holds(_ condition: Condition, names: [String: Value]) -> Bool {
        ExpressionEvaluator.isSatisfied(condition.expression, catalogs: program.catalogs) { names[$0] ?? host.fact($0) }
    }

    func render(_ template: Template, _ session: Session, host: any DialogueHost, extra: [String: Any] = [:]) -> String {
        var text = template.template.render(context(session, host: host, extra: extra), library: program.library)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

extension SlotType {
    /// The type of one element, for showing list answers item by item.
    var elementType: SlotType {
        switch self {
        case let .multiChoice(options, _, _), let .rank(options, _): return .choice(options)
        case .list: return .text(minLength: nil, maxLength: nil)
        default: return self
        }
    }
}

extension Engine {
    /// Where a session stands, for the shell's prompt: the flow and question k of n.
    public struct Position: Hashable, Sendable {
        public var flow: String
        public var title: String
        public var question: Int
        public var questionCount: Int
    }

    public func position(of session: Session) -> Position? {
        guard let frame = session.frames.last, let flow = program.flows[frame.flow], frame.next < flow.instructions.count,
              case let .ask(question) = flow.instructions[frame.next].kind else { return nil }
        // A flow called as a part of another (one goal of 'goals') is shown by the flow the user started
        // it from: the nearest one on the stack that has a command.
        let shown = session.frames.reversed().lazy.compactMap { program.flows[$0.flow] }.first { $0.command != nil } ?? flow
        return Position(flow: shown.id, title: shown.title, question: question.number, questionCount: flow.questionCount)
    }

    /// What Tab can complete at the current question: its options and the control words.
    public func completions(for session: Session) -> [String] {
        guard session.isActive else { return [] }
        if session.isPaused { return ["resume"] }
        var words = ["help", "why", "back", "where", "pause"]
        guard let frame = session.frames.last, let flow = program.flows[frame.flow], frame.next < flow.instructions.count,
              case let .ask(question) = flow.instructions[frame.next].kind else { return words }
        if Run(engine: self, session: session).isOptional(question) { words.append("skip") }
        let type = Run(engine: self, session: session).resolvedType(of: question)
        switch type {
        case let .choice(options), let .multiChoice(options, _, _), let .rank(options, _):
            return options.map(\.label) + words
        case .yesNo:
            return ["yes", "no"] + words
        default:
            return words
        }
    }
}

/// A render context that looks names up when a template reads them: `person.name` asks for `person`,
/// then for `name` inside it.
final class TemplateContext: MustacheParent {
    final class Cache {
        var values: [String: Any?] = [:]
    }

    let prefix: String
    let prefixes: Set<String>
    let cache: Cache
    let resolve: (String) -> Any?

    init(prefix: String, prefixes: Set<String>, cache: Cache, resolve: @escaping (String) -> Any?) {
        self.prefix = prefix
        self.prefixes = prefixes
        self.cache = cache
        self.resolve = resolve
    }

    func child(named name: String) -> Any? {
        let path = prefix.isEmpty ? name : prefix + "." + name
        if let cached = cache.values[path] { return cached }
        var value = resolve(path)
        if value == nil, prefixes.contains(path) {
            value = TemplateContext(prefix: path, prefixes: prefixes, cache: cache, resolve: resolve)
        }
        cache.values[path] = .some(value)
        return value
    }
}
