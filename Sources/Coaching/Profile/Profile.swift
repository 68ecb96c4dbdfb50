import DialogueEngine

/// Everything coach knows about its user: what the profile store keeps and `coach export` writes.
/// Plain values: the store maps them to tables, the export to JSON, and nothing here does I/O.
public struct Profile: Hashable, Sendable {
    public var person = Person()
    public var values: [ValueChoice] = []
    public var goals: [Goal] = []
    public var strengths: [Strength] = []
    public var skills: [Skill] = []
    public var experiences: [Experience] = []
    public var contacts: [Contact] = []
    public var events: [Event] = []
    public var interactions: [Interaction] = []
    public var followUps: [FollowUp] = []
    public var pitches: [Pitch] = []

    public init() {}

    /// Whether nothing at all has been recorded.
    public var isEmpty: Bool { self == Profile() }
}

/// Where a person is in their working life.
public enum Stage: String, CaseIterable, Hashable, Sendable, Codable {
    case student
    case intern
    case graduate
    case careerChanger = "career-changer"
    case professional
}

public struct Person: Hashable, Sendable {
    public var name: String?
    public var stage: Stage?
    public var field: String?
    public var school: String?

    public init(name: String? = nil, stage: Stage? = nil, field: String? = nil, school: String? = nil) {
        self.name = name
        self.stage = stage
        self.field = field
        self.school = school
    }
}

/// A work value as the user sorted it.
public struct ValueChoice: Hashable, Sendable {
    public enum Pile: String, CaseIterable, Hashable, Sendable, Codable {
        case veryImportant = "very-important"
        case important
        case notImportant = "not-important"
    }

    /// The catalog id, or the user's own id for a value the catalog lacks.
    public var id: String
    public var name: String
    public var pile: Pile
    /// 1–5 among the top five, or nil.
    public var rank: Int?
    /// What the value means to the user, in their words.
    public var meaning: String?

    public init(id: String, name: String, pile: Pile, rank: Int? = nil, meaning: String? = nil) {
        self.id = id
        self.name = name
        self.pile = pile
        self.rank = rank
        self.meaning = meaning
    }
}

public struct Goal: Hashable, Sendable {
    public enum Horizon: String, CaseIterable, Hashable, Sendable, Codable { case short, long }
    public enum Status: String, CaseIterable, Hashable, Sendable, Codable { case active, done, dropped }

    public var id: String
    public var text: String
    public var horizon: Horizon
    public var role: String?
    public var field: String?
    public var organizations: [String]
    public var deadline: CalendarDate?
    public var measure: String?
    public var status: Status

    public init(id: String, text: String, horizon: Horizon, role: String? = nil, field: String? = nil,
                organizations: [String] = [], deadline: CalendarDate? = nil, measure: String? = nil,
                status: Status = .active) {
        self.id = id
        self.text = text
        self.horizon = horizon
        self.role = role
        self.field = field
        self.organizations = organizations
        self.deadline = deadline
        self.measure = measure
        self.status = status
    }
}

/// A situation–task–action–result story that shows a strength.
public struct StarStory: Hashable, Sendable {
    public var situation: String
    public var task: String
    public var action: String
    public var result: String

    public init(situation: String, task: String, action: String, result: String) {
        self.situation = situation
        self.task = task
        self.action = action
        self.result = result
    }
}

public struct Strength: Hashable, Sendable {
    public var id: String
    public var name: String
    public var rank: Int?
    public var stories: [StarStory]

    public init(id: String, name: String, rank: Int? = nil, stories: [StarStory] = []) {
        self.id = id
        self.name = name
        self.rank = rank
        self.stories = stories
    }
}

public struct Skill: Hashable, Sendable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

public struct Experience: Hashable, Sendable {
    /// What kind of experience it was.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case internship, job, project, volunteering
    }

    public var kind: Kind?
    public var organization: String
    public var role: String
    public var industry: String?
    public var start: CalendarDate?
    public var end: CalendarDate?
    public var highlights: [String]

    public init(kind: Kind? = nil, organization: String, role: String, industry: String? = nil, start: CalendarDate? = nil,
                end: CalendarDate? = nil, highlights: [String] = []) {
        self.kind = kind
        self.organization = organization
        self.role = role
        self.industry = industry
        self.start = start
        self.end = end
        self.highlights = highlights
    }
}

