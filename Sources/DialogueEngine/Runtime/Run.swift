/// One call into the engine: the session being changed, what is said, and what ran.
struct Run {
    let engine: Engine
    var session: Session
    var outputs: [Output] = []
    var trace = Trace()
    var performed: [PerformedAction] = []
    /// The host as this turn's actions leave it.
    var host: any DialogueHost

    init(engine: Engine, session: Session) {
        self.engine = engine
        self.session = session
        self.host = engine.host
    }

    var turn: Turn { Turn(session: session, host: host, outputs: outputs, trace: trace, performed: performed) }

    /// Whether the question may be skipped now.
    func isOptional(_ question: Question) -> Bool {
        if let condition = question.optionalWhen { return evaluate(condition) == .bool(true) }
        return question.optional
    }

    /// Facts read this turn, until an action changes the host: rules read the same facts again and again.
    final class FactCache {
        var values: [String: Value?] = [:]
    }
    let facts = FactCache()

    /// A slot, or else a fact of the host.
    func lookup(_ path: String) -> Value? {
        if let slot = session.slots[path] { return slot }
        if let cached = facts.values[path] { return cached }
        let value = host.fact(path)
        facts.values[path] = .some(value)
        return value
    }

    func evaluate(_ expression: Expression) -> Value? {
        ExpressionEvaluator.evaluate(expression, catalogs: program.catalogs) { lookup($0) }
    }

    func render(_ template: Template, extra: [String: Any] = [:]) -> String {
        engine.render(template, session, host: host, extra: extra)
    }

    private var program: Program { engine.program }

    /// The flow at the top of the stack and the instruction it is at.
    private var current: (flow: Flow, index: Int)? {
        guard let frame = session.frames.last, let flow = program.flows[frame.flow] else { return nil }
        return (flow, frame.next)
    }

    /// The question being waited on.
    private var question: Question? {
        guard let (flow, index) = current, index < flow.instructions.count,
              case let .ask(question) = flow.instructions[index].kind else { return nil }
        return question
    }

    // MARK: Input

    mutating func respond(to raw: String) {
        let input = raw.trimmingWhitespace
        guard session.isActive else {
            // Suggestions often end a flow; they can still be explained afterwards.
            let words = input.lowercased().split(separator: " ")
            if words.count == 2, words[0] == "why", let number = Int(words[1]) {
                outputs.append(engine.explain(suggestion: number, in: session))
            } else {
                outputs.append(.info("No flow is under way."))
            }
            return
        }
        if session.isPaused {
            if input.lowercased() == "resume" {
                resumeAndAsk()
            } else {
                outputs.append(.info("The flow is paused; type 'resume' to continue it."))
            }
            return
        }
        // A leading backslash makes a control word an ordinary answer: "\help".
        if input.hasPrefix("\\") {
            answer(String(input.dropFirst()))
            return
        }
        let words = input.lowercased().split(separator: " ").map(String.init)
        switch words.first {
        case "help" where words.count == 1: help()
        case "why" where words.count == 1: why()
        case "why" where words.count == 2:
            if let number = Int(words[1]) {
                outputs.append(engine.explain(suggestion: number, in: session))
            } else {
                answer(input)
            }
        case "back" where words.count == 1: back()
        case "skip" where words.count == 1: skip()
        case "where" where words.count == 1: whereAmI()
        case "pause" where words.count == 1: pause()
        case "another" where words.count == 1: another()
        default: answer(input)
        }
    }

