/// A generated user and their network: what the benchmarks load into coach, as a `coach export` JSON
/// (`ProfileDocument`) and as LinkedIn's Connections.csv (`LinkedInCSV`).
///
/// The user is a computer-science student aiming at product management (like the persona transcripts),
/// so `targets` has goals to rank against: goal organisations, a goal role with synonyms in the roles
/// catalog, recruiters, senior people, alumni, mentors and overdue contacts all occur, at rates chosen
/// to look like a real export (most people match nothing; a few percent match something).
public struct Network: Sendable {
    public struct Contact: Sendable {
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
        public var connectedOn: Day?
        public var lastInteraction: Day?
        public var cadenceDays: Int?
    }

    public struct Event: Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var start: Day
        public var hour: Int
        public var durationMinutes: Int
        public var place: String
        public var aim: String?
        public var expected: [String]
    }

    public struct Interaction: Sendable {
        public var contactId: String
        public var eventId: String?
        public var date: Day
        public var notes: String?
    }

    public struct FollowUp: Sendable {
        public var id: String
        public var contactId: String
        public var due: Day
        public var message: String
        public var done: Bool
    }

    public var contacts: [Contact] = []
    public var events: [Event] = []
    public var interactions: [Interaction] = []
    public var followUps: [FollowUp] = []

    /// The sizes the benchmarks use.
    public static let sizes = [1_000, 10_000, 30_000]
    public static let defaultSeed: UInt64 = 20261129
    /// The date the benchmarks run coach on (`COACH_TODAY`).
    public static let today = Day(year: 2026, month: 11, day: 29)

    /// The organisations the user's goals name.
    public static let goalOrganizations = ["Globex", "Initech", "Hooli"]
    public static let school = "State University"

    /// `contacts` people, about one event per hundred, one interaction per ten and one follow-up per twenty;
    /// the same seed gives the same network, and a larger network is not an extension of a smaller one.
    public static func generate(contacts count: Int, seed: UInt64 = defaultSeed) -> Network {
        var random = SeededGenerator(seed: seed ^ UInt64(count))
        var network = Network()
        var handles: Set<String> = []
        let firstDay = Day(year: 2015, month: 1, day: 1).number
        let lastDay = today.number - 1

        for index in 0..<count {
            let first = random.pick(Names.first)
            let last = random.pick(Names.last)
            var handle = (first + "-" + last).lowercased().filter { $0.isASCII && ($0.isLetter || $0 == "-") }
            if handles.contains(handle) { handle += "-\(index)" }
            handles.insert(handle)

            let company: String? = random.chance(3) ? nil
                : random.chance(3) ? random.pick(goalOrganizations) : random.pick(Names.companies)
            let position: String? = random.chance(4) ? nil : random.pick(Names.positions)
            let connected = Day(number: firstDay + random.below(lastDay - firstDay))
            var tags: [String] = []
            if random.chance(4) { tags.append("alumni") }
            if random.chance(1) { tags.append("mentor") }
            if random.chance(2) { tags.append(random.pick(["fintech", "design", "hackathon", "family friend"])) }
            let howMet: String? = random.chance(90) ? nil
                : random.pick(["career fair at \(school)", "\(school) alumni mixer", "internship at Acme", "a hackathon", "a friend"])
            let lastInteraction: Day? = random.chance(20)
                ? Day(number: connected.number + random.below(max(1, lastDay - connected.number))) : nil
            network.contacts.append(Contact(
                id: handle,
                firstName: first,
                lastName: last,
                company: company,
                position: position,
                url: random.chance(97) ? "https://www.linkedin.com/in/\(handle)" : nil,
                email: random.chance(25) ? "\(first).\(last)\(index)@example.com".lowercased() : nil,
                phone: random.chance(5) ? "+1 555 \(100 + random.below(900)) \(1000 + random.below(9000))" : nil,
                howMet: howMet,
                tags: tags,
                notes: random.chance(3) ? random.pick(Names.notes) : nil,
                connectedOn: connected,
                lastInteraction: lastInteraction,
                cadenceDays: random.chance(10) ? random.pick([30, 60, 90, 180]) : nil
            ))
        }

        for index in 0..<max(1, count / 100) {
            let kind = random.pick(["career-fair", "mixer", "conference", "info-session", "coffee-chat", "team-event", "virtual"])
            network.events.append(Event(
                id: "e\(index + 1)",
                name: "\(random.pick(["Spring", "Autumn", "Winter", "Summer"])) \(String(kind.map { $0 == "-" ? " " : $0 })) \(index + 1)",
                kind: kind,
                start: Day(number: firstDay + random.below(today.number + 180 - firstDay)),
                hour: 9 + random.below(10),
                durationMinutes: random.pick([30, 60, 90, 120, 180]),
                place: random.pick(["Main hall", "Online", "Student union", "Downtown hub", "Library room 2"]),
                aim: random.chance(50) ? "Meet \(1 + random.below(4)) people in product" : nil,
                expected: random.chance(50) ? [random.pick(goalOrganizations), random.pick(Names.companies)] : []
            ))
        }

        for _ in 0..<(count / 10) {
            let contact = network.contacts[random.below(network.contacts.count)]
            let event = random.chance(40) ? network.events[random.below(network.events.count)] : nil
            network.interactions.append(Interaction(
                contactId: contact.id,
                eventId: event?.id,
                date: event?.start ?? Day(number: (contact.connectedOn ?? today).number + random.below(200)),
                notes: random.chance(50) ? random.pick(Names.notes) : nil
            ))
        }

        for index in 0..<(count / 20) {
            let contact = network.contacts[random.below(network.contacts.count)]
            network.followUps.append(FollowUp(
                id: "f\(index + 1)",
                contactId: contact.id,
                due: Day(number: today.number - 60 + random.below(120)),
                message: random.pick(["Thank you for your time!", "Send the article we talked about", "Ask about the spring internship",
                                      "Share my portfolio", "Congratulate on the new role"]),
                done: random.chance(30)
            ))
        }
        return network
    }
}
