import DialogueEngine
import Testing
@testable import Coaching

@Suite struct ProfileMergeTests {
    private func profile(contacts: [Contact] = [], interactions: [Interaction] = [], followUps: [FollowUp] = []) -> Profile {
        var profile = Profile()
        profile.contacts = contacts
        profile.interactions = interactions
        profile.followUps = followUps
        return profile
    }

    @Test(arguments: [
        "https://www.linkedin.com/in/ana/",
        "http://linkedin.com/in/ana",
        "HTTPS://WWW.LinkedIn.com/in/Ana",
        "linkedin.com/in/ana//",
        "  www.linkedin.com/in/ana  ",
    ])
    func contactsMatchByURLVariants(url: String) {
        let existing = profile(contacts: [Contact(id: "c1", firstName: "Ana", lastName: "Ruiz", url: "https://www.linkedin.com/in/ana/")])
        let incoming = profile(contacts: [Contact(id: "x", firstName: "Ana María", lastName: "Ruiz", url: url, email: "ana@example.com")])
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        #expect(merged.contacts.count == 1)
        #expect(merged.contacts[0].id == "c1")
        #expect(merged.contacts[0].firstName == "Ana María")
        #expect(merged.contacts[0].email == "ana@example.com")
        #expect(report[.contacts] == MergeReport.Counts(updated: 1))
    }

    @Test func differentURLsAreDifferentPeopleEvenWithTheSameName() {
        let existing = profile(contacts: [Contact(id: "c1", firstName: "Ana", lastName: "Ruiz", company: "Acme", url: "linkedin.com/in/ana-1")])
        let incoming = profile(contacts: [Contact(id: "c2", firstName: "Ana", lastName: "Ruiz", company: "Acme", url: "linkedin.com/in/ana-2")])
        #expect(ProfileMerge.merge(incoming, into: existing).0.contacts.count == 2)
    }

    @Test func contactsWithoutURLMatchByNameAndCompany() {
        let existing = profile(contacts: [
            Contact(id: "c1", firstName: "Bo", lastName: "Li", company: "Acme", position: "CTO", tags: ["mentor", "Fintech"], cadenceDays: 30),
            Contact(id: "c2", firstName: "Bo", lastName: "Li", company: "Globex"),
        ])
        let incoming = profile(contacts: [
            Contact(id: "z", firstName: "bo", lastName: "LI", company: " acme ", position: nil, url: "linkedin.com/in/boli",
                    tags: ["fintech", "recruiter"], cadenceDays: nil),
            Contact(id: "y", firstName: "Bo", lastName: "Li", company: nil),
        ])
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        let bo = merged.contacts[0]
        #expect(bo.id == "c1")
        #expect(bo.position == "CTO")         // incoming nil keeps what we knew
        #expect(bo.cadenceDays == 30)
        #expect(bo.url == "linkedin.com/in/boli")
        #expect(bo.tags == ["mentor", "Fintech", "recruiter"])  // union, case-insensitive
        #expect(merged.contacts[1] == existing.contacts[1])
        #expect(merged.contacts.count == 3)   // Bo Li with no company is not Bo Li at Acme or Globex
        #expect(report[.contacts] == MergeReport.Counts(added: 1, updated: 1))
    }

    @Test func anAddedContactWhoseIdIsTakenGetsAFreshOneAndReferencesFollow() {
        let existing = profile(contacts: [Contact(id: "c1", firstName: "Ana", lastName: "Ruiz"),
                                          Contact(id: "c1-2", firstName: "Old", lastName: "Taken")])
        var incoming = profile(
            contacts: [Contact(id: "c1", firstName: "Carl", lastName: "Stone")],
            interactions: [Interaction(contactId: "c1", date: ProfileFixtures.date("2026-01-05"), notes: "Coffee")],
            followUps: [FollowUp(id: "f1", contactId: "c1", due: ProfileFixtures.date("2026-01-12"), message: "Thank Carl")]
        )
        incoming.events = [Event(id: "e1", name: "Fair", kind: .careerFair)]
        incoming.interactions.append(Interaction(contactId: "c1", eventId: "e1", date: ProfileFixtures.date("2026-01-06")))
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        #expect(merged.contacts.map(\.id) == ["c1", "c1-2", "c1-3"])
        #expect(merged.contacts[2].firstName == "Carl")
        #expect(merged.interactions.map(\.contactId) == ["c1-3", "c1-3"])
        #expect(merged.interactions[1].eventId == "e1")
        #expect(merged.followUps.map(\.contactId) == ["c1-3"])
        #expect(report.summary == "contacts: 1 added, 0 updated, 0 unchanged; events: 1 added, 0 updated, 0 unchanged; interactions: 2 added, 0 updated, 0 unchanged; followUps: 1 added, 0 updated, 0 unchanged")
        // The merged profile is still one the export can write and read back.
        #expect(ProfileJSON.decode(ProfileJSON.encode(merged)) == .success(merged))
    }

