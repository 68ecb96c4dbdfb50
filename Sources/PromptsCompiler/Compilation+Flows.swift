import DialogueEngine

extension Compilation {
    static let flowKeys = ["id", "title", "purpose", "command", "steps", "reprompts"]
    static let stepKinds = ["say", "ask", "set", "forget", "if", "each", "goto", "call", "action", "infer", "end"]
    static let commonStepKeys = ["id", "when"]
    static let stepKeys: [String: [String]] = [
        "say": ["say"],
        "ask": ["ask", "prompt", "type", "why", "help", "examples", "optional", "options", "catalog", "min", "max", "count", "integer",
                "from", "except", "own", "page", "counted", "past"],
        "each": ["each", "as", "steps"],
        "set": ["set", "value"],
        "forget": ["forget"],
        "if": ["if", "then", "else"],
        "goto": ["goto"],
        "call": ["call"],
        "action": ["action", "with"],
        "infer": ["infer"],
        "end": ["end"],
    ]
    static let questionTypes = ["text", "yesno", "number", "date", "datetime", "duration", "choice", "multichoice", "rank", "list"]

    func collectFlows(_ node: SourceNode) {
        guard node.isSequence else {
            sink.report(.wrongType, at: node, "'flows' must be a list of flows, found \(node.kindDescription).")
            return
        }
        for flowNode in node.items {
            guard flowNode.isMapping else {
                sink.report(.wrongType, at: flowNode, "a flow must be a mapping of keys to values, found \(flowNode.kindDescription).")
                continue
            }
            guard let idNode = flowNode["id"], let id = idNode.text else {
                sink.report(.missingKey, at: flowNode, "a flow needs an 'id' key.")
                continue
            }
            guard checkID(id, at: idNode, what: "flow") else { continue }
            if flowNodes.contains(where: { $0.id == id }) {
                sink.report(.duplicateID, at: idNode, "there is already a flow '\(id)'.", hint: "Give each flow its own id.")
                continue
            }
            flowNodes.append((id, flowNode))
        }
    }

    /// Every slot a flow's steps write, with its type, before any expression is checked.
    func collectWrites(inFlow flow: SourceNode) {
        func visit(_ steps: SourceNode?) {
            for step in steps?.items ?? [] where step.isMapping {
                if let slot = step["ask"]?.text {
                    let type = step["type"]?.text ?? "text"
                    writtenSlots[slot] = Compilation.valueType(ofQuestion: type)
                } else if let slot = step["set"]?.text {
                    if writtenSlots[slot] == nil { writtenSlots[slot] = .any }
                } else if let action = step["action"]?.text, let signature = host.actions[action] {
                    for (slot, type) in signature.results { writtenSlots[slot] = type }
                } else if let slot = step["as"]?.text, step["each"] != nil {
                    if writtenSlots[slot] == nil { writtenSlots[slot] = .any }
                }
                visit(step["then"])
                visit(step["else"])
                visit(step["steps"])
            }
        }
        visit(flow["steps"])
        // `set` slots take the type of their value; a second pass sees slots set from other sets.
        for _ in 0..<2 {
            func refine(_ steps: SourceNode?) {
                for step in steps?.items ?? [] where step.isMapping {
                    if let slot = step["set"]?.text, let value = step["value"] {
                        let type = quietType(of: value)
                        if type != .any { writtenSlots[slot] = type }
                    }
                    if let slot = step["as"]?.text, let items = step["each"], case let .list(element) = quietType(of: items),
                       element != .any {
                        writtenSlots[slot] = element
                    }
                    refine(step["then"])
                    refine(step["else"])
                    refine(step["steps"])
                }
            }
            refine(flow["steps"])
        }
    }

    static func valueType(ofQuestion type: String) -> ValueType {
        switch type {
        case "yesno": return .bool
        case "number": return .number
        case "date": return .date
        case "datetime": return .dateTime
        case "duration": return .number
        case "multichoice", "rank", "list": return .list(.text)
        default: return .text
        }
    }

