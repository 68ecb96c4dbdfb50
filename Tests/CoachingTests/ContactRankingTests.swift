import DialogueEngine
import Testing
@testable import Coaching

/// Ranking the user's contacts for their goals: which signals count, with the catalog's weights, in a
/// deterministic order, each score explainable.
@Suite struct ContactRankingTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    static func contact(_ id: String, _ name: String, _ company: String?, _ position: String?, tags: [String] = [],
                        howMet: String? = nil, last: String? = nil, cadence: Int? = nil) -> Contact {
        let parts = name.split(separator: " ").map(String.init)
        return Contact(id: id, firstName: parts[0], lastName: parts.dropFirst().joined(separator: " "), company: company,
                       position: position, howMet: howMet, tags: tags, lastInteraction: last.flatMap(CalendarDate.init(iso:)),
                       cadenceDays: cadence)
    }

    /// A computer-science student aiming at product management at Stripe.
    static var student: Profile {
        var profile = Profile()
        profile.person = Person(name: "Priya", stage: .student, field: "computer science", school: "State University")
        profile.goals = [Goal(id: "goal-1", text: "Get an APM internship", horizon: .short, role: "associate product manager",
                              field: "fintech", organizations: ["Stripe"])]
        profile.experiences = [Experience(organization: "Campus Café", role: "barista")]
        profile.contacts = [
            contact("c1", "Sam Lee", "Stripe, Inc.", "Senior Product Manager"),
            contact("c2", "Ria Patel", "Stripe", "Talent Acquisition Partner"),
            contact("c3", "Tom Byrne", "Google", "Product Manager", tags: ["alumni"]),
            contact("c4", "Ann Cole", "Campus Café", "Shift manager"),
            contact("c5", "Zed Ames", "Bakery", "Baker"),
            contact("c6", "Bo Diaz", "Google", "Product Manager", tags: ["Alumni"], last: "2026-10-01"),
        ]
        return profile
    }

    static let catalog = Catalog(id: "ranking", title: "Ranking", items: ContactRanking.signals.map { signal in
        CatalogItem(id: signal, name: signal, definition: "", details: [
            CatalogItem.Detail(label: "Weight", text: signal == "goal-role" || signal == "goal-organisation" ? "3" : "1"),
            CatalogItem.Detail(label: "Reason", text: "reason \(signal)"),
        ])
    })

    @Test func theGoalsSignalsRankPeopleFirstAndExplainWhy() {
        let ranked = ContactRanking.rank(Self.student, catalog: Self.catalog, today: Self.today)
        // Sam 7; Bo, Ria and Tom 4 each (Bo spoke to the user last, then Ria before Tom by name); Ann 1; Zed 0, left out.
        #expect(ranked.map(\.contact.id) == ["c1", "c6", "c2", "c3", "c4"])
        let sam = ranked[0]
        #expect(sam.score == 3 + 3 + 1)
        #expect(sam.parts.map(\.signal) == ["goal-organisation", "goal-role", "senior"])
        #expect(sam.parts[1].facts == ["Senior Product Manager", "goal: associate product manager"])
        #expect(sam.parts[0].reason == "reason goal-organisation")
        #expect(ranked[2].parts.map(\.signal) == ["goal-organisation", "recruiter"])
        #expect(ranked[1].parts.map(\.signal) == ["goal-role", "alumni"], "'Alumni' as a tag, in any case")
        #expect(ranked[4].parts.map(\.signal) == ["former-colleague"])
    }

    @Test func tiesGoToTheMoreRecentInteractionThenTheName() {
        let ranked = ContactRanking.rank(Self.student, catalog: Self.catalog, today: Self.today)
        // Tom and Bo score the same (role + alumni); Bo spoke to the user more recently.
        let ids = ranked.map(\.contact.id)
        #expect(ids.firstIndex(of: "c6")! < ids.firstIndex(of: "c3")!)
        #expect(ranked.first { $0.contact.id == "c6" }?.score == ranked.first { $0.contact.id == "c3" }?.score)
        var reordered = Self.student
        reordered.contacts.reverse()
        #expect(ContactRanking.rank(reordered, catalog: Self.catalog, today: Self.today).map(\.contact.id) == ranked.map(\.contact.id),
                "the order does not depend on the order contacts are stored in")
    }

    @Test func theCatalogWeighsAndCanTurnASignalOff() {
        var items = Self.catalog.items
        items[items.firstIndex { $0.id == "goal-organisation" }!].details[0].text = "0"
        let ranked = ContactRanking.rank(Self.student, catalog: Catalog(id: "ranking", title: "R", items: items), today: Self.today)
        #expect(!ranked.flatMap(\.parts).contains { $0.signal == "goal-organisation" })
        // Without a catalog every signal counts 1 and is explained by its id.
        let plain = ContactRanking.rank(Self.student, catalog: nil, today: Self.today)
        #expect(plain.first?.parts.first?.reason == "goal-organisation")
    }

    @Test func otherNamesForTheGoalRoleCountThroughTheRolesCatalog() {
        let roles = Catalog(id: "roles", title: "Roles", items: [
            CatalogItem(id: "product-manager", name: "Product manager", definition: "", synonyms: ["pm", "product owner", "apm"]),
        ])
        var profile = Self.student
        profile.contacts = [
            Self.contact("po", "Pat Owens", "Bakery", "Product Owner"),
            Self.contact("pm", "Sue Park", "Bakery", "Senior PM"),
            Self.contact("pd", "Dan Ray", "Bakery", "Product Designer"),
        ]
        let without = ContactRanking.rank(profile, catalog: Self.catalog, today: Self.today)
        #expect(without.isEmpty, "without the catalog, only the goal's own words match")
        let with = ContactRanking.rank(profile, catalog: Self.catalog, today: Self.today, roles: roles)
        #expect(Set(with.map(\.contact.id)) == ["po", "pm"], "a designer is not a product manager")
    }

    @Test func aCompanyMatchesByItsNameWithWordsAfterItAndAPlainManagerIsNotSenior() {
        #expect(ContactMatching.company("Spotify Technology S.A.", isAmong: ["Spotify"]))
        #expect(ContactMatching.company("Stripe, Inc.", isAmong: ["stripe"]))
        #expect(!ContactMatching.company("Spotifyish", isAmong: ["Spotify"]))
        #expect(!ContactMatching.company("Big Spotify Fans", isAmong: ["Spotify"]), "the name must start the company's name")
        var profile = Self.student
        profile.contacts = [Self.contact("pm", "Lee Ray", "Stripe", "Product Manager"),
                            Self.contact("dir", "Kim Ode", "Stripe", "Director of Product")]
        let ranked = ContactRanking.rank(profile, catalog: Self.catalog, today: Self.today)
        #expect(ranked.first { $0.contact.id == "pm" }?.parts.map(\.signal) == ["goal-organisation", "goal-role"])
        #expect(ranked.first { $0.contact.id == "dir" }?.parts.map(\.signal) == ["goal-organisation", "senior"],
                "a director of product is senior, and not a product manager")
    }

    @Test func anOverdueCadenceAndAMentorTagCount() {
        var profile = Profile()
        profile.contacts = [
            Self.contact("m", "May Ng", nil, nil, tags: ["mentor"]),
            Self.contact("o", "Otto Ek", nil, nil, last: "2026-06-01", cadence: 90),
            Self.contact("n", "Nia Oh", nil, nil, last: "2026-11-01", cadence: 90),
        ]
        let ranked = ContactRanking.rank(profile, catalog: Self.catalog, today: Self.today)
        // Both score 1; Otto's last interaction puts him first. Nia's cadence has not run out.
        #expect(ranked.map(\.contact.id) == ["o", "m"])
        #expect(ranked[0].parts.first?.facts == ["last: 2026-06-01"])
    }
}