public struct Contact: Hashable, Sendable {
    public var id: String
    public var firstName: String
    public var lastName: String
    public var company: String?
    public var position: String?
    public var url: String?
    public var email: String?
    public var phone: String?
    public var howMet: String?
    public var tags: [String]
    public var notes: String?
    public var connectedOn: CalendarDate?
    public var lastInteraction: CalendarDate?
    /// How often to keep in touch, in days.
    public var cadenceDays: Int?
    /// Where the contact came from: `manual`, `linkedin`, `vcard`, `import`…
    public var source: String?

    public init(id: String, firstName: String, lastName: String, company: String? = nil, position: String? = nil,
                url: String? = nil, email: String? = nil, phone: String? = nil, howMet: String? = nil,
                tags: [String] = [], notes: String? = nil, connectedOn: CalendarDate? = nil,
                lastInteraction: CalendarDate? = nil, cadenceDays: Int? = nil, source: String? = nil) {
        self.id = id
        self.firstName = firstName
        self.lastName = lastName
        self.company = company
        self.position = position
        self.url = url
        self.email = email
        self.phone = phone
        self.howMet = howMet
        self.tags = tags
        self.notes = notes
        self.connectedOn = connectedOn
        self.lastInteraction = lastInteraction
        self.cadenceDays = cadenceDays
        self.source = source
    }
}

public struct Event: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case careerFair = "career-fair"
        case mixer
        case conference
        case infoSession = "info-session"
        case coffeeChat = "coffee-chat"
        case teamEvent = "team-event"
        case virtual
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var start: Timestamp?
    public var durationMinutes: Int?
    public var place: String?
    public var aim: String?
    /// Organisations or people expected there, by name.
    public var expected: [String]

    public init(id: String, name: String, kind: Kind, start: Timestamp? = nil, durationMinutes: Int? = nil,
                place: String? = nil, aim: String? = nil, expected: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.start = start
        self.durationMinutes = durationMinutes
        self.place = place
        self.aim = aim
        self.expected = expected
    }
}

public struct Interaction: Hashable, Sendable {
    public var contactId: String
    public var eventId: String?
    public var date: CalendarDate
    public var notes: String?

    public init(contactId: String, eventId: String? = nil, date: CalendarDate, notes: String? = nil) {
        self.contactId = contactId
        self.eventId = eventId
        self.date = date
        self.notes = notes
    }
}

public struct FollowUp: Hashable, Sendable {
    public var id: String
    public var contactId: String
    public var due: CalendarDate
    public var message: String
    public var done: Bool

    public init(id: String, contactId: String, due: CalendarDate, message: String, done: Bool = false) {
        self.id = id
        self.contactId = contactId
        self.due = due
        self.message = message
        self.done = done
    }
}

/// A version of the user's elevator pitch, generated or written, with its rehearsals.
public struct Pitch: Hashable, Sendable {
    public var id: String
    public var text: String
    /// The length it was made for.
    public var seconds: Int
    public var audience: String
    public var created: Timestamp
    public var rehearsals: [Rehearsal]

    public init(id: String, text: String, seconds: Int, audience: String, created: Timestamp, rehearsals: [Rehearsal] = []) {
        self.id = id
        self.text = text
        self.seconds = seconds
        self.audience = audience
        self.created = created
        self.rehearsals = rehearsals
    }
}

/// One timed run through a pitch (`pitch practice`).
public struct Rehearsal: Hashable, Sendable {
    public var at: Timestamp
    /// How long it took, in seconds.
    public var seconds: Double
    /// The words of the pitch as rehearsed.
    public var words: Int

    public init(at: Timestamp, seconds: Double, words: Int) {
        self.at = at
        self.seconds = seconds
        self.words = words
    }

    /// Words a minute.
    public var pace: Int { seconds > 0 ? Int((Double(words) * 60 / seconds).rounded()) : 0 }
}