    func compileFlow(_ node: SourceNode) -> Flow? {
        guard let reader = ShapeReader(node, as: "a flow", keys: Compilation.flowKeys, sink: sink),
              let (id, _) = reader.text("id", required: true) else { return nil }
        let title = reader.text("title", required: true)?.value ?? id
        let purpose = reader.text("purpose", required: true)?.value ?? ""
        var command: String?
        if let (word, wordNode) = reader.text("command") {
            if word.isEmpty || !word.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) {
                sink.report(.invalidValue, at: wordNode, "'\(word)' is not a usable command: use lowercase letters, digits and '-'.")
            } else if let other = flowCommands[word] {
                sink.report(.duplicateID, at: wordNode, "the flow '\(other)' already has the command '\(word)'.",
                            hint: "Give each flow its own command.")
            } else {
                flowCommands[word] = id
                command = word
            }
        }
        var reprompts = Reprompts()
        if let repromptNode = reader.value("reprompts"),
           let texts = ShapeReader(repromptNode, as: "'reprompts'", keys: ["retry", "help", "skip"], sink: sink) {
            reprompts.retry = texts.value("retry").flatMap { template($0, key: "retry", extraNames: ["problem"]) }
            reprompts.help = texts.value("help").flatMap { template($0, key: "help", extraNames: ["problem"]) }
            reprompts.skip = texts.value("skip").flatMap { template($0, key: "skip", extraNames: ["problem"]) }
        }
        let steps = reader.list("steps", required: true) ?? []
        if let stepsNode = reader.value("steps"), stepsNode.isSequence, steps.isEmpty {
            sink.report(.invalidValue, at: reader.value("steps")!, "a flow needs at least one step.")
        }
        var builder = FlowBuilder(flowID: id)
        compileSteps(steps, into: &builder)
        builder.resolveGotos(sink: sink)
        analyse(builder)
        return Flow(id: id, title: title, purpose: purpose, instructions: builder.instructions,
                    questionCount: builder.questionCount, reprompts: reprompts, source: location(node),
                    steps: builder.stepLocations, command: command)
    }

    private func compileSteps(_ steps: [SourceNode], into builder: inout FlowBuilder) {
        for step in steps { compileStep(step, into: &builder) }
    }

    private func compileStep(_ node: SourceNode, into builder: inout FlowBuilder) {
        let stepNumber = builder.stepLocations.count
        builder.stepLocations.append(location(node))
        // A bare `- end` ends the flow.
        if node.isScalar, node.text == "end" {
            builder.emit(.end, stepID: nil, step: stepNumber, source: location(node), isGoto: false)
            return
        }
        guard node.isMapping else {
            sink.report(.wrongType, at: node, "a step must be a mapping such as 'say: …' or 'ask: …', found \(node.kindDescription).")
            return
        }
        let kinds = node.pairs.map(\.key).filter { Compilation.stepKinds.contains($0) }
        guard let kind = kinds.first else {
            let unknown = node.pairs.map(\.key).first { !Compilation.commonStepKeys.contains($0) }
            let suggestion = unknown.flatMap { EditDistance.nearest(to: $0, in: Compilation.stepKinds) }
            sink.report(.missingKey, at: node, "a step needs one of: \(Compilation.stepKinds.joined(separator: ", ")).",
                        hint: suggestion.map { "Did you mean '\($0)' instead of '\(unknown!)'?" })
            return
        }
        if kinds.count > 1 {
            sink.report(.invalidValue, at: node.keyNode(kinds[1])!, "a step does one thing; this one has both '\(kinds[0])' and '\(kinds[1])'.",
                        hint: "Split it into two steps.")
            return
        }
        guard let reader = ShapeReader(node, as: "'\(kind)' step", keys: Compilation.stepKeys[kind]! + Compilation.commonStepKeys, sink: sink) else { return }
        let stepID = reader.text("id").flatMap { id, idNode -> String? in
            guard checkID(id, at: idNode, what: "step") else { return nil }
            if builder.stepIDs[id] != nil {
                sink.report(.duplicateID, at: idNode, "the flow '\(builder.flowID)' already has a step '\(id)'.")
                return nil
            }
            return id
        }
        if let stepID { builder.stepIDs[stepID] = (builder.instructions.count, node) }
        let source = location(node)

        var guardJump: Int?
        if let whenNode = reader.value("when"), let condition = expression(whenNode, key: "when", expecting: .bool) {
            guardJump = builder.emit(.jumpUnless(Condition(text: whenNode.text ?? "", expression: condition), target: -1),
                                     stepID: stepID, step: stepNumber, source: source, isGoto: false)
        }
        let kindNode = reader.value(kind)!
        switch kind {
        case "say":
            var variants: [Template] = []
            if kindNode.isSequence {
                variants = kindNode.items.compactMap { template($0, key: "say") }
                if kindNode.items.isEmpty { sink.report(.invalidValue, at: kindNode, "'say' needs at least one text.") }
            } else if let text = template(kindNode, key: "say") {
                variants = [text]
            }
            if !variants.isEmpty { builder.emit(.say(variants), stepID: stepID, step: stepNumber, source: source, isGoto: false) }
        case "ask":
            // A question only some users see (keep, edit or redo what is stored) can stay out of "question k of n".
            let counted = reader.bool("counted") ?? true
            if let question = compileQuestion(reader, slotNode: kindNode, number: counted ? builder.questionCount + 1 : 0) {
                if counted { builder.questionCount += 1 }
                builder.emit(.ask(question), stepID: stepID, step: stepNumber, source: source, isGoto: false)
            }
        case "set":
            guard let slot = kindNode.text, checkSlotName(slot, at: kindNode) else { break }
            if let valueNode = reader.value("value", required: true), let value = expression(valueNode, key: "value") {
                builder.emit(.set(slot: slot, value: value), stepID: stepID, step: stepNumber, source: source, isGoto: false)
            }
        case "forget":
            let names = kindNode.isSequence ? kindNode.items.compactMap(\.text) : kindNode.text.map { [$0] } ?? []
            if names.isEmpty { sink.report(.wrongType, at: kindNode, "'forget' takes a slot or a list of slots.") }
            var known: [String] = []
            for (name, node) in zip(names, kindNode.isSequence ? kindNode.items : [kindNode]) where checkSlotName(name, at: node) {
                if pathTypes[name] == nil {
                    sink.report(.unknownSlot, at: node, "'\(name)' is not a slot that anything sets, so there is nothing to forget.",
                                hint: EditDistance.nearest(to: name, in: Array(writtenSlots.keys)).map { "Did you mean '\($0)'?" })
                } else {
                    known.append(name)
                }
            }
            builder.emit(.forget(slots: known), stepID: stepID, step: stepNumber, source: source, isGoto: false)
        case "if":
            guard let condition = expression(kindNode, key: "if", expecting: .bool) else { break }
            let branch = builder.emit(.jumpUnless(Condition(text: kindNode.text ?? "", expression: condition), target: -1),
                                      stepID: stepID, step: stepNumber, source: source, isGoto: false)
            compileSteps(reader.list("then", required: true) ?? [], into: &builder)
            if let elseSteps = reader.list("else") {
                let skipElse = builder.emit(.jump(target: -1), stepID: nil, step: stepNumber, source: source, isGoto: false)
                builder.patch(branch, to: builder.instructions.count)
                compileSteps(elseSteps, into: &builder)
                builder.patch(skipElse, to: builder.instructions.count)
            } else {
                builder.patch(branch, to: builder.instructions.count)
            }
        case "each":
            guard let items = expression(kindNode, key: "each", expecting: .list(.any)) else { break }
            guard let (slot, slotNode) = reader.text("as", required: true), checkSlotName(slot, at: slotNode) else { break }
            // An item of a choice answer shows as its label, as the answer itself does.
            if case let .path(path, _) = items, let type = askedTypes[path], !type.options.isEmpty {
                askedTypes[slot] = .choice(type.options)
            }
            let loop = "\(builder.flowID)-\(stepNumber)"
            builder.emit(.eachStart(loop: loop, items: items), stepID: stepID, step: stepNumber, source: source, isGoto: false)
            let next = builder.emit(.eachNext(loop: loop, slot: slot, exit: -1), stepID: nil, step: stepNumber, source: source, isGoto: false)
            let body = reader.list("steps", required: true) ?? []
            if body.isEmpty, reader.value("steps")?.isSequence == true {
                sink.report(.invalidValue, at: reader.value("steps")!, "'each' needs at least one step to repeat.")
            }
            compileSteps(body, into: &builder)
            builder.emit(.jump(target: next), stepID: nil, step: stepNumber, source: source, isGoto: false)
            builder.patch(next, to: builder.instructions.count)
        case "goto":
            guard let target = kindNode.text else {
                sink.report(.wrongType, at: kindNode, "'goto' must name a step id, found \(kindNode.kindDescription).")
                break
            }
            let index = builder.emit(.jump(target: -1), stepID: stepID, step: stepNumber, source: source, isGoto: true)
            builder.gotos.append((index, target, kindNode))
        case "call":
            guard let flow = kindNode.text else {
                sink.report(.wrongType, at: kindNode, "'call' must name a flow, found \(kindNode.kindDescription).")
                break
            }
            if !flowNodes.contains(where: { $0.id == flow }) {
                let suggestion = EditDistance.nearest(to: flow, in: flowNodes.map(\.id))
                sink.report(.unknownFlow, at: kindNode, "there is no flow '\(flow)' to call.", hint: suggestion.map { "Did you mean '\($0)'?" })
                break
            }
            builder.emit(.call(flow: flow), stepID: stepID, step: stepNumber, source: source, isGoto: false)
        case "action":
            if let action = compileAction(reader, nameNode: kindNode) {
                builder.emit(action, stepID: stepID, step: stepNumber, source: source, isGoto: false)
            }
        case "infer":
            guard let group = kindNode.text else {
                sink.report(.wrongType, at: kindNode, "'infer' must name a rule group, found \(kindNode.kindDescription).")
                break
            }
            inferences.append((group, kindNode))
            builder.emit(.infer(group: group), stepID: stepID, step: stepNumber, source: source, isGoto: false)
        default: // end
            builder.emit(.end, stepID: stepID, step: stepNumber, source: source, isGoto: false)
        }
        if let guardJump { builder.patch(guardJump, to: builder.instructions.count) }
    }

    private func compileAction(_ reader: ShapeReader, nameNode: SourceNode) -> Instruction.Kind? {
        guard let name = nameNode.text else {
            sink.report(.wrongType, at: nameNode, "'action' must name an action, found \(nameNode.kindDescription).")
            return nil
        }
        guard let signature = host.actions[name] else {
            let suggestion = EditDistance.nearest(to: name, in: Array(host.actions.keys))
            let known = host.actions.keys.sorted()
            sink.report(.unknownAction, at: nameNode, "coach has no action '\(name)'.",
                        hint: suggestion.map { "Did you mean '\($0)'?" }
                            ?? (known.isEmpty ? "No actions are available here." : "Known actions: \(known.joined(separator: ", "))."))
            return nil
        }
        var arguments: [String: Expression] = [:]
        // The shape reader reports parameters the action does not take; the known ones are compiled.
        if let withNode = reader.value("with"),
           ShapeReader(withNode, as: "'with' of action '\(name)'", keys: signature.parameters.keys.sorted(), sink: sink) != nil {
            for (key, _, valueNode) in withNode.pairs where signature.parameters[key] != nil {
                if let value = expression(valueNode, key: key, expecting: signature.parameters[key]) { arguments[key] = value }
            }
        }
        return .action(name: name, arguments: arguments)
    }

    private func compileQuestion(_ reader: ShapeReader, slotNode: SourceNode, number: Int) -> Question? {
        guard let slot = slotNode.text, slotNode.isScalar else {
            sink.report(.wrongType, at: slotNode, "'ask' must name the slot the answer goes into, found \(slotNode.kindDescription).")
            return nil
        }
        guard checkSlotName(slot, at: slotNode) else { return nil }
        let prompt = reader.value("prompt", required: true).flatMap { template($0, key: "prompt") }
        let why = reader.value("why", required: true).flatMap { template($0, key: "why") }
        let help = reader.value("help").flatMap { template($0, key: "help") }
        let examples = reader.textList("examples")?.map(\.value) ?? []
        // `optional: true`, or a condition: `optional: "editing"` (skippable only while it holds).
        var optional = false
        var optionalWhen: Expression?
        if let node = reader.value("optional") {
            if let text = node.text, ["true", "false", "yes", "no"].contains(text.lowercased()) || !node.isScalar {
                optional = reader.bool("optional") ?? false
            } else {
                optionalWhen = expression(node, key: "optional", expecting: .bool)
                optional = optionalWhen != nil
            }
        }
        guard let typeName = reader.text("type", required: true) else { return nil }
        guard Compilation.questionTypes.contains(typeName.value) else {
            let suggestion = EditDistance.nearest(to: typeName.value, in: Compilation.questionTypes)
            sink.report(.invalidValue, at: typeName.node, "'\(typeName.value)' is not a question type.",
                        hint: suggestion.map { "Did you mean '\($0)'?" }
                            ?? "Use one of: \(Compilation.questionTypes.joined(separator: ", ")).")
            return nil
        }
        let choiceKeys = ["options", "catalog", "from", "except"]
        let allowed: [String: [String]] = [
            "text": ["min", "max"], "number": ["min", "max", "integer"], "date": ["past"], "duration": ["min", "max"],
            "multichoice": ["min", "max", "own", "page"] + choiceKeys,
            "choice": choiceKeys, "rank": ["count"] + choiceKeys, "list": ["min", "max"],
        ]
        for key in ["min", "max", "count", "integer", "options", "catalog", "from", "except", "own", "page", "past"] where reader.has(key) {
            if !(allowed[typeName.value] ?? []).contains(key) {
                sink.report(.invalidValue, at: reader.node.keyNode(key)!, "a \(typeName.value) question does not take '\(key)'.")
            }
        }
        let type: SlotType?
        switch typeName.value {
        case "text":
            let (min, max) = limits(reader)
            type = .text(minLength: min, maxLength: max)
        case "yesno":
            type = .yesNo
        case "number":
            let min = reader.number("min"), max = reader.number("max")
            if let min, let max, min.value > max.value {
                sink.report(.invalidValue, at: max.node,
                            "'max' (\(Value.number(max.value).displayText)) is below 'min' (\(Value.number(min.value).displayText)).")
            }
            type = .number(min: min?.value, max: max?.value, integer: reader.bool("integer") ?? false)
        case "date":
            type = (reader.bool("past") ?? false) ? .pastDate : .date
        case "datetime":
            type = .dateTime
        case "duration":
            // In minutes.
            let (min, max) = limits(reader)
            type = .duration(min: min, max: max)
        case "choice":
            type = options(reader).map { .choice($0) }
        case "multichoice":
            let (min, max) = limits(reader)
            type = options(reader).map { .multiChoice($0, min: min ?? 1, max: max) }
        case "rank":
            let count = reader.integer("count")
            let options = options(reader)
            if let count, let options, count.value < 1 || (count.value > options.count && !reader.has("from")) {
                sink.report(.invalidValue, at: count.node, "'count' must be between 1 and the \(options.count) options.")
            }
            type = options.map { .rank($0, count: count?.value) }
        default:
            let (min, max) = limits(reader)
            type = .list(minItems: min ?? 1, maxItems: max)
        }
        var choices = ChoiceSettings()
        choices.from = reader.value("from").flatMap { expression($0, key: "from", expecting: .list(.any)) }
        choices.except = reader.value("except").flatMap { expression($0, key: "except", expecting: .list(.any)) }
        choices.own = reader.bool("own") ?? false
        if let page = reader.integer("page") {
            if page.value < 2 { sink.report(.invalidValue, at: page.node, "'page' must be at least 2 options a page.") }
            choices.pageSize = Swift.max(2, page.value)
        }
        guard let type, let prompt, let why else { return nil }
        askedTypes[slot] = type
        var question = Question(slot: slot, prompt: prompt, type: type, why: why, help: help, examples: examples,
                                optional: optional, number: number, choices: choices)
        question.optionalWhen = optionalWhen
        return question
    }

    private func limits(_ reader: ShapeReader) -> (Int?, Int?) {
        let min = reader.integer("min"), max = reader.integer("max")
        if let min, min.value < 0 { sink.report(.invalidValue, at: min.node, "'min' cannot be negative.") }
        if let min, let max, min.value > max.value {
            sink.report(.invalidValue, at: max.node, "'max' (\(max.value)) is below 'min' (\(min.value)).")
        }
        return (min?.value, max?.value)
    }
}