/// The three personas of the self-assessment, each with a network: the right people come first.
@Suite struct PersonaRankingTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!
    static let catalog = Catalog(id: "ranking", title: "Ranking", items: [
        ("goal-organisation", 3), ("goal-role", 3), ("recruiter", 2), ("senior", 1), ("alumni", 2), ("goal-field", 1),
        ("former-colleague", 1), ("mentor", 2), ("overdue", 1),
    ].map { id, weight in
        CatalogItem(id: id, name: id, definition: "", details: [.init(label: "Weight", text: String(weight)), .init(label: "Reason", text: id)])
    })

    static func people(_ rows: [(String, String?, String?, [String])]) -> [Contact] {
        rows.enumerated().map { index, row in
            let names = row.0.split(separator: " ").map(String.init)
            return Contact(id: "p\(index)", firstName: names[0], lastName: names.dropFirst().joined(separator: " "),
                           company: row.1, position: row.2, tags: row.3)
        }
    }

    static func first(_ profile: Profile, _ count: Int = 3) -> [String] {
        ContactRanking.rank(profile, catalog: catalog, today: today, limit: count).map { ContactRanking.fullName($0.contact) }
    }

    @Test func theComputerScienceStudentMeetsProductManagersAtFintechsFirst() {
        var profile = Profile()
        profile.person = Person(name: "Priya", stage: .student, field: "computer science", school: "State University")
        profile.goals = [Goal(id: "goal-1", text: "Get an APM internship at a fintech", horizon: .short, role: "associate product manager",
                              field: "fintech", organizations: ["Stripe", "Monzo"])]
        profile.contacts = Self.people([
            ("Dev Rao", "Google", "Software Engineer", []),
            ("Lia Chen", "Monzo", "Senior Product Manager", []),
            ("Ken Ito", "Stripe", "University Recruiter", []),
            ("Ola Berg", "Spotify", "Product Manager", ["alumni"]),
            ("Max Roe", "Campus Café", "Manager", []),
        ])
        #expect(Self.first(profile) == ["Lia Chen", "Ken Ito", "Ola Berg"])
    }

    @Test func theFinanceInternMovingToMarketingMeetsBrandPeopleFirst() {
        var profile = Profile()
        profile.person = Person(name: "Sofia", stage: .intern, field: "finance", school: "Lakeside University")
        profile.experiences = [Experience(kind: .internship, organization: "First Harbor Bank", role: "finance intern")]
        profile.goals = [Goal(id: "goal-1", text: "Get a brand marketing analyst job", horizon: .short, role: "brand marketing analyst",
                              field: "marketing", organizations: ["Unilever"])]
        profile.contacts = Self.people([
            ("Ann Moss", "First Harbor Bank", "Credit Analyst", []),
            ("Raj Singh", "Unilever", "Brand Marketing Analyst", []),
            ("Eva Ruiz", "L'Oréal", "Marketing Manager", ["mentor"]),
            ("Tim Shaw", "Goldman Sachs", "Analyst", []),
        ])
        #expect(Self.first(profile) == ["Raj Singh", "Eva Ruiz", "Ann Moss"])
    }

    @Test func theTeacherBecomingAUXResearcherMeetsResearchersFirst() {
        var profile = Profile()
        profile.person = Person(name: "Hannah", stage: .careerChanger, field: "teaching")
        profile.experiences = [Experience(kind: .job, organization: "Hillside School", role: "science teacher")]
        profile.goals = [Goal(id: "goal-1", text: "Land a junior UX researcher role at an edtech company", horizon: .short,
                              role: "junior UX researcher", field: "edtech", organizations: ["Duolingo"])]
        profile.contacts = Self.people([
            ("Joe Park", "Hillside School", "Head of Science", []),
            ("Mia Lund", "Khan Academy", "UX Researcher", []),
            ("Sue Gray", "Duolingo", "Talent Partner", []),
            ("Bob Fox", "Acme", "Sales Lead", []),
        ])
        // The recruiter at the goal organisation (3 + 2) before the researcher elsewhere (3); the former
        // colleague, who knows her work, next; the salesman not at all.
        #expect(Self.first(profile) == ["Sue Gray", "Mia Lund", "Joe Park"])
        #expect(!Self.first(profile, 10).contains("Bob Fox"))
    }
}
