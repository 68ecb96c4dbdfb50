import DialogueEngine
@testable import Coaching

/// Profiles shared by the export, merge and markdown tests.
enum ProfileFixtures {
    static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }
    static func time(_ iso: String) -> Timestamp { Timestamp(iso: iso)! }

    /// Every field set, with text that is hard to escape.
    static var full: Profile {
        var profile = Profile()
        profile.person = Person(name: "José Ñúñez", stage: .careerChanger, field: "Ingeniería de software 日本",
                                school: "Universidad \"Técnica\" de Chile")
        profile.values = [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1,
                        meaning: "Deciding how I work 🚀\nand when"),
            ValueChoice(id: "security", name: "Security", pile: .important, rank: nil, meaning: nil),
            ValueChoice(id: "my-own", name: "Tiempo con la familia", pile: .notImportant, rank: 5,
                        meaning: "back\\slash and \"quotes\""),
        ]
        profile.goals = [
            Goal(id: "g1", text: "Land a backend internship", horizon: .short, role: "Backend intern",
                 field: "Fintech", organizations: ["Mercado Libre", "日本銀行"], deadline: date("2026-12-03"),
                 measure: "An offer in writing", status: .active),
            Goal(id: "g2", text: "Lead a team", horizon: .long, status: .dropped),
        ]
        profile.strengths = [
            Strength(id: "s1", name: "Curiosity", rank: 2, stories: [
                StarStory(situation: "A flaky test\tsuite", task: "Find the cause", action: "Bisected 40 commits",
                          result: "Fixed a race; builds green 🎉"),
            ]),
            Strength(id: "s2", name: "Patience"),
        ]
        profile.skills = [Skill(name: "Swift"), Skill(name: "SQL"), Skill(name: "日本語")]
        profile.experiences = [
            Experience(kind: .job, organization: "Café Ñandú", role: "Barista", industry: "Hospitality",
                       start: date("2022-01-10"), end: date("2023-06-30"),
                       highlights: ["Trained 4 new staff", "Ran the till\r\nalone"]),
            Experience(organization: "Acme", role: "Intern"),
        ]
        profile.contacts = [
            Contact(id: "c1", firstName: "Ana", lastName: "O'Brien-Łukasz", company: "Acme", position: "CTO",
                    url: "https://www.linkedin.com/in/ana/", email: "ana@example.com", phone: "+56 9 1234 5678",
                    howMet: "\u{FEFF}Career fair (leading BOM)", tags: ["mentor", "fintech", "🌟"],
                    notes: "Bell \u{07}, NUL \u{00}, escape \u{1B}[31m, DEL \u{7F}, line sep \u{2028}, tab\t, \"q\" \\",
                    connectedOn: date("2025-03-01"), lastInteraction: date("2026-01-15"), cadenceDays: 30,
                    source: "linkedin"),
            Contact(id: "c2", firstName: "Bo", lastName: "Li"),
        ]
        profile.events = [
            Event(id: "e1", name: "Fall career fair", kind: .careerFair, start: LocalDateTime(iso: "2026-12-03T18:00"),
                  durationMinutes: 120, place: "Gym 🏀", aim: "Meet three recruiters", expected: ["Acme", "Globex"]),
            Event(id: "e2", name: "Coffee", kind: .coffeeChat),
        ]
        profile.interactions = [
            Interaction(contactId: "c1", eventId: "e1", date: date("2026-12-03"), notes: "Talked about\nSwift"),
            Interaction(contactId: "c2", date: date("2026-12-04")),
        ]
        profile.followUps = [
            FollowUp(id: "f1", contactId: "c1", due: date("2026-12-10"), message: "Send thanks ✉️", done: false),
            FollowUp(id: "f2", contactId: "c2", due: date("2024-02-29"), message: "Ask about roles", done: true),
        ]
        profile.pitches = [
            Pitch(id: "p1", text: "Hi, I'm José — I build \"reliable\" things.", seconds: 30, audience: "recruiters",
                  created: time("2026-11-29T09:05:07Z")),
        ]
        return profile
    }
}