/// Instructions of one flow under construction, with the jumps still to patch.
struct FlowBuilder {
    let flowID: String
    var instructions: [Instruction] = []
    var stepLocations: [PromptLocation] = []
    var stepIDs: [String: (index: Int, node: SourceNode)] = [:]
    var gotos: [(index: Int, target: String, node: SourceNode)] = []
    var gotoInstructions: Set<Int> = []
    var questionCount = 0

    init(flowID: String) {
        self.flowID = flowID
    }

    @discardableResult
    mutating func emit(_ kind: Instruction.Kind, stepID: String?, step: Int, source: PromptLocation, isGoto: Bool) -> Int {
        instructions.append(Instruction(kind, stepID: stepID, step: step, source: source))
        if isGoto { gotoInstructions.insert(instructions.count - 1) }
        return instructions.count - 1
    }

    mutating func patch(_ index: Int, to target: Int) {
        switch instructions[index].kind {
        case let .jumpUnless(condition, _): instructions[index].kind = .jumpUnless(condition, target: target)
        case .jump: instructions[index].kind = .jump(target: target)
        case let .eachNext(loop, slot, _): instructions[index].kind = .eachNext(loop: loop, slot: slot, exit: target)
        default: break
        }
    }

    mutating func resolveGotos(sink: DiagnosticSink) {
        for (index, target, node) in gotos {
            guard let step = stepIDs[target] else {
                let suggestion = EditDistance.nearest(to: target, in: Array(stepIDs.keys))
                sink.report(.unknownStep, at: node, "the flow '\(flowID)' has no step with id '\(target)'.",
                            hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Give the step to jump to an 'id:'.")
                continue
            }
            patch(index, to: step.index)
        }
    }
}