    private mutating func answer(_ input: String) {
        guard let question else { return }
        let type = resolvedType(of: question)
        switch session.waiting {
        case let .confirmation(value, attempts):
            switch yesOrNo(input) {
            case true?:
                accept(value, for: question)
            case false?:
                session.waiting = .answer(attempts: 0)
                outputs.append(.info("Then let's try again."))
                askAgain()
            case nil:
                // Not a yes or no: the user has moved on and this is a new answer to the question.
                _ = attempts
                session.waiting = .answer(attempts: 0)
                answer(input)
            }
        case let .pageConfirmation(picks, page, picked, attempts):
            switch yesOrNo(input) {
            case true?:
                addPicks(picks, onPage: page, to: picked, for: question)
            case false?:
                session.waiting = .page(page, picked: picked)
                outputs.append(.info("Then let's try again."))
                askAgain()
            case nil:
                _ = attempts
                session.waiting = .page(page, picked: picked)
                answer(input)
            }
        case let .page(page, picked):
            let lowered = input.lowercased()
            if input.isEmpty || lowered == "none" || lowered == "nothing" {
                addPicks([], onPage: page, to: picked, for: question)
                return
            }
            switch AnswerInterpreter.interpretPicks(input, options: type.options, allowOwn: question.choices.own,
                                                    numbers: optionNumbers(of: question)) {
            case let .value(.list(picks)):
                addPicks(picks, onPage: page, to: picked, for: question)
            case let .confirm(.list(picks), confirmation):
                session.waiting = .pageConfirmation(picks, page: page, picked: picked, attempts: 0)
                outputs.append(.info(confirmation + " (y/n)"))
            case let .invalid(problem):
                outputs.append(.retry(problem.message + " Press Enter if none on this page applies."))
            default:
                break
            }
        case let .listItems(items):
            collect(input, into: items, for: question)
        case .answer, nil:
            if case .list = question.type {
                collect(input, into: [], for: question)
                return
            }
            // Enter on a question that may be skipped keeps what is there, as 'skip' does, quietly.
            if input.isEmpty, isOptional(question) {
                accept(nil, for: question)
                return
            }
            let interpretation: Interpretation
            if question.choices.own, case .multiChoice = type {
                interpretation = checkedPicks(AnswerInterpreter.interpretPicks(input, options: type.options, allowOwn: true,
                                                                               numbers: optionNumbers(of: question)), type)
            } else {
                interpretation = AnswerInterpreter.interpret(input, as: type, today: engine.today)
            }
            switch interpretation {
            case let .value(value):
                accept(value, for: question)
            case let .confirm(value, confirmation):
                session.waiting = .confirmation(value, attempts: 0)
                outputs.append(.info(confirmation + " (y/n)"))
            case let .invalid(problem):
                reprompt(problem.message, for: question)
            }
        }
    }

    private func yesOrNo(_ input: String) -> Bool? {
        switch input.lowercased() {
        case "y", "yes", "yeah", "yep", "sure", "ok": return true
        case "n", "no", "nope", "nah": return false
        default: return nil
        }
    }

    /// One line of a list question: an item, or the empty line that ends the list.
    private mutating func collect(_ input: String, into items: [Value], for question: Question) {
        guard case let .list(minItems, maxItems) = question.type else { return }
        // Enter straight away on a list that may be skipped keeps what is there.
        if input.isEmpty, items.isEmpty, isOptional(question) {
            accept(nil, for: question)
            return
        }
        if input.isEmpty {
            if items.count >= minItems {
                accept(.list(items), for: question)
            } else {
                let needed = minItems - items.count
                session.waiting = items.isEmpty ? .answer(attempts: 1) : .listItems(items)
                outputs.append(.retry("Please add \(needed) more \(needed == 1 ? "item" : "items"), one a line."))
            }
            return
        }
        // A full list still waits for the empty line the prompt promised, so that Enter does not
        // fall through to the next question.
        if let maxItems, items.count >= maxItems {
            session.waiting = .listItems(items)
            outputs.append(.retry("That is all this list takes (\(maxItems)); press Enter on an empty line to go on."))
            return
        }
        if items.contains(where: { $0.displayText.lowercased() == input.lowercased() }) {
            session.waiting = .listItems(items)
            outputs.append(.retry(InvalidAnswer.repeatedItem(input).message))
            return
        }
        session.waiting = .listItems(items + [.text(input)])
    }

    private mutating func reprompt(_ problem: String, for question: Question) {
        guard let (flow, _) = current else { return }
        let attempts: Int
        if case let .answer(count) = session.waiting { attempts = count + 1 } else { attempts = 1 }
        session.waiting = .answer(attempts: attempts)
        let extra: [String: Any] = ["problem": problem]
        var lines: [String] = []
        switch attempts {
        case 1:
            lines.append(flow.reprompts.retry.map { render($0, extra: extra) } ?? problem)
        case 2:
            lines.append(flow.reprompts.help.map { render($0, extra: extra) } ?? problem)
            lines.append(contentsOf: helpLines(for: question))
        default:
            if isOptional(question) {
                lines.append(flow.reprompts.skip.map { render($0, extra: extra) }
                    ?? problem + " You can type 'skip' to leave this question for now.")
            } else {
                lines.append(problem)
                lines.append(contentsOf: helpLines(for: question))
            }
        }
        outputs.append(.retry(lines.joined(separator: "\n")))
    }

