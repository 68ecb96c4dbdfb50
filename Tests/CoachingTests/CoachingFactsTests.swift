import DialogueEngine
import Testing
@testable import Coaching

/// The facts flows and rules read from the profile, as the host answers them.
@Suite struct CoachingFactsTests {
    typealias P = ProfileFixtures
    static let today = P.date("2026-11-29")

    static func host(_ profile: Profile, catalogs: [String: Catalog] = [:]) -> CoachingHost {
        CoachingHost(profile: profile, today: today, catalogs: catalogs)
    }

    static func texts(_ items: String...) -> Value { .list(items.map(Value.text)) }

    static let fields = Catalog(id: "fields", title: "Fields", items: [
        CatalogItem(id: "investment-banking", name: "Investment banking", definition: "", synonyms: ["banking", "ibd"]),
        CatalogItem(id: "teaching", name: "Teaching", definition: "", synonyms: ["teacher", "education"]),
    ])

    // MARK: Experiences

    @Test func industriesAreCountedOnceWhateverTheirCase() {
        var profile = Profile()
        profile.experiences = [
            Experience(kind: .job, organization: "A", role: "Clerk", industry: "Finance"),
            Experience(kind: .internship, organization: "B", role: "Intern", industry: "finance"),
            Experience(organization: "C", role: "Volunteer"),
            Experience(kind: .job, organization: "D", role: "Cashier", industry: "Retail"),
            Experience(kind: .project, organization: "E", role: "Analyst", industry: "FINANCE"),
        ]
        let host = Self.host(profile)
        #expect(host.fact("experiences.industries") == Self.texts("Finance", "Retail"))
        #expect(host.fact("experiences.industry_count") == .number(2))
        #expect(host.fact("experiences.kinds") == Self.texts("job", "internship", "project"))
        #expect(host.fact("experiences.count") == .number(5))
    }

