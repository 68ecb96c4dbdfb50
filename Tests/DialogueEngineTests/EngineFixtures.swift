import Mustache
@testable import DialogueEngine

/// Flows for the engine tests, built by hand in the shape the Prompts compiler gives them (this target
/// cannot depend on the compiler): templates rendered as plain text, questions numbered, asked types
/// recorded, and `each` lowered to `eachStart`, `eachNext`, the body and a jump back.
enum EngineFixtures {
    /// Sunday 29 November 2026.
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    static func template(_ text: String) -> Template {
        // The pragma the compiler adds, so that nothing is HTML-escaped.
        Template(source: text, template: try! MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + text))
    }

    static func expression(_ text: String) -> Expression {
        switch ExpressionParser.parse(text) {
        case let .success(expression): return expression
        case let .failure(error): fatalError("'\(text)' does not parse: \(error)")
        }
    }

    static func ask(_ slot: String, _ prompt: String, _ type: SlotType, number: Int = 1, optional: Bool = false,
                    from: String? = nil, except: String? = nil, own: Bool = false, page: Int? = nil) -> Instruction.Kind {
        let choices = ChoiceSettings(from: from.map(expression), except: except.map(expression), own: own, pageSize: page)
        return .ask(Question(slot: slot, prompt: template(prompt), type: type, why: template("Why: \(slot)."),
                             help: nil, examples: [], optional: optional, number: number, choices: choices))
    }

    static func say(_ text: String) -> Instruction.Kind { .say([template(text)]) }

    static func set(_ slot: String, _ value: String) -> Instruction.Kind { .set(slot: slot, value: expression(value)) }

    static func action(_ name: String, _ arguments: [String: String] = [:]) -> Instruction.Kind {
        .action(name: name, arguments: arguments.mapValues(expression))
    }

    static func flow(_ id: String, title: String, _ kinds: [Instruction.Kind]) -> Flow {
        let instructions = kinds.enumerated().map { index, kind in
            Instruction(kind, stepID: nil, step: index, source: PromptLocation(file: "flows/\(id).yaml", line: index + 1, column: 5))
        }
        let questionCount = kinds.filter { if case let .ask(question) = $0 { return question.number > 0 } else { return false } }.count
        return Flow(id: id, title: title, purpose: "Test.", instructions: instructions, questionCount: questionCount,
                    reprompts: Reprompts(), source: PromptLocation(file: "flows/\(id).yaml", line: 1, column: 1),
                    steps: instructions.map(\.source))
    }

    static func program(_ flows: [Flow], catalogs: [Catalog] = [], rules: [Rule] = [],
                        facts: [String: ValueType] = [:]) -> Program {
        var askedTypes: [String: SlotType] = [:]
        for flow in flows {
            for instruction in flow.instructions {
                if case let .ask(question) = instruction.kind { askedTypes[question.slot] = question.type }
            }
        }
        return Program(flows: Dictionary(uniqueKeysWithValues: flows.map { ($0.id, $0) }), flowOrder: flows.map(\.id),
                       rules: rules, catalogs: Dictionary(uniqueKeysWithValues: catalogs.map { ($0.id, $0) }),
                       askedTypes: askedTypes, facts: facts)
    }

    static func rule(_ id: String, group: String, when: String, salience: Int = 0, _ actions: [Rule.Action],
                     because: String) -> Rule {
        Rule(id: id, group: group, condition: Condition(text: when, expression: expression(when)), salience: salience,
             actions: actions, because: template(because), source: PromptLocation(file: "rules/\(group).yaml", line: 3, column: 5))
    }

    /// Work values, as the values catalog has them.
    static let values = Catalog(id: "values", title: "Values", items: [
        CatalogItem(id: "autonomy", name: "Autonomy", definition: "Deciding how you work.", synonyms: ["freedom", "independence"]),
        CatalogItem(id: "security", name: "Security", definition: "A steady job.", synonyms: ["stability"]),
        CatalogItem(id: "money", name: "Financial reward", definition: "Good pay.", synonyms: ["money", "salary"]),
        CatalogItem(id: "balance", name: "Work-life balance", definition: "Time for life.", synonyms: ["flexibility"]),
        CatalogItem(id: "learning", name: "Learning", definition: "New skills.", synonyms: ["growth"]),
    ])

    /// Every plain line a turn shows, as a transcript would compare them.
    static func lines(_ turn: Turn) -> [String] { turn.outputs.flatMap(\.lines) }
}

/// A host with a few facts and two actions that change them, so a test can see the host carried
/// through a turn.
struct NotebookHost: DialogueHost {
    var facts: [String: Value] = [:]

    func fact(_ path: String) -> Value? {
        if path == "notes.count" {
            guard case let .list(notes)? = facts["notes.all"] else { return .number(0) }
            return .number(Double(notes.count))
        }
        return facts[path]
    }

    mutating func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome {
        switch action {
        case "add-note":
            var notes: [Value] = []
            if case let .list(stored)? = facts["notes.all"] { notes = stored }
            facts["notes.all"] = .list(notes + [arguments["note"] ?? .text("?")])
            return ActionOutcome(slots: ["note_number": .number(Double(notes.count + 1))])
        default:
            return ActionOutcome(outputs: [.problem("no action '\(action)'.")])
        }
    }

    mutating func override(fact path: String, with value: Value) { facts[path] = value }
}

extension Engine {
    /// Starts `flow` and answers each line in turn, returning every turn.
    func play(_ flow: String, _ answers: [String], from session: Session = Session()) -> [Turn] {
        var turns = [start(flow: flow, in: session)]
        for answer in answers { turns.append(respond(to: answer, in: turns.last!.session)) }
        return turns
    }
}