    private func helpLines(for question: Question) -> [String] {
        var lines: [String] = []
        if let help = question.help { lines.append(render(help)) }
        if !question.examples.isEmpty {
            lines.append("For example: " + question.examples.joined(separator: "; "))
        }
        return lines
    }

    /// Stores the answer (nil: skipped), keeps the state before it for `back`, and goes on.
    mutating func accept(_ value: Value?, for question: Question, waitingBefore: Session.Waiting? = nil) {
        guard !session.frames.isEmpty else { return }
        session.checkpoints.append(Session.Checkpoint(frames: session.frames, slots: session.slots, waiting: waitingBefore))
        session.slots[question.slot] = value
        session.waiting = nil
        moveOn()
        advance()
    }

    // MARK: Control words

    private mutating func help() {
        guard let question else { return }
        var lines = helpLines(for: question)
        if lines.isEmpty { lines.append(render(question.why)) }
        var words = ["why", "back", "where", "pause"]
        if isOptional(question) { words.insert("skip", at: 2) }
        lines.append("You can also type: " + words.joined(separator: ", ") + ".")
        outputs.append(.info(lines.joined(separator: "\n")))
    }

    private mutating func why() {
        guard let question else { return }
        outputs.append(.info(render(question.why)))
    }

    private mutating func back() {
        guard let checkpoint = session.checkpoints.popLast() else {
            outputs.append(.info("This is the first question; there is nothing to go back to."))
            return
        }
        let answered = session.slots
        session.frames = checkpoint.frames
        session.slots = checkpoint.slots
        session.waiting = checkpoint.waiting ?? .answer(attempts: 0)
        // Say what is being changed: the answer given before, when a whole question is asked again.
        if checkpoint.waiting == nil, let question, let before = answered[question.slot] {
            outputs.append(.info("You answered: \(AnswerInterpreter.describe(before, as: resolvedType(of: question)))"))
        }
        askAgain()
    }

    private mutating func skip() {
        guard let question else { return }
        guard isOptional(question) else {
            outputs.append(.info("This question needs an answer. Type 'help' for more about it."))
            return
        }
        outputs.append(.info("Skipped."))
        accept(nil, for: question)
    }

    private mutating func whereAmI() {
        guard let (flow, _) = current, let question else { return }
        var text: String
        if question.number > 0 {
            text = "\(flow.title): question \(question.number) of \(flow.questionCount)."
        } else if flow.questionCount > 0 {
            text = "\(flow.title): an extra question, besides its \(flow.questionCount) numbered ones."
        } else {
            text = "\(flow.title)."
        }
        let callers = session.frames.dropLast().compactMap { program.flows[$0.flow]?.title }
        if !callers.isEmpty { text += " (Inside: " + callers.joined(separator: " › ") + ".)" }
        outputs.append(.info(text))
    }

    private mutating func pause() {
        guard current != nil, let root = session.frames.first.flatMap({ program.flows[$0.flow] }) else { return }
        session.isPaused = true
        outputs.append(.paused(flow: root.title))
    }

    private mutating func another() {
        guard let said = session.lastSaid, let flow = program.flows[said.flow],
              case let .say(variants) = flow.instructions[said.instruction].kind, variants.count > 1 else {
            outputs.append(.info("There is no other wording to show here."))
            return
        }
        let next = (said.variant + 1) % variants.count
        session.lastSaid?.variant = next
        outputs.append(.say(render(variants[next])))
    }

    /// Continues a paused flow: a line of context, as the question alone may not say which part or
    /// which story it is about, then the question.
    mutating func resumeAndAsk() {
        session.isPaused = false
        if let position = engine.position(of: session) {
            let place = position.question > 0 ? ", question \(position.question) of \(position.questionCount)" : ""
            outputs.append(.info("Back to \(position.title)\(place):"))
        }
        askAgain()
    }

