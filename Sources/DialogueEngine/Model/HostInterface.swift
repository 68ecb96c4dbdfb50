/// What the host program (the career domain, or a test) offers flows: profile facts they can read
/// and actions they can run. The compiler checks references against it; the engine calls it.
public struct HostInterface: Sendable {
    /// Fact paths (e.g. `profile.stage`) and their types.
    public var facts: [String: ValueType]
    public var actions: [String: ActionSignature]
    /// The names the host adds when it composes a collection of wordings (`openers` → `contact.name`…),
    /// with their types: templates and conditions of that collection may read them.
    public var compositions: [String: [String: ValueType]]
    /// Whole-number settings content may give under `settings:`, with what each means.
    public var numberSettings: [String: String]

    public init(facts: [String: ValueType] = [:], actions: [String: ActionSignature] = [:],
                compositions: [String: [String: ValueType]] = [:], numberSettings: [String: String] = [:]) {
        self.numberSettings = numberSettings
        self.facts = facts
        self.actions = actions
        self.compositions = compositions
    }
}

/// An action's parameters and the slots it fills.
public struct ActionSignature: Sendable {
    public var summary: String
    public var parameters: [String: ValueType]
    public var results: [String: ValueType]

    public init(summary: String, parameters: [String: ValueType] = [:], results: [String: ValueType] = [:]) {
        self.summary = summary
        self.parameters = parameters
        self.results = results
    }
}

/// The host side at run time: answers fact look-ups and performs actions. Pure from the engine's
/// point of view: given the same inputs it must give the same result.
///
/// A host is a value: an action that stores something changes the host the engine carries, so the
/// facts read after it in the same turn already see it, and the turn hands the changed host back.
public protocol DialogueHost: Sendable {
    func fact(_ path: String) -> Value?
    mutating func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome
    /// Sets a fact for a transcript's `@fact` line.
    mutating func override(fact path: String, with value: Value)
    /// What the host has stored, as lines for a transcript's `@profile` line.
    func storedSummary() -> [String]
}

extension DialogueHost {
    public func storedSummary() -> [String] { [] }
}

/// What an action did: slots to set and things to say.
public struct ActionOutcome: Sendable {
    public var slots: [String: Value]
    public var outputs: [Output]

    public init(slots: [String: Value] = [:], outputs: [Output] = []) {
        self.slots = slots
        self.outputs = outputs
    }
}
