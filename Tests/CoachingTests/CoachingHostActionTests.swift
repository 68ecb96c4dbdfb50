import DialogueEngine
import Testing
@testable import Coaching

/// What each action a flow runs stores in the profile, seen through the host the engine calls.
@Suite struct CoachingHostActionTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 29)!
    static let catalogs = [
        "values": Catalog(id: "values", title: "Values", items: [
            CatalogItem(id: "autonomy", name: "Autonomy", definition: ""),
            CatalogItem(id: "money", name: "Financial reward", definition: ""),
            CatalogItem(id: "learning", name: "Learning", definition: ""),
            CatalogItem(id: "security", name: "Security", definition: ""),
        ]),
        "strengths": Catalog(id: "strengths", title: "Strengths", items: [
            CatalogItem(id: "curiosity", name: "Curiosity", definition: ""),
            CatalogItem(id: "sql", name: "SQL", definition: ""),
            CatalogItem(id: "teamwork", name: "Teamwork", definition: ""),
        ]),
    ]

    static func host(_ profile: Profile = Profile()) -> CoachingHost {
        CoachingHost(profile: profile, today: today, catalogs: catalogs)
    }

    static func texts(_ items: String...) -> Value { .list(items.map(Value.text)) }
    static func date(_ iso: String) -> Value { .date(CalendarDate(iso: iso)!) }
    static func story(_ word: String) -> StarStory { StarStory(situation: "\(word) S", task: "\(word) T", action: "\(word) A", result: "\(word) R") }

    @discardableResult
    static func run(_ host: inout CoachingHost, _ action: String, _ arguments: [String: Value]) -> ActionOutcome {
        host.perform(action: action, arguments: arguments, slots: [:])
    }

    // MARK: Person and experiences

    @Test func savePersonKeepsWhatIsNotGiven() {
        var host = Self.host()
        Self.run(&host, "save-person", ["name": .text("Ana"), "stage": .text("student"), "field": .text("Biology")])
        Self.run(&host, "save-person", ["stage": .text("graduate"), "field": .text("  "), "school": .text("Leeds")])
        #expect(host.profile.person == Person(name: "Ana", stage: .graduate, field: "Biology", school: "Leeds"))
        Self.run(&host, "save-person", ["stage": .text("astronaut")])
        #expect(host.profile.person.stage == .graduate, "an unknown stage changes nothing")
    }

    @Test func saveExperienceAddsOneWithItsDetails() {
        var host = Self.host()
        Self.run(&host, "save-experience", [
            "kind": .text("internship"), "organization": .text(" Acme "), "role": .text("Data analyst"),
            "industry": .text("Retail"), "start": Self.date("2025-06-01"), "end": Self.date("2025-08-31"),
            "highlights": Self.texts("Built a dashboard", " ", "Cut a report from 2 days to 2 hours"),
        ])
        let gig = Self.run(&host, "save-experience", ["kind": .text("gig"), "organization": .text("Café"), "role": .text("Barista")])
        // The experience is kept without the kind coach cannot read, and the content's author is told.
        #expect(gig.outputs.flatMap(\.lines) == ["Problem in the prompts: 'save-experience' was given kind 'gig'; it takes internship, job, project, volunteering."])
        #expect(host.profile.experiences == [
            Experience(kind: .internship, organization: "Acme", role: "Data analyst", industry: "Retail",
                       start: CalendarDate(iso: "2025-06-01"), end: CalendarDate(iso: "2025-08-31"),
                       highlights: ["Built a dashboard", "Cut a report from 2 days to 2 hours"]),
            Experience(kind: nil, organization: "Café", role: "Barista"),
        ])
    }

    @Test func anExperienceIsChangedByItsNumberKeepingWhatIsNotGiven() {
        var profile = Profile()
        profile.experiences = [
            Experience(kind: .project, organization: "Budget buddy", role: "developer"),
            Experience(kind: .job, organization: "Corner Books", role: "bookseller", industry: "retail",
                       start: CalendarDate(year: 2025, month: 6, day: 1), highlights: ["Ran the reading hour"]),
        ]
        var host = Self.host(profile)
        let loaded = Self.run(&host, "load-experience", ["index": .text("2")]).slots
        #expect(loaded["previous_role"] == .text("bookseller"))
        #expect(loaded["previous_kind"] == .text("job"))
        #expect(loaded["previous_highlights"] == .list([.text("Ran the reading hour")]))
        _ = Self.run(&host, "save-experience", ["index": .text("2"), "role": .text("senior bookseller")])
        #expect(host.profile.experiences.count == 2, "changed, not added")
        #expect(host.profile.experiences[1] == Experience(kind: .job, organization: "Corner Books", role: "senior bookseller",
                                                           industry: "retail", start: CalendarDate(year: 2025, month: 6, day: 1),
                                                           highlights: ["Ran the reading hour"]))
        #expect(host.profile.experiences[0].role == "developer")
        let missing = Self.run(&host, "load-experience", ["index": .text("3")])
        #expect(missing.outputs.flatMap(\.lines) == ["Problem in the prompts: there is no experience '3' to load."])
    }

    @Test func saveExperienceNeedsAnOrganizationAndARole() {
        var host = Self.host()
        Self.run(&host, "save-experience", ["organization": .text("Acme")])
        Self.run(&host, "save-experience", ["role": .text("Intern"), "organization": .text("")])
        #expect(host.profile.experiences.isEmpty)
    }

    // MARK: Values

    @Test func saveValuesSortsThePilesWithCatalogNamesAndOwnWords() {
        var host = Self.host()
        Self.run(&host, "save-values", ["very_important": Self.texts("autonomy", "Time with family"),
                                        "important": Self.texts("learning", "autonomy"), "not_important": Self.texts("money")])
        #expect(host.profile.values == [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant),
            ValueChoice(id: "Time with family", name: "Time with family", pile: .veryImportant),
            ValueChoice(id: "learning", name: "Learning", pile: .important),
            ValueChoice(id: "money", name: "Financial reward", pile: .notImportant),
        ])
    }

    @Test func saveValuesKeepsMeaningsOfValuesStillVeryImportantAndDropsTheOthersRanks() {
        var profile = Profile()
        profile.values = [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1, meaning: "Choosing my hours"),
            ValueChoice(id: "money", name: "Financial reward", pile: .veryImportant, rank: 2, meaning: "Paying off my loan"),
            ValueChoice(id: "learning", name: "Learning", pile: .important),
        ]
        var host = Self.host(profile)
        Self.run(&host, "save-values", ["very_important": Self.texts("autonomy", "learning"), "important": Self.texts("money")])
        #expect(host.profile.values == [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1, meaning: "Choosing my hours"),
            ValueChoice(id: "learning", name: "Learning", pile: .veryImportant, rank: nil, meaning: nil),
            ValueChoice(id: "money", name: "Financial reward", pile: .important, rank: nil, meaning: nil),
        ])
    }

    @Test func rankValuesPutsTheTopOnTheVeryImportantPileInOrder() {
        var profile = Profile()
        profile.values = [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1),
            ValueChoice(id: "learning", name: "Learning", pile: .important),
            ValueChoice(id: "money", name: "Financial reward", pile: .veryImportant, rank: 2),
        ]
        var host = Self.host(profile)
        Self.run(&host, "rank-values", ["top": Self.texts("learning", "autonomy", "security")])
        #expect(host.profile.values == [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 2),
            ValueChoice(id: "learning", name: "Learning", pile: .veryImportant, rank: 1),
            ValueChoice(id: "money", name: "Financial reward", pile: .veryImportant, rank: nil),
            ValueChoice(id: "security", name: "Security", pile: .veryImportant, rank: 3),
        ])
        #expect(host.fact("values.top") == Self.texts("learning", "autonomy", "security"))
    }

    @Test func saveValueMeaningStoresTheUsersWords() {
        var profile = Profile()
        profile.values = [ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1)]
        var host = Self.host(profile)
        Self.run(&host, "save-value-meaning", ["value": .text("autonomy"), "meaning": .text(" Deciding how I work ")])
        Self.run(&host, "save-value-meaning", ["value": .text("money"), "meaning": .text("Not stored")])
        #expect(host.profile.values == [ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1,
                                                    meaning: "Deciding how I work")])
    }

    // MARK: Goals

    @Test func saveGoalAddsGoalsWithNumberedIdsAndFillsGoalID() {
        var host = Self.host()
        let first = Self.run(&host, "save-goal", ["text": .text("Land a data internship"), "role": .text("Data analyst"),
                                                  "organizations": Self.texts("Acme", "Globex"), "deadline": Self.date("2027-06-01")])
        let second = Self.run(&host, "save-goal", ["id": .text(""), "text": .text("Lead a data team"), "horizon": .text("long")])
        #expect(first.slots == ["goal_id": .text("goal-1")])
        #expect(second.slots == ["goal_id": .text("goal-2")])
        #expect(host.profile.goals == [
            Goal(id: "goal-1", text: "Land a data internship", horizon: .short, role: "Data analyst",
                 organizations: ["Acme", "Globex"], deadline: CalendarDate(iso: "2027-06-01")),
            Goal(id: "goal-2", text: "Lead a data team", horizon: .long),
        ])
        // Without words there is no goal to add.
        #expect(Self.run(&host, "save-goal", ["role": .text("Analyst")]).slots.isEmpty)
        #expect(host.profile.goals.count == 2)
    }

    @Test func aNewGoalIdIsNotOneAlreadyTaken() {
        var profile = Profile()
        profile.goals = [Goal(id: "goal-2", text: "Learn SQL", horizon: .short)]
        var host = Self.host(profile)
        #expect(Self.run(&host, "save-goal", ["text": .text("Meet three analysts")]).slots == ["goal_id": .text("goal-3")])
    }

    @Test func saveGoalWithAnIdChangesOnlyWhatIsGiven() {
        var profile = Profile()
        profile.goals = [Goal(id: "goal-1", text: "Get a job", horizon: .short, role: "Analyst", organizations: ["Acme"],
                              measure: "An offer")]
        var host = Self.host(profile)
        let outcome = Self.run(&host, "save-goal", ["id": .text("goal-1"), "text": .text("Get a data analyst job in retail"),
                                                    "field": .text("Retail"), "deadline": Self.date("2027-06-01")])
        #expect(outcome.slots == ["goal_id": .text("goal-1")])
        #expect(host.profile.goals == [Goal(id: "goal-1", text: "Get a data analyst job in retail", horizon: .short, role: "Analyst",
                                            field: "Retail", organizations: ["Acme"], deadline: CalendarDate(iso: "2027-06-01"),
                                            measure: "An offer")])
        Self.run(&host, "save-goal", ["id": .text("goal-1"), "organizations": .list([]), "horizon": .text("long")])
        #expect(host.profile.goals[0].organizations == [], "a list given, even empty, replaces the old one")
        #expect(host.profile.goals[0].horizon == .long)
    }

    @Test func loadGoalFillsItsHorizonAndWords() {
        var profile = Profile()
        profile.goals = [Goal(id: "goal-1", text: "Lead a data team", horizon: .long)]
        var host = Self.host(profile)
        #expect(Self.run(&host, "load-goal", ["id": .text("goal-1")]).slots
            == ["goal_horizon": .text("long"), "goal_previous": .text("Lead a data team"), "previous_organizations": .list([])])
        // The parts stored come back too, for 'now: …' in the questions that change them.
        profile.goals = [Goal(id: "goal-1", text: "Lead a data team", horizon: .long, role: "data lead", field: "health care",
                              organizations: ["City Hospital"], deadline: CalendarDate(year: 2030, month: 6, day: 1),
                              measure: "a team of 5")]
        host = Self.host(profile)
        let full = Self.run(&host, "load-goal", ["id": .text("goal-1")]).slots
        #expect(full["previous_role"] == .text("data lead"))
        #expect(full["previous_field"] == .text("health care"))
        #expect(full["previous_organizations"] == .list([.text("City Hospital")]))
        #expect(full["previous_deadline"] == .date(CalendarDate(year: 2030, month: 6, day: 1)!))
        #expect(full["previous_measure"] == .text("a team of 5"))
        let missing = Self.run(&host, "load-goal", ["id": .text("goal-9")])
        #expect(missing.slots.isEmpty)
        #expect(missing.outputs.flatMap(\.lines) == ["Problem in the prompts: there is no goal 'goal-9' to load."])
    }

    @Test func focusGoalsKeepsThoseNamedByIdOrWordsAndSetsTheOtherActiveOnesAside() {
        var profile = Profile()
        profile.goals = [
            Goal(id: "goal-1", text: "Land a data internship", horizon: .short),
            Goal(id: "goal-2", text: "Learn SQL", horizon: .short),
            Goal(id: "goal-3", text: "Lead a data team", horizon: .long),
            Goal(id: "goal-4", text: "Finish the degree", horizon: .short, status: .done),
        ]
        var host = Self.host(profile)
        Self.run(&host, "focus-goals", ["keep": Self.texts("goal-3", "learn sql")])
        #expect(host.profile.goals.map(\.status) == [.dropped, .active, .active, .done])
        #expect(host.fact("goals.active_texts") == Self.texts("Learn SQL", "Lead a data team"))
        Self.run(&host, "focus-goals", ["keep": .list([])])
        #expect(host.profile.goals.map(\.status) == [.dropped, .active, .active, .done], "keeping nothing sets nothing aside")
    }

    // MARK: Strengths

    @Test func saveStrengthsRanksByOrderAndKeepsTheStoriesOfThoseKept() {
        var profile = Profile()
        profile.strengths = [
            Strength(id: "curiosity", name: "Curiosity", rank: 1, stories: [Self.story("bug")]),
            Strength(id: "teamwork", name: "Teamwork", rank: 2, stories: [Self.story("fair")]),
        ]
        var host = Self.host(profile)
        Self.run(&host, "save-strengths", ["top": Self.texts("sql", "curiosity", "Baking", "sql")])
        #expect(host.profile.strengths == [
            Strength(id: "sql", name: "SQL", rank: 1),
            Strength(id: "curiosity", name: "Curiosity", rank: 2, stories: [Self.story("bug")]),
            Strength(id: "Baking", name: "Baking", rank: 3),
        ])
    }

    @Test func saveStarReplacesTheFirstStoryOrAddsTheStrength() {
        var profile = Profile()
        profile.strengths = [
            Strength(id: "curiosity", name: "Curiosity", rank: 1, stories: [Self.story("old"), Self.story("second")]),
            Strength(id: "sql", name: "SQL", rank: 2),
        ]
        var host = Self.host(profile)
        let star: (String) -> [String: Value] = { word in
            ["situation": .text("\(word) S"), "task": .text("\(word) T"), "action": .text("\(word) A"), "result": .text("\(word) R")]
        }
        Self.run(&host, "save-star", star("new").merging(["strength": .text("curiosity")]) { $1 })
        Self.run(&host, "save-star", star("query").merging(["strength": .text("sql")]) { $1 })
        Self.run(&host, "save-star", star("team").merging(["strength": .text("teamwork")]) { $1 })
        #expect(host.profile.strengths == [
            Strength(id: "curiosity", name: "Curiosity", rank: 1, stories: [Self.story("new"), Self.story("second")]),
            Strength(id: "sql", name: "SQL", rank: 2, stories: [Self.story("query")]),
            Strength(id: "teamwork", name: "Teamwork", rank: nil, stories: [Self.story("team")]),
        ])
    }

    // MARK: Clearing, counting and unknown actions

    @Test func clearPartRemovesOnlyThatPart() {
        var profile = ProfileFixtures.full
        var host = Self.host(profile)
        for part in ["values", "goals", "strengths", "experiences"] {
            Self.run(&host, "clear-part", ["part": .text(part)])
        }
        Self.run(&host, "clear-part", ["part": .text("contacts")])
        profile.values = []
        profile.goals = []
        profile.strengths = []
        profile.experiences = []
        #expect(host.profile == profile, "contacts, events and the rest stay")
    }

    @Test func wordCountFillsWordsAndSpeakingTime() {
        var host = Self.host()
        let pitch = Array(repeating: "word", count: 65).joined(separator: " ")
        #expect(Self.run(&host, "word-count", ["text": .text(pitch)]).slots
            == ["word_count": .number(65), "speaking_seconds": .number(30)])
        #expect(host.profile == Profile())
    }

    @Test func anUnknownActionIsAProblemAndChangesNothing() {
        var host = Self.host(ProfileFixtures.full)
        let outcome = Self.run(&host, "save-hobby", ["text": .text("Chess")])
        #expect(outcome.outputs == [.problem("coach has no action 'save-hobby'.")])
        #expect(outcome.outputs.flatMap(\.lines) == ["Problem in the prompts: coach has no action 'save-hobby'."])
        #expect(host.profile == ProfileFixtures.full)
    }
}