    /// Shows the current question again.
    mutating func askAgain() {
        guard let question else {
            advance()
            return
        }
        switch session.waiting {
        case nil: session.waiting = firstWaiting(for: question)
        case let .pageConfirmation(_, page, picked, _): session.waiting = .page(page, picked: picked)
        case let .confirmation(_, attempts): session.waiting = .answer(attempts: attempts)
        default: break
        }
        outputs.append(askOutput(question))
    }

    func askOutput(_ question: Question) -> Output {
        let prompt = render(question.prompt)
        let type = resolvedType(of: question)
        let options = type.options
        let numbers = optionNumbers(of: question) ?? Array(1...Swift.max(1, options.count))
        if case let .page(page, _)? = session.waiting, question.choices.pageSize != nil {
            let pages = pageCount(options.count, question)
            let size = perPage(options.count, question)
            let range = Swift.min(page * size, options.count)..<Swift.min(page * size + size, options.count)
            let hint = "(\(page + 1) of \(pages): numbers or names, or Enter for none)"
            return .choices(prompt: prompt + " " + hint, options: options[range].map(\.label), numbers: Array(numbers[range]))
        }
        if optionNumbers(of: question) != nil {
            return .choices(prompt: prompt, options: options.map(\.label), numbers: numbers)
        }
        return .ask(prompt: prompt, options: options.map(\.label))
    }

    // MARK: Running instructions

    /// Runs instructions until a question waits for an answer or every flow has finished.
    mutating func advance() {
        var steps = 0
        while let frame = session.frames.last {
            guard let flow = program.flows[frame.flow] else {
                session.frames.removeLast()
                continue
            }
            if frame.next >= flow.instructions.count {
                finish(flow)
                continue
            }
            steps += 1
            if steps > Engine.maximumStepsPerTurn {
                outputs.append(.problem("'\(flow.id)' ran \(Engine.maximumStepsPerTurn) steps without asking anything; it was paused."))
                session.isPaused = true
                return
            }
            let instruction = flow.instructions[frame.next]
            trace.steps.insert(Trace.StepReference(flow: flow.id, step: instruction.step))
            switch instruction.kind {
            case let .say(variants):
                let variant = variants.count > 1 ? stableChoice(flow: flow.id, instruction: frame.next, count: variants.count) : 0
                session.lastSaid = Session.SaidVariant(flow: flow.id, instruction: frame.next, variant: variant)
                outputs.append(.say(render(variants[variant])))
                moveOn()
            case let .ask(question):
                // A choice from an empty list has nothing to ask: it is answered with nothing.
                let type = resolvedType(of: question)
                if type.options.isEmpty, question.choices.from != nil || question.choices.except != nil {
                    session.slots[question.slot] = type.valueType == .text ? nil : .list([])
                    moveOn()
                    continue
                }
                session.waiting = firstWaiting(for: question)
                outputs.append(askOutput(question))
                return
            case let .set(slot, expression):
                session.slots[slot] = evaluate(expression)
                moveOn()
            case let .forget(slots):
                for slot in slots { session.slots[slot] = nil }
                moveOn()
            case let .jumpUnless(condition, target):
                let holds = evaluate(condition.expression) == .bool(true)
                if holds { moveOn() } else { jump(to: target) }
            case let .jump(target):
                jump(to: target)
            case let .call(callee):
                moveOn()
                if session.frames.count >= Engine.maximumCallDepth {
                    outputs.append(.problem("flows call each other more than \(Engine.maximumCallDepth) deep; '\(callee)' was not started."))
                } else {
                    session.frames.append(Session.Frame(flow: callee, next: 0))
                }
            case let .action(name, arguments):
                var values: [String: Value] = [:]
                for (key, expression) in arguments {
                    values[key] = evaluate(expression)
                }
                performed.append(PerformedAction(name: name, arguments: values))
                let outcome = host.perform(action: name, arguments: values, slots: session.slots)
                facts.values = [:]
                for (slot, value) in outcome.slots { session.slots[slot] = value }
                outputs.append(contentsOf: outcome.outputs)
                moveOn()
            case let .infer(group):
                infer(group)
                moveOn()
            case let .eachStart(loop, items):
                switch evaluate(items) {
                case let .list(values)?: session.slots["#" + loop] = .list(values)
                case let value?: session.slots["#" + loop] = .list([value])
                case nil: session.slots["#" + loop] = .list([])
                }
                moveOn()
            case let .eachNext(loop, slot, exit):
                guard case let .list(remaining)? = session.slots["#" + loop], let item = remaining.first else {
                    session.slots["#" + loop] = nil
                    jump(to: exit)
                    continue
                }
                session.slots["#" + loop] = .list(Array(remaining.dropFirst()))
                session.slots[slot] = item
                moveOn()
            case .end:
                finish(flow)
            }
        }
    }

