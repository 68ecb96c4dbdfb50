/// Where a conversation stands: the flows under way, the answers so far, and what the next input
/// answers. A value: the engine returns a new one each turn, so `back` is a matter of keeping old
/// ones, and the store can save it as it is (Codable).
public struct Session: Hashable, Sendable, Codable {
    /// A flow under way and the instruction it is at.
    public struct Frame: Hashable, Sendable, Codable {
        public var flow: String
        public var next: Int

        public init(flow: String, next: Int) {
            self.flow = flow
            self.next = next
        }
    }

    /// What the next input is taken as.
    public enum Waiting: Hashable, Sendable, Codable {
        /// An answer to the question at the top frame; `attempts` wrong answers so far.
        case answer(attempts: Int)
        /// A yes/no to "Did you mean …?" for this understood value.
        case confirmation(Value, attempts: Int)
        /// More items of a list question, one a line, until an empty line.
        case listItems([Value])
        /// A page of a paged question: its index, and the picks of the pages before it.
        case page(Int, picked: [Value])
        /// A yes/no to "Did you mean …?" for picks on a page.
        case pageConfirmation([Value], page: Int, picked: [Value], attempts: Int)
    }

    /// The state when a question was asked, for `back`.
    public struct Checkpoint: Hashable, Sendable, Codable {
        public var frames: [Frame]
        public var slots: [String: Value]
        /// Where a paged question stood (nil: ask from the start).
        public var waiting: Waiting?
    }

    /// The last thing said with variants, for `another`.
    public struct SaidVariant: Hashable, Sendable, Codable {
        public var flow: String
        public var instruction: Int
        public var variant: Int
    }

    public var frames: [Frame] = []
    public var slots: [String: Value] = [:]
    public var waiting: Waiting?
    public var checkpoints: [Checkpoint] = []
    /// The rule firings of the latest inference, for `why N`.
    public var firings: [Firing] = []
    public var isPaused = false
    public var lastSaid: SaidVariant?

    public init(slots: [String: Value] = [:]) {
        self.slots = slots
    }

    /// Whether a flow is under way (possibly paused).
    public var isActive: Bool { !frames.isEmpty }
}

/// A rule that fired: which, on what facts, and why, in words.
public struct Firing: Hashable, Sendable, Codable {
    /// The suggestion number it produced, if it suggested something.
    public var number: Int?
    public var rule: String
    /// The facts and slots its condition read, with their values at the time.
    public var facts: [FactValue]
    public var because: String
    public var source: PromptLocation

    public struct FactValue: Hashable, Sendable, Codable {
        public var path: String
        public var value: String
    }
}

/// What one call into the engine did, beyond its outputs: for coverage in `coach check`.
public struct Trace: Hashable, Sendable {
    /// (flow id, source step) pairs executed.
    public var steps: Set<StepReference> = []
    /// Rule ids that fired.
    public var rules: Set<String> = []

    public init() {}

    public struct StepReference: Hashable, Sendable {
        public var flow: String
        public var step: Int

        public init(flow: String, step: Int) {
            self.flow = flow
            self.step = step
        }
    }

    public mutating func merge(_ other: Trace) {
        steps.formUnion(other.steps)
        rules.formUnion(other.rules)
    }
}

/// An action the engine ran, with its evaluated arguments: the host's effects (saving to the
/// profile, say) happen outside the engine, from this record.
public struct PerformedAction: Hashable, Sendable {
    public var name: String
    /// The arguments that have a value.
    public var arguments: [String: Value]

    public init(name: String, arguments: [String: Value]) {
        self.name = name
        self.arguments = arguments
    }
}

/// The result of one call into the engine.
public struct Turn: Sendable {
    public var session: Session
    /// The host after the turn's actions.
    public var host: any DialogueHost
    public var outputs: [Output]
    public var trace: Trace
    /// Actions run during the turn, in order.
    public var performed: [PerformedAction] = []
}
