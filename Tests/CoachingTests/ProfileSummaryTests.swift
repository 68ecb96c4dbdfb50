import DialogueEngine
import Testing
@testable import Coaching

/// The lines a transcript's `@profile` compares: everything the self-assessment stored, one fact a line.
@Suite struct ProfileSummaryTests {
    typealias P = ProfileFixtures

    @Test func anEmptyProfileIsOnlyItsPersonLine() {
        #expect(CoachingHost(today: P.date("2026-11-29")).storedSummary() == ["person: - | - | - | -"])
    }

    @Test func everyStoredPartHasItsLines() {
        var profile = Profile()
        profile.person = Person(name: "Ana", stage: .careerChanger, field: "Data science")
        profile.experiences = [
            Experience(kind: .internship, organization: "Acme", role: "Data analyst", industry: "Retail",
                       start: P.date("2025-06-01"), end: P.date("2025-08-31"), highlights: ["Built a dashboard", "Cut a report"]),
            Experience(organization: "Food bank", role: "Driver"),
        ]
        profile.values = [
            ValueChoice(id: "money", name: "Financial reward", pile: .veryImportant, rank: 2),
            ValueChoice(id: "security", name: "Security", pile: .important),
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1, meaning: "Choosing my hours"),
            ValueChoice(id: "status", name: "Status", pile: .notImportant),
        ]
        profile.goals = [
            Goal(id: "goal-1", text: "Land a data internship", horizon: .short, role: "Data analyst", field: "Retail",
                 organizations: ["Acme", "Globex"], deadline: P.date("2027-06-01"), measure: "A signed offer"),
            Goal(id: "goal-2", text: "Lead a team", horizon: .long, status: .dropped),
        ]
        profile.strengths = [
            Strength(id: "curiosity", name: "Curiosity", rank: 1,
                     stories: [StarStory(situation: "A flaky build", task: "Find the cause", action: "I bisected", result: "Green in a day")]),
            Strength(id: "patience", name: "Patience"),
        ]
        // Contacts come last, a line each, with what a hand-made contact has.
        profile.contacts = [Contact(id: "c1", firstName: "Bo", lastName: "Li")]
        #expect(ProfileSummary.lines(profile) == [
            "person: Ana | career-changer | Data science | -",
            "experience: internship | Data analyst | Acme | Retail | 2025-06-01 to 2025-08-31 | Built a dashboard | Cut a report",
            "experience: - | Driver | Food bank | - | ? to ?",
            "values very-important: Financial reward, Autonomy",
            "values important: Security",
            "values not-important: Status",
            "top value 1: Autonomy | Choosing my hours",
            "top value 2: Financial reward",
            "goal goal-1 (short, active): Land a data internship | role: Data analyst | field: Retail | at: Acme, Globex | by: 2027-06-01 | measure: A signed offer",
            "goal goal-2 (long, dropped): Lead a team | role: - | field: - | at: - | by: - | measure: -",
            "strength 1: Curiosity",
            "  S: A flaky build",
            "  T: Find the cause",
            "  A: I bisected",
            "  R: Green in a day",
            "strength -: Patience",
            "contact c1 | Bo Li | - | - | tags: - | met: - | notes: - | every: -",
        ])
        #expect(CoachingHost(profile: profile, today: P.date("2026-11-29")).storedSummary() == ProfileSummary.lines(profile))
    }

    @Test func aPileWithNothingOnItIsLeftOut() {
        var profile = Profile()
        profile.values = [ValueChoice(id: "Family time", name: "Family time", pile: .veryImportant)]
        #expect(ProfileSummary.lines(profile) == ["person: - | - | - | -", "values very-important: Family time"])
    }
}
