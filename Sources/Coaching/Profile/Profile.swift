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
    /// When it starts, on the user's clock.
    public var start: LocalDateTime?
    public var durationMinutes: Int?
    /// Where it is, or its link.
    public var place: String?
    /// What the user wants from it, in their words ("meet three product managers").
    public var aim: String?
    /// Organisations expected there, by name.
    public var expected: [String]
    /// Contacts expected there, by id.
    public var people: [String]
    /// The latest plan made for it (`event plan`).
    public var plan: EventPlan?
    /// Whether the user has told coach how it went (`event debrief`).
    public var debriefed: Bool
    /// When it was last stored, and how many times it was changed since it was made: what a calendar
    /// export gives as its DTSTAMP and SEQUENCE, so an unchanged event exports the same every time.
    public var updated: Timestamp?
    public var revision: Int

    public init(id: String, name: String, kind: Kind, start: LocalDateTime? = nil, durationMinutes: Int? = nil,
                place: String? = nil, aim: String? = nil, expected: [String] = [], people: [String] = [],
                plan: EventPlan? = nil, debriefed: Bool = false, updated: Timestamp? = nil, revision: Int = 0) {
        self.updated = updated
        self.revision = revision
        self.id = id
        self.name = name
        self.kind = kind
        self.start = start
        self.durationMinutes = durationMinutes
        self.place = place
        self.aim = aim
        self.expected = expected
        self.people = people
        self.plan = plan
        self.debriefed = debriefed
    }

    /// When it ends, when its start and length are known.
    public var end: LocalDateTime? {
        guard let start, let durationMinutes else { return nil }
        return start.adding(minutes: durationMinutes)
    }
}

/// A plan for an event: sections of numbered lines, each with details and the reasons behind it.
public struct EventPlan: Hashable, Sendable, Codable {
    public struct Section: Hashable, Sendable, Codable {
        public var title: String
        public var items: [Item]

        public init(title: String, items: [Item]) {
            self.title = title
            self.items = items
        }
    }

    public struct Item: Hashable, Sendable, Codable {
        public var text: String
        /// Labelled lines under it ("Opener", "Ask", "Offer").
        public var details: [Detail]
        /// What `why N` says about it.
        public var because: [String]

        public init(text: String, details: [Detail] = [], because: [String] = []) {
            self.text = text
            self.details = details
            self.because = because
        }
    }

    /// A labelled line, as a catalog item's details are ("Opener: …").
    public typealias Detail = CatalogItem.Detail

    /// The day it was made.
    public var made: CalendarDate
    public var sections: [Section]

    public init(made: CalendarDate, sections: [Section]) {
        self.made = made
        self.sections = sections
    }
}

public struct Interaction: Hashable, Sendable {
    public var contactId: String
    public var eventId: String?
    public var date: CalendarDate
    /// What was talked about.
    public var notes: String?
    /// What the user promised to do.
    public var promised: String?

    public init(contactId: String, eventId: String? = nil, date: CalendarDate, notes: String? = nil, promised: String? = nil) {
        self.contactId = contactId
        self.eventId = eventId
        self.date = date
        self.notes = notes
        self.promised = promised
    }
}

/// Something to do for a contact by a day: a thank-you, a promised action, a keep-in-touch message.
public struct FollowUp: Hashable, Sendable {
    /// What it is for; content may know more kinds, coach knows these.
    public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
        case thankYou = "thank-you"
        case promise
        case keepInTouch = "keep-in-touch"
    }

    /// A whole number as text ("3"), never reused, so `followup done 3` always means the same one.
    public var id: String
    public var contactId: String
    public var due: CalendarDate
    /// The drafted message to send.
    public var message: String
    public var done: Bool
    public var kind: Kind?
    /// What to do, in a line ("Thank Dana Lee for the chat at the Fall Career Fair").
    public var title: String?
    public var eventId: String?
    /// The day it was marked done.
    public var doneOn: CalendarDate?
    /// When it was last stored, and how many times it was changed since it was made (as for events).
    public var updated: Timestamp?
    public var revision: Int

    public init(id: String, contactId: String, due: CalendarDate, message: String, done: Bool = false, kind: Kind? = nil,
                title: String? = nil, eventId: String? = nil, doneOn: CalendarDate? = nil, updated: Timestamp? = nil,
                revision: Int = 0) {
        self.updated = updated
        self.revision = revision
        self.id = id
        self.contactId = contactId
        self.due = due
        self.message = message
        self.done = done
        self.kind = kind
        self.title = title
        self.eventId = eventId
        self.doneOn = doneOn
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

extension Event: Identifiable {}
extension FollowUp: Identifiable {}
