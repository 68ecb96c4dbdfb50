import Testing
@testable import Coaching

@Suite struct ProfileMarkdownTests {
    @Test func strengthsWithoutAStoryAreListedRatherThanGivenEmptyHeadings() {
        var profile = Profile()
        profile.strengths = [
            Strength(id: "curiosity", name: "Curiosity", rank: 1,
                     stories: [StarStory(situation: "A flaky build", task: "Find why", action: "I bisected it", result: "Fixed in a day")]),
            Strength(id: "coding", name: "Coding", rank: 2),
            Strength(id: "Calm under pressure", name: "Calm under pressure", rank: 3),
        ]
        let text = ProfileMarkdown.render(profile)
        #expect(text.contains("## Strengths\n\n### Curiosity\n\n- **Situation:** A flaky build"))
        #expect(text.contains("- **Result:** Fixed in a day\n\nAlso: Coding · Calm under pressure\n"))
        #expect(!text.contains("### Coding"))
        profile.strengths = [Strength(id: "coding", name: "Coding", rank: 1)]
        #expect(ProfileMarkdown.render(profile).contains("## Strengths\n\nCoding\n"))
    }

    @Test func aFullProfileHasEverySectionAndNoPersonalDetailsOfContacts() {
        let text = ProfileMarkdown.render(ProfileFixtures.full)
        #expect(text.hasPrefix("# José Ñúñez — professional profile\n\nCareer changer · Ingeniería de software 日本 · Universidad \"Técnica\" de Chile\n\n"))
        for heading in ["## Top values", "## Goals", "### Short term", "## Strengths", "## Skills", "## Experience", "## Network"] {
            #expect(text.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(text.contains("1. **Autonomy** — Deciding how I work 🚀 and when"))
        #expect(text.contains("5. **Tiempo con la familia**"))
        #expect(!text.contains("Security"))  // not ranked
        #expect(text.contains("- **Land a backend internship** — role: Backend intern; field: Fintech; at: Mercado Libre, 日本銀行; by 2026-12-03; done when: An offer in writing"))
        #expect(!text.contains("Lead a team"))  // dropped
        #expect(!text.contains("### Long term"))
        #expect(text.contains("- **Situation:** A flaky test suite\n- **Task:** Find the cause"))
        #expect(text.contains("## Skills\n\nSwift · SQL · 日本語"))
        #expect(text.contains("### Job — Barista, Café Ñandú\n\nHospitality · 2022-01-10 – 2023-06-30"))
        #expect(text.contains("### Intern — Acme\n"))
        #expect(text.contains("- Ran the till alone"))
        #expect(text.contains("## Network\n\n2 contacts · 2 events\n"))
        for secret in ["Ana", "O'Brien", "ana@example.com", "+56", "linkedin", "mentor", "Bell", "Talked about", "Send thanks"] {
            #expect(!text.contains(secret), "shared document reveals \(secret)")
        }
        #expect(!text.contains("nil"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test func emptySectionsAreLeftOut() {
        #expect(ProfileMarkdown.render(Profile()) == "# Professional profile\n")
        var profile = Profile()
        profile.person = Person(field: "Biology")
        profile.skills = [Skill(name: "PCR")]
        #expect(ProfileMarkdown.render(profile) == "# Professional profile\n\nBiology\n\n## Skills\n\nPCR\n")
    }

    @Test func experienceIsMostRecentFirst() {
        var profile = Profile()
        profile.experiences = [
            Experience(organization: "Old", role: "Clerk", start: ProfileFixtures.date("2018-01-01"), end: ProfileFixtures.date("2019-01-01")),
            Experience(organization: "Undated", role: "Volunteer"),
            Experience(organization: "Now", role: "Intern", start: ProfileFixtures.date("2025-06-01")),
            Experience(organization: "Recent", role: "Tutor", start: ProfileFixtures.date("2021-01-01"), end: ProfileFixtures.date("2024-12-01")),
        ]
        let text = ProfileMarkdown.render(profile)
        let order = ["Intern — Now", "Tutor — Recent", "Clerk — Old", "Volunteer — Undated"].map { text.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(text.contains("2025-06-01 – present"))
        #expect(!text.contains("nil"))
    }

    @Test func anExperienceKindLeadsItsHeading() {
        var profile = Profile()
        profile.experiences = [
            Experience(kind: .internship, organization: "Acme", role: "Data analyst"),
            Experience(kind: .volunteering, organization: "Food\nbank", role: "Driver"),
            Experience(kind: .project, organization: "University", role: "Thesis"),
            Experience(organization: "Café", role: "Barista"),
        ]
        #expect(ProfileMarkdown.render(profile) == """
            # Professional profile

            ## Experience

            ### Internship — Data analyst, Acme

            ### Volunteering — Driver, Food bank

            ### Project — Thesis, University

            ### Barista — Café

            """)
    }

    @Test func upcomingEventsCountOnlyFromToday() {
        var profile = ProfileFixtures.full
        profile.contacts = []
        let before = ProfileMarkdown.render(profile, today: ProfileFixtures.date("2026-12-01"))
        #expect(before.contains("## Network\n\n1 upcoming event\n"))
        let after = ProfileMarkdown.render(profile, today: ProfileFixtures.date("2026-12-04"))
        #expect(!after.contains("## Network"))
    }
}