    private mutating func moveOn() {
        session.frames[session.frames.count - 1].next += 1
    }

    private mutating func jump(to target: Int) {
        session.frames[session.frames.count - 1].next = target
    }

    /// Ends the flow at the top of the stack; the caller, if any, continues.
    private mutating func finish(_ flow: Flow) {
        session.frames.removeLast()
        session.waiting = nil
        if session.frames.isEmpty {
            // A flow that only said something (a summary) needs no "finished" after it.
            if !session.checkpoints.isEmpty { outputs.append(.finished(flow: flow.title)) }
            session.checkpoints = []
        }
    }

    /// A variant index that depends only on where we are and what is known, so the same profile
    /// always reads the same words (FNV-1a; Swift's Hasher is seeded per process).
    private func stableChoice(flow: String, instruction: Int, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        mix(flow)
        mix("#\(instruction)#")
        for key in session.slots.keys.sorted() where !key.hasPrefix("#") { mix("\(key)=\(session.slots[key]!.displayText);") }
        return Int(hash % UInt64(count))
    }

    // MARK: Rules

    /// Forward chaining over one group: the highest-salience rule whose condition holds fires
    /// (declaration order breaks ties), its `set`s may enable others, until none is left. A rule
    /// fires again only after its condition has been false in between. A state seen before means
    /// the rules loop: they are named and the inference stops.
    mutating func infer(_ group: String) {
        let rules = program.rules.enumerated().filter { $0.element.group == group }
        var armed = Set(rules.map(\.offset))
        var seen: [String: Int] = [:]
        var firedOrder: [String] = []
        var firings: [Firing] = []
        var number = 0

        func holds(_ rule: Rule) -> Bool {
            evaluate(rule.condition.expression) == .bool(true)
        }

        while true {
            for (index, rule) in rules where !armed.contains(index) && !holds(rule) { armed.insert(index) }
            let signature = stateSignature(armed: armed)
            if let start = seen[signature] {
                let involved = Array(Set(firedOrder[start...])).sorted()
                outputs.append(.problem("the rules \(involved.map { "'\($0)'" }.joined(separator: ", ")) keep "
                    + "enabling each other; inference stopped."))
                break
            }
            seen[signature] = firedOrder.count
            let candidates = rules.filter { armed.contains($0.offset) && holds($0.element) }
            guard let (index, rule) = candidates.max(by: { a, b in
                a.element.salience != b.element.salience ? a.element.salience < b.element.salience : a.offset > b.offset
            }) else { break }
            armed.remove(index)
            firedOrder.append(rule.id)
            trace.rules.insert(rule.id)

            let facts = rule.condition.expression.paths.map { path in
                Firing.FactValue(path: path, value: lookup(path)?.displayText ?? "(not set)")
            }
            var suggestionNumber: Int?
            for action in rule.actions {
                switch action {
                case let .suggest(template, _):
                    number += 1
                    suggestionNumber = number
                    outputs.append(.suggestion(number: number, text: render(template)))
                case let .tip(template):
                    outputs.append(.tip(render(template)))
                case let .say(template):
                    outputs.append(.say(render(template)))
                case let .set(slot, expression):
                    session.slots[slot] = evaluate(expression)
                }
            }
            firings.append(Firing(number: suggestionNumber, rule: rule.id, facts: facts,
                                  because: render(rule.because), source: rule.source))
        }
        session.firings = firings
    }

    private func stateSignature(armed: Set<Int>) -> String {
        let slots = session.slots.keys.sorted().map { "\($0)=\(session.slots[$0]!)" }.joined(separator: ";")
        return slots + "|" + armed.sorted().map(String.init).joined(separator: ",")
    }
}

extension String {
    /// The text without white space at either end (no Foundation needed).
    public var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