    @Test func matchedContactReferencesPointAtTheExistingContact() {
        let existing = profile(contacts: [Contact(id: "ana", firstName: "Ana", lastName: "Ruiz", url: "https://linkedin.com/in/ana")],
                               interactions: [Interaction(contactId: "ana", date: ProfileFixtures.date("2026-01-05"))])
        let incoming = profile(
            contacts: [Contact(id: "c7", firstName: "Ana", lastName: "Ruiz", url: "linkedin.com/in/ana/")],
            interactions: [Interaction(contactId: "c7", date: ProfileFixtures.date("2026-01-05")),
                           Interaction(contactId: "c7", date: ProfileFixtures.date("2026-02-01"))]
        )
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        #expect(merged.interactions.map(\.contactId) == ["ana", "ana"])
        #expect(merged.interactions.map(\.date.iso) == ["2026-01-05", "2026-02-01"])
        #expect(report[.interactions] == MergeReport.Counts(added: 1, unchanged: 1))
        #expect(report[.contacts] == MergeReport.Counts(unchanged: 1))
    }

    @Test func otherSectionsMatchByIdNameOrOrganizationAndRole() {
        var existing = Profile()
        existing.person = Person(name: "José", stage: .student, school: "UChile")
        existing.values = [ValueChoice(id: "autonomy", name: "Autonomy", pile: .important, rank: 2, meaning: "Freedom")]
        existing.skills = [Skill(name: "Swift")]
        existing.experiences = [Experience(organization: "Acme", role: "Intern", highlights: ["Shipped a feature"])]
        existing.pitches = [Pitch(id: "p1", text: "Hi", seconds: 20, audience: "all", created: ProfileFixtures.time("2026-01-01T00:00:00Z"))]
        var incoming = Profile()
        incoming.person = Person(stage: .graduate, field: "Data")
        incoming.values = [ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: nil, meaning: nil),
                           ValueChoice(id: "security", name: "Security", pile: .important)]
        incoming.skills = [Skill(name: "swift"), Skill(name: "SQL")]
        incoming.experiences = [Experience(organization: "ACME", role: "intern", end: ProfileFixtures.date("2025-08-31"),
                                           highlights: ["shipped a feature", "Mentored"])]
        incoming.pitches = existing.pitches
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        #expect(merged.person == Person(name: "José", stage: .graduate, field: "Data", school: "UChile"))
        #expect(merged.values[0] == ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 2, meaning: "Freedom"))
        #expect(merged.values.count == 2)
        #expect(merged.skills.map(\.name) == ["Swift", "SQL"])
        #expect(merged.experiences == [Experience(organization: "ACME", role: "intern", end: ProfileFixtures.date("2025-08-31"),
                                                  highlights: ["Shipped a feature", "Mentored"])])
        #expect(report.summary == "person: 0 added, 1 updated, 0 unchanged; values: 1 added, 1 updated, 0 unchanged; skills: 1 added, 0 updated, 1 unchanged; experiences: 0 added, 1 updated, 0 unchanged; pitches: 0 added, 0 updated, 1 unchanged")
    }

    @Test func anExperienceKindIsKeptWhenUnknownAndTakenWhenGiven() {
        var existing = Profile()
        existing.experiences = [Experience(kind: .internship, organization: "Acme", role: "Analyst"),
                                Experience(organization: "Café", role: "Barista")]
        var incoming = Profile()
        incoming.experiences = [Experience(organization: "acme", role: "analyst"),
                                Experience(kind: .job, organization: "Café", role: "Barista")]
        let (merged, report) = ProfileMerge.merge(incoming, into: existing)
        #expect(merged.experiences.map(\.kind) == [.internship, .job])
        #expect(report[.experiences] == MergeReport.Counts(updated: 2))

        incoming.experiences = [Experience(kind: .project, organization: "Acme", role: "Analyst")]
        #expect(ProfileMerge.merge(incoming, into: existing).0.experiences.first?.kind == .project)
    }

    @Test func mergingAProfileIntoItselfChangesNothing() {
        let full = ProfileFixtures.full
        let (merged, report) = ProfileMerge.merge(full, into: full)
        #expect(merged == full)
        #expect(MergeReport.Section.allCases.allSatisfy { report[$0].added == 0 && report[$0].updated == 0 })
        #expect(report[.contacts].unchanged == 2)
        #expect(ProfileMerge.merge(Profile(), into: full).1.summary == "nothing to merge")
    }
}