    @Test func otherFieldsComparesThroughTheFieldsCatalog() {
        var profile = Profile()
        profile.person.field = "Banking"
        profile.experiences = [
            Experience(organization: "A", role: "Analyst", industry: "Investment Banking"),
            Experience(organization: "B", role: "Analyst", industry: "banking at a big firm"),
            Experience(organization: "C", role: "Tutor", industry: "Education"),
            Experience(organization: "D", role: "Cashier", industry: "Retail"),
        ]
        #expect(Self.host(profile, catalogs: ["fields": Self.fields]).fact("experiences.other_fields") == Self.texts("Education", "Retail"))
        // Without the catalog only the same words are the same field.
        #expect(Self.host(profile).fact("experiences.other_fields")
            == Self.texts("Investment Banking", "banking at a big firm", "Education", "Retail"))
    }

    @Test func otherFieldsWithoutACatalogIgnoresCaseAndPunctuation() {
        var profile = Profile()
        profile.person.field = "Data science"
        profile.experiences = [
            Experience(organization: "A", role: "Analyst", industry: "data-science"),
            Experience(organization: "B", role: "Cashier", industry: "Retail"),
        ]
        #expect(Self.host(profile).fact("experiences.other_fields") == Self.texts("Retail"))
        profile.person.field = nil
        #expect(Self.host(profile).fact("experiences.other_fields") == Self.texts("data-science", "Retail"),
                "with no field of their own every industry is another")
    }

    // MARK: Values and goals

    @Test func topValuesFollowTheirRanks() {
        var profile = Profile()
        profile.values = [
            ValueChoice(id: "money", name: "Financial reward", pile: .veryImportant, rank: 3),
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1, meaning: "Choosing my hours"),
            ValueChoice(id: "security", name: "Security", pile: .important),
            ValueChoice(id: "Family time", name: "Family time", pile: .veryImportant, rank: 2, meaning: ""),
            ValueChoice(id: "status", name: "Status", pile: .notImportant),
        ]
        let host = Self.host(profile)
        #expect(host.fact("values.top") == Self.texts("autonomy", "Family time", "money"))
        #expect(host.fact("values.top_names") == Self.texts("Autonomy", "Family time", "Financial reward"))
        #expect(host.fact("values.without_meaning") == .number(2), "an empty meaning is no meaning")
        #expect(host.fact("values.very_important") == Self.texts("money", "autonomy", "Family time"))
        #expect(host.fact("values.important") == Self.texts("security"))
        #expect(host.fact("values.not_important") == Self.texts("status"))
        #expect(host.fact("values.sorted_count") == .number(5))
        guard case let .list(top)? = host.fact("values.top_list"), case let .record(first)? = top.first else {
            Issue.record("values.top_list is a list of records")
            return
        }
        #expect(first == ["id": .text("autonomy"), "name": .text("Autonomy"), "rank": .number(1), "meaning": .text("Choosing my hours")])
    }

    @Test func theFocusGoalIsTheFirstActiveShortTermOne() {
        var profile = Profile()
        profile.goals = [
            Goal(id: "goal-1", text: "Lead a data team", horizon: .long),
            Goal(id: "goal-2", text: "Pass the CFA", horizon: .short, status: .dropped),
            Goal(id: "goal-3", text: "Land a data internship", horizon: .short, role: "Data analyst",
                 deadline: P.date("2027-06-01")),
        ]
        #expect(Self.host(profile).fact("goals.focus") == .record([
            "id": .text("goal-3"), "text": .text("Land a data internship"), "horizon": .text("short"), "short": .bool(true),
            "role": .text("Data analyst"), "deadline": .date(P.date("2027-06-01")), "organizations": .list([]),
        ]))
        profile.goals[2].status = .done
        guard case let .record(focus)? = Self.host(profile).fact("goals.focus") else {
            Issue.record("a long-term goal is the focus when no short-term one is active")
            return
        }
        #expect(focus["id"] == .text("goal-1"))
        #expect(focus["short"] == nil)
        profile.goals[0].status = .dropped
        #expect(Self.host(profile).fact("goals.focus") == nil)
    }

    @Test func goalCountsReadOnlyTheActiveGoals() {
        var profile = Profile()
        profile.goals = [
            Goal(id: "goal-1", text: "Lead a data team", horizon: .long, field: "Retail"),
            Goal(id: "goal-2", text: "Pass the CFA", horizon: .short, status: .dropped),
            Goal(id: "goal-3", text: "Land a data internship", horizon: .short, role: "Data analyst",
                 organizations: ["Acme", "Globex"], deadline: P.date("2027-06-01")),
        ]
        let host = Self.host(profile)
        #expect(host.fact("goals.active_count") == .number(2))
        #expect(host.fact("goals.short_count") == .number(1))
        #expect(host.fact("goals.long_count") == .number(1))
        #expect(host.fact("goals.without_role") == .number(1))
        #expect(host.fact("goals.without_deadline") == .number(1))
        #expect(host.fact("goals.roles") == Self.texts("Data analyst"))
        #expect(host.fact("goals.fields") == Self.texts("Retail"))
        #expect(host.fact("goals.organizations") == Self.texts("Acme", "Globex"))
    }

    // MARK: Strengths

    @Test func strengthsAreStrongestFirstAndStoriesAreCountedAmongTheTopThree() {
        let story = StarStory(situation: "A flaky build", task: "Fix it", action: "I bisected", result: "Green in a day")
        var profile = Profile()
        profile.strengths = [
            Strength(id: "patience", name: "Patience"),
            Strength(id: "sql", name: "SQL", rank: 2),
            Strength(id: "curiosity", name: "Curiosity", rank: 1),
            Strength(id: "teamwork", name: "Teamwork", rank: 3, stories: [story]),
        ]
        let host = Self.host(profile)
        #expect(host.fact("strengths.top") == Self.texts("curiosity", "sql", "teamwork", "patience"))
        #expect(host.fact("strengths.top_names") == Self.texts("Curiosity", "SQL", "Teamwork", "Patience"))
        #expect(host.fact("strengths.top3_without_story") == .number(2))
        #expect(host.fact("strengths.stories") == .number(1))
        #expect(host.fact("strengths.first_story") == .record([
            "situation": .text("A flaky build"), "task": .text("Fix it"), "action": .text("I bisected"), "result": .text("Green in a day"),
        ]))
        profile.strengths[3].stories = []
        profile.strengths[0].stories = [story]
        #expect(Self.host(profile).fact("strengths.top3_without_story") == .number(3), "the fourth strength's story does not count")
    }

    // MARK: Events, follow-ups and today

    static var network: Profile {
        var profile = Profile()
        profile.events = [
            Event(id: "e1", name: "Spring fair", kind: .careerFair, start: LocalDateTime(iso: "2027-03-10T10:00")),
            Event(id: "e2", name: "Last month's mixer", kind: .mixer, start: LocalDateTime(iso: "2026-11-01T18:00")),
            Event(id: "e3", name: "Fall career fair", kind: .careerFair, start: LocalDateTime(iso: "2026-12-03T18:00")),
            Event(id: "e4", name: "Coffee, some day", kind: .coffeeChat),
        ]
        profile.followUps = [
            FollowUp(id: "f1", contactId: "c1", due: P.date("2026-11-20"), message: "Thank Ana"),
            FollowUp(id: "f2", contactId: "c2", due: P.date("2026-11-29"), message: "Send CV to Bo"),
            FollowUp(id: "f3", contactId: "c3", due: P.date("2026-11-28"), message: "Done already", done: true),
            FollowUp(id: "f4", contactId: "c4", due: P.date("2026-11-30"), message: "Not yet"),
        ]
        return profile
    }

    @Test func theNextEventIsTheSoonestFromTodayOn() {
        let host = Self.host(Self.network)
        #expect(host.fact("events.upcoming_count") == .number(2))
        #expect(host.fact("events.days_to_next") == .number(4))
        #expect(host.fact("events.next_name") == .text("Fall career fair"))
        let later = CoachingHost(profile: Self.network, today: P.date("2027-04-01"))
        #expect(later.fact("events.days_to_next") == nil)
        #expect(later.fact("events.next_name") == nil)
        #expect(later.fact("events.upcoming_count") == .number(0))
    }

    @Test func followUpsAreDueOnTheirDayAndAfterUntilDone() {
        #expect(Self.host(Self.network).fact("followups.due_count") == .number(2))
        #expect(CoachingHost(profile: Self.network, today: P.date("2026-11-30")).fact("followups.due_count") == .number(3))
    }

    @Test func overridingTodayMovesEveryFactThatReadsIt() {
        var host = Self.host(Self.network)
        #expect(host.fact("today") == .date(Self.today))
        host.override(fact: "today", with: .date(P.date("2026-12-01")))
        #expect(host.fact("today") == .date(P.date("2026-12-01")))
        #expect(host.fact("events.days_to_next") == .number(2))
        #expect(host.fact("followups.due_count") == .number(3))
    }

    @Test func anOverriddenFactIsReadBeforeTheProfile() {
        var host = Self.host(Self.network)
        host.override(fact: "events.next_name", with: .text("Alumni dinner"))
        host.override(fact: "person.stage", with: .text("graduate"))
        #expect(host.fact("events.next_name") == .text("Alumni dinner"))
        #expect(host.fact("person.stage") == .text("graduate"))
        #expect(host.fact("events.upcoming_count") == .number(2), "the others still come from the profile")
        let facts = CoachingHost(facts: ["goals.active_count": .number(3)], today: Self.today)
        #expect(facts.fact("goals.active_count") == .number(3))
        #expect(facts.fact("strengths.count") == .number(0))
        #expect(facts.fact("no.such.fact") == nil)
    }

    // MARK: Every fact

    @Test func everyDeclaredFactHasAValueOfItsTypeForAFullProfile() {
        let host = Self.host(P.full, catalogs: ["fields": Self.fields])
        for (path, type) in CoachingHost.interface.facts.sorted(by: { $0.key < $1.key }) {
            guard let value = host.fact(path) else {
                Issue.record("\(path) has no value for a full profile")
                continue
            }
            #expect(value.type.conforms(to: type), "\(path) is declared \(type) but is \(value.type)")
        }
    }

    // MARK: Through the engine

    @Test func anActionsChangeIsReadLaterInTheSameTurnAndTheTurnHandsTheProfileBack() throws {
        func expression(_ text: String) throws -> Expression { try ExpressionParser.parse(text).get() }
        let kinds: [Instruction.Kind] = [
            .action(name: "save-goal", arguments: ["text": try expression("'Land a data internship'"), "horizon": try expression("'short'")]),
            .set(slot: "active", value: try expression("goals.active_count")),
            .set(slot: "focus_is_new", value: try expression("goal_id == 'goal-1' and goals.short_count == 1")),
        ]
        let instructions = kinds.map { Instruction($0, stepID: nil, step: 0, source: PromptLocation(file: "flows/goal.yaml", line: 1, column: 1)) }
        let flow = Flow(id: "goal", title: "A goal", purpose: "Test.", instructions: instructions, questionCount: 0,
                        reprompts: Reprompts(), source: PromptLocation(file: "flows/goal.yaml", line: 1, column: 1), steps: [])
        let engine = Engine(program: Program(flows: ["goal": flow], flowOrder: ["goal"]), host: Self.host(Profile()), today: Self.today)
        let turn = engine.start(flow: "goal", in: Session())
        #expect(turn.session.slots["active"] == .number(1))
        #expect(turn.session.slots["focus_is_new"] == .bool(true))
        let host = try #require(turn.host as? CoachingHost)
        #expect(host.profile.goals == [Goal(id: "goal-1", text: "Land a data internship", horizon: .short)])
        #expect(host.storedSummary().last == "goal goal-1 (short, active): Land a data internship | role: - | field: - | at: - | by: - | measure: -")
        #expect(turn.outputs.isEmpty, "a flow that asked nothing says nothing of finishing")
    }
}
