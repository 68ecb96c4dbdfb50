import Mustache

/// Everything the Prompts compiler produced, ready to run. The engine never sees source text.
public struct Program: Sendable {
    public var flows: [String: Flow]
    /// Flow ids in the order they were declared (files by path, then position).
    public var flowOrder: [String]
    /// Rules in declaration order, which breaks salience ties.
    public var rules: [Rule]
    public var catalogs: [String: Catalog]
    /// Named templates (`templates/NAME.mustache`), usable as partials `{{> NAME}}`.
    public var library: MustacheLibrary
    /// The type of every slot some step asks, sets or an action fills.
    public var slotTypes: [String: ValueType]
    /// The question type of every slot an `ask` fills, for showing answers as the user saw them.
    public var askedTypes: [String: SlotType]
    /// The host's facts the content may read, for template contexts.
    public var facts: [String: ValueType]
    /// Texts the host composes (openers, pitch parts, LinkedIn drafts), in declaration order.
    public var wordings: [Wording]
    /// Checks of written texts (`pitch critique`), in declaration order.
    public var checks: [TextCheck]
    public var settings: ContentSettings

    public init(flows: [String: Flow] = [:], flowOrder: [String] = [], rules: [Rule] = [],
                catalogs: [String: Catalog] = [:], library: MustacheLibrary = MustacheLibrary(),
                slotTypes: [String: ValueType] = [:], askedTypes: [String: SlotType] = [:],
                facts: [String: ValueType] = [:], wordings: [Wording] = [], checks: [TextCheck] = [],
                settings: ContentSettings = ContentSettings()) {
        self.wordings = wordings
        self.checks = checks
        self.settings = settings
        self.flows = flows
        self.flowOrder = flowOrder
        self.rules = rules
        self.catalogs = catalogs
        self.library = library
        self.slotTypes = slotTypes
        self.askedTypes = askedTypes
        self.facts = facts
    }
}

/// Where something came from in the Prompts source.
public struct PromptLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A Mustache template with its source, rendered as plain text (nothing is HTML-escaped).
public struct Template: Sendable {
    public var source: String
    public var template: MustacheTemplate

    public init(source: String, template: MustacheTemplate) {
        self.source = source
        self.template = template
    }
}

/// A condition written by a coach, with its text for explanations.
public struct Condition: Sendable {
    public var text: String
    public var expression: Expression

    public init(text: String, expression: Expression) {
        self.text = text
        self.expression = expression
    }
}

/// A flow: a titled sequence of steps compiled to instructions with jumps.
public struct Flow: Sendable {
    public var id: String
    public var title: String
    public var purpose: String
    /// A word the shell offers as a command that starts this flow (`values`), if any.
    public var command: String?
    public var instructions: [Instruction]
    /// How many questions the flow asks, for "question k of n".
    public var questionCount: Int
    public var reprompts: Reprompts
    public var source: PromptLocation
    /// Where each source step is, by step number (for coverage reports).
    public var steps: [PromptLocation]

    public init(id: String, title: String, purpose: String, instructions: [Instruction], questionCount: Int,
                reprompts: Reprompts, source: PromptLocation, steps: [PromptLocation], command: String? = nil) {
        self.command = command
        self.id = id
        self.title = title
        self.purpose = purpose
        self.instructions = instructions
        self.questionCount = questionCount
        self.reprompts = reprompts
        self.source = source
        self.steps = steps
    }
}

/// The texts a flow uses when an answer is not understood; nil fields use the engine's defaults.
public struct Reprompts: Sendable {
    /// First retry; `{{problem}}` is what was wrong.
    public var retry: Template?
    /// Second retry, before the help and examples.
    public var help: Template?
    /// Third retry on an optional question.
    public var skip: Template?

    public init(retry: Template? = nil, help: Template? = nil, skip: Template? = nil) {
        self.retry = retry
        self.help = help
        self.skip = skip
    }
}

/// One instruction of a compiled flow.
public struct Instruction: Sendable {
    public enum Kind: Sendable {
        /// Say one of the variants (chosen deterministically; `another` shows the next).
        case say([Template])
        case ask(Question)
        case set(slot: String, value: Expression)
        /// Removes the slots' values (an answer from the last round of a loop must not carry over).
        case forget(slots: [String])
        /// Continue at `target` unless the condition holds (compiled from `if` and `when`).
        case jumpUnless(Condition, target: Int)
        case jump(target: Int)
        case call(flow: String)
        case action(name: String, arguments: [String: Expression])
        /// Run the rules of a group by forward chaining; their suggestions are numbered for `why N`.
        case infer(group: String)
        /// Begins an `each` loop: the list's items wait in the hidden slot `#loop`.
        case eachStart(loop: String, items: Expression)
        /// Puts the loop's next item into `slot` and goes on, or leaves the loop at `exit` when none is left.
        case eachNext(loop: String, slot: String, exit: Int)
        case end
    }

