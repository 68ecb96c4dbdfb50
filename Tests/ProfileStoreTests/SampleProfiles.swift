import Coaching
import DialogueEngine
import _TestSupport

/// Profiles for store tests: one with every field set, and random ones from a seed.
enum SampleProfiles {
    static var full: Profile {
        var profile = Profile()
        profile.person = Person(name: "José Ñúñez", stage: .careerChanger, field: "data analysis", school: "Universidad 日本")
        profile.values = [
            ValueChoice(id: "autonomy", name: "Autonomy", pile: .veryImportant, rank: 1, meaning: "Choosing \"how\" I work"),
            ValueChoice(id: "my-own", name: "Tea breaks ☕", pile: .important),
        ]
        profile.goals = [Goal(id: "g1", text: "Land a data analyst internship", horizon: .short, role: "Data analyst",
                              field: "health", organizations: ["NHS", "Acme\\Corp"], deadline: CalendarDate(iso: "2027-06-30"),
                              measure: "an offer", status: .active)]
        profile.strengths = [Strength(id: "curiosity", name: "Curiosity", rank: 2, stories: [
            StarStory(situation: "A messy sheet", task: "Clean it", action: "Wrote a script\nwith tests", result: "Saved 2 hours a week"),
        ])]
        profile.skills = [Skill(name: "SQL"), Skill(name: "Python")]
        profile.experiences = [Experience(kind: .job, organization: "Café Luna", role: "Barista", industry: "hospitality",
                                          start: CalendarDate(iso: "2023-01-02"), end: nil, highlights: ["Trained 3 new staff"]),
                               Experience(organization: "Self", role: "Side project")]
        profile.contacts = [Contact(id: "c1", firstName: "Sam", lastName: "Lee", company: "Acme", position: "Analyst",
                                    url: "https://www.linkedin.com/in/samlee", email: "sam@example.org", phone: "+44 20 0000 0000",
                                    howMet: "career fair", tags: ["alumni", "data"], notes: "Likes chess\tand jazz",
                                    connectedOn: CalendarDate(iso: "2024-03-15"), lastInteraction: CalendarDate(iso: "2026-10-01"),
                                    cadenceDays: 90, source: "linkedin")]
        profile.events = [Event(id: "e1", name: "Spring fair", kind: .careerFair, start: LocalDateTime(iso: "2027-03-04T17:00"),
                                durationMinutes: 180, place: "Main hall", aim: "Meet three analysts", expected: ["Acme", "Sam Lee"],
                                people: ["c1"], debriefed: true)]
        profile.interactions = [Interaction(contactId: "c1", eventId: "e1", date: CalendarDate(iso: "2027-03-04")!, notes: "Talked SQL",
                                            promised: "Send my SQL notebook")]
        profile.followUps = [FollowUp(id: "f1", contactId: "c1", due: CalendarDate(iso: "2027-03-06")!, message: "Thank you!", done: true,
                                      kind: .thankYou, title: "Thank Sam", eventId: "e1", doneOn: CalendarDate(iso: "2027-03-05"))]
        profile.pitches = [Pitch(id: "p1", text: "Hi, I'm José…", seconds: 30, audience: "recruiter",
                                 created: Timestamp(iso: "2026-11-29T09:30:00Z")!)]
        return profile
    }

    /// Random profiles from a seed, so a failure replays.
    struct Generator {
        var random: SeededGenerator
        init(seed: UInt64) { random = SeededGenerator(seed: seed) }

        mutating func below(_ bound: Int) -> Int { random.below(bound) }
        mutating func chance() -> Bool { below(2) == 0 }

        static let alphabet = Array("abcXYZ 019-_'\"\\\n\té日本😀ñ,;")

        mutating func text(_ length: Int = 12) -> String {
            String((0..<(1 + below(length))).map { _ in Self.alphabet[below(Self.alphabet.count)] })
        }

        mutating func maybe(_ make: (inout Generator) -> String) -> String? { chance() ? make(&self) : nil }

        mutating func date() -> CalendarDate { CalendarDate(dayNumber: 18_000 + below(4_000)) }

        mutating func profile() -> Profile {
            var profile = Profile()
            profile.person = Person(name: maybe { $0.text() }, stage: chance() ? Stage.allCases[below(5)] : nil,
                                    field: maybe { $0.text() }, school: maybe { $0.text() })
            profile.values = (0..<below(6)).map { index in
                ValueChoice(id: "v\(index)", name: text(), pile: ValueChoice.Pile.allCases[below(3)],
                            rank: chance() ? 1 + below(5) : nil, meaning: maybe { $0.text(40) })
            }
            profile.contacts = (0..<below(8)).map { index in
                Contact(id: "c\(index)", firstName: text(), lastName: text(), company: maybe { $0.text() },
                        url: maybe { $0.text() }, tags: (0..<below(3)).map { _ in text(5) },
                        connectedOn: chance() ? date() : nil, cadenceDays: chance() ? below(365) : nil)
            }
            profile.skills = Array(Set((0..<below(5)).map { _ in text(6) })).sorted().map(Skill.init(name:))
            profile.experiences = (0..<below(3)).map { _ in
                Experience(kind: chance() ? Experience.Kind.allCases[below(4)] : nil, organization: text(), role: text(),
                           start: chance() ? date() : nil, highlights: (0..<below(3)).map { _ in text() })
            }
            profile.followUps = profile.contacts.prefix(2).enumerated().map { index, contact in
                FollowUp(id: "f\(index)", contactId: contact.id, due: date(), message: text(30), done: chance())
            }
            return profile
        }
    }
}
