/// Wordings: templated texts the host composes into something to say (an opener, a part of a pitch,
/// a LinkedIn headline), chosen by their tags and conditions and ranked by weight. The engine does not
/// interpret the tags; the host that composes decides what `at` or `part` mean.
public struct Wording: Sendable {
    public var id: String
    /// The collection it belongs to: `openers`, `pitch`, `linkedin`.
    public var collection: String
    /// Tag → values, e.g. `at: [career-fair]`, `for: [recruiter]`, `part: [hook]`, `seconds: [30, 60]`.
    public var tags: [String: [String]]
    /// When it applies, besides its tags.
    public var condition: Condition?
    /// Higher first.
    public var weight: Int
    public var text: Template
    /// A shorter form, for places with a length limit (a LinkedIn note); a follow-up's one-line title.
    public var short: Template?
    /// Questions to keep a conversation going.
    public var followUps: [Template]
    /// A graceful way to end it.
    public var close: Template?
    public var because: Template?
    public var source: PromptLocation

    public init(id: String, collection: String, tags: [String: [String]], condition: Condition?, weight: Int, text: Template,
                short: Template? = nil, followUps: [Template] = [], close: Template? = nil, because: Template? = nil,
                source: PromptLocation) {
        self.id = id
        self.collection = collection
        self.tags = tags
        self.condition = condition
        self.weight = weight
        self.text = text
        self.short = short
        self.followUps = followUps
        self.close = close
        self.because = because
        self.source = source
    }

    /// Whether the tag `key` allows `value`: an absent tag allows anything, as does `any` among its values.
    public func allows(_ key: String, _ value: String) -> Bool {
        guard let values = tags[key] else { return true }
        return values.contains(value) || values.contains("any")
    }
}

/// A check of a written text (a pitch, a LinkedIn About): what it looks for lives in Prompts, how to
/// look lives here. Each finding costs `weight` points out of 100.
public struct TextCheck: Sendable {
    public enum Kind: Sendable, Equatable {
        /// Any of the phrases (whole words, case ignored) is present.
        case found([String], scope: Scope)
        /// None of the phrases is present (and, with `numbers`, no number either).
        case missing([String], numbers: Bool, scope: Scope)
        /// More words than the budget allows.
        case overBudget
        /// Fewer words than the budget asks.
        case underBudget
        /// A sentence longer than this many words.
        case longSentences(Int)
        /// At least `count` sentences, and more than `share` of them, begin with `word`.
        case sentenceStarts(word: String, share: Double, count: Int)
    }

    /// Where phrases are looked for.
    public enum Scope: String, Sendable, CaseIterable {
        case text, first = "first-sentence", last = "last-sentence"
    }

    public var id: String
    public var kind: Kind
    public var weight: Int
    /// Which texts it applies to (`pitch`, `linkedin`); empty for all.
    public var appliesTo: [String]
    /// What is wrong; may use `{{found}}`, `{{words}}`, `{{budget}}`, `{{limit}}`, `{{count}}`.
    public var message: Template
    public var suggestion: Template
    public var source: PromptLocation

    public init(id: String, kind: Kind, weight: Int, appliesTo: [String], message: Template, suggestion: Template,
                source: PromptLocation) {
        self.id = id
        self.kind = kind
        self.weight = weight
        self.appliesTo = appliesTo
        self.message = message
        self.suggestion = suggestion
        self.source = source
    }
}

/// Numbers content sets for the host (`settings:`): limits, a speaking pace, the lengths of a pitch.
public struct ContentSettings: Sendable {
    /// A spoken length: how many words fit, and which parts it has in order.
    public struct SpokenLength: Sendable, Equatable {
        public var seconds: Int
        public var minWords: Int
        public var maxWords: Int
        public var parts: [String]

        public init(seconds: Int, minWords: Int, maxWords: Int, parts: [String]) {
            self.seconds = seconds
            self.minWords = minWords
            self.maxWords = maxWords
            self.parts = parts
        }
    }

    /// How to plan for one kind of event: where its openers come from, the pitch to use, and the
    /// minutes a plan counts with.
    public struct EventKind: Sendable, Equatable {
        /// An id of the `event-kinds` catalog.
        public var kind: String
        /// An id of the `contexts` catalog: the openers that fit it.
        public var place: String
        public var pitchSeconds: Int
        /// An id of the `audiences` catalog.
        public var audience: String
        /// How long to plan for when the event's length is not known.
        public var minutes: Int
        /// Minutes to arrive and settle before the first conversation.
        public var arrive: Int
        /// Minutes one conversation takes, with the queue or the walk between.
        public var conversation: Int

        public init(kind: String, place: String, pitchSeconds: Int, audience: String, minutes: Int, arrive: Int, conversation: Int) {
            self.kind = kind
            self.place = place
            self.pitchSeconds = pitchSeconds
            self.audience = audience
            self.minutes = minutes
            self.arrive = arrive
            self.conversation = conversation
        }
    }

    /// Named whole numbers (`linkedin_note_limit: 200`).
    public var numbers: [String: Int]
    public var lengths: [SpokenLength]
    public var events: [EventKind]

    public init(numbers: [String: Int] = [:], lengths: [SpokenLength] = [], events: [EventKind] = []) {
        self.numbers = numbers
        self.lengths = lengths
        self.events = events
    }

    public func event(_ kind: String) -> EventKind? { events.first { $0.kind == kind } }

    public func length(seconds: Int) -> SpokenLength? { lengths.first { $0.seconds == seconds } }
}