    public var kind: Kind
    /// The step's id in the source, if it has one.
    public var stepID: String?
    /// Which source step this came from (0-based, in flow order, nested steps included), for coverage.
    public var step: Int
    public var source: PromptLocation

    public init(_ kind: Kind, stepID: String?, step: Int, source: PromptLocation) {
        self.kind = kind
        self.stepID = stepID
        self.step = step
        self.source = source
    }
}

/// An `ask` step.
public struct Question: Sendable {
    public var slot: String
    public var prompt: Template
    public var type: SlotType
    public var why: Template
    public var help: Template?
    public var examples: [String]
    public var optional: Bool
    /// 1-based position among the flow's questions; 0 for a question left out of the count.
    public var number: Int
    /// Where a choice, multichoice or rank question's options come from at run time.
    public var choices: ChoiceSettings
    /// When given, the question may be skipped only while this holds (`optional: "editing"`).
    public var optionalWhen: Expression?

    public init(slot: String, prompt: Template, type: SlotType, why: Template, help: Template?, examples: [String],
                optional: Bool, number: Int, choices: ChoiceSettings = ChoiceSettings()) {
        self.choices = choices
        self.slot = slot
        self.prompt = prompt
        self.type = type
        self.why = why
        self.help = help
        self.examples = examples
        self.optional = optional
        self.number = number
    }
}

/// How a question's options are chosen and shown: a subset of its catalog or options taken from
/// earlier answers, the user's own additions, and pages.
public struct ChoiceSettings: Sendable {
    /// Only these, in this order: ids of the options, or the user's own texts (shown as written).
    public var from: Expression?
    /// Leave these out.
    public var except: Expression?
    /// Whether the user may add items the options lack (multichoice).
    public var own: Bool
    /// Show this many options at a time, one page a turn (multichoice).
    public var pageSize: Int?

    public init(from: Expression? = nil, except: Expression? = nil, own: Bool = false, pageSize: Int? = nil) {
        self.from = from
        self.except = except
        self.own = own
        self.pageSize = pageSize
    }
}

/// A production rule: when its condition holds, it does its actions and can say why.
public struct Rule: Sendable {
    public enum Action: Sendable {
        case suggest(Template, item: CatalogItemReference?)
        case tip(Template)
        case say(Template)
        case set(slot: String, value: Expression)
    }

    public var id: String
    public var group: String
    public var condition: Condition
    public var salience: Int
    public var actions: [Action]
    public var because: Template
    public var source: PromptLocation

    public init(id: String, group: String, condition: Condition, salience: Int, actions: [Action], because: Template,
                source: PromptLocation) {
        self.id = id
        self.group = group
        self.condition = condition
        self.salience = salience
        self.actions = actions
        self.because = because
        self.source = source
    }
}

public struct CatalogItemReference: Hashable, Sendable, Codable {
    public var catalog: String
    public var item: String

    public init(catalog: String, item: String) {
        self.catalog = catalog
        self.item = item
    }
}

/// A list of things to choose from: values, strengths, archetypes…
public struct Catalog: Sendable {
    public var id: String
    public var title: String
    public var items: [CatalogItem]

    public init(id: String, title: String, items: [CatalogItem]) {
        self.id = id
        self.title = title
        self.items = items
    }

    public func item(_ id: String) -> CatalogItem? { items.first { $0.id == id } }

    /// The items as options of a choice question.
    public var options: [ChoiceOption] {
        items.map { ChoiceOption(id: $0.id, label: $0.name, synonyms: $0.synonyms) }
    }
}

public struct CatalogItem: Hashable, Sendable, Codable {
    /// A labelled text about the item, shown with it (`Where to find them: …`).
    public struct Detail: Hashable, Sendable, Codable {
        public var label: String
        public var text: String

        public init(label: String, text: String) {
            self.label = label
            self.text = text
        }
    }

    public var id: String
    public var name: String
    public var definition: String
    public var synonyms: [String]
    public var tags: [String]
    /// In the order written.
    public var details: [Detail]

    public init(id: String, name: String, definition: String, synonyms: [String] = [], tags: [String] = [],
                details: [Detail] = []) {
        self.id = id
        self.name = name
        self.definition = definition
        self.synonyms = synonyms
        self.tags = tags
        self.details = details
    }
}
