import _TestSupport
import DialogueEngine
@testable import Coaching

/// Builds random but valid profiles: random sizes, optional fields randomly nil, text from every plane.
struct RandomProfile {
    var rng: SeededGenerator

    /// Characters that stress an encoder: controls, quotes, escapes, accents, CJK, emoji (with joiners and
    /// skin tones), combining marks, the JavaScript line separators, and ASCII.
    private static let alphabet: [Character] = Array(
        "abcXYZ 019-_.,:;!?'\"\\/\n\r\t\u{00}\u{01}\u{08}\u{0C}\u{1B}\u{1F}\u{7F}\u{2028}\u{2029}éñÑüßøŁ日本語中文한국어"
            + "😀🎉👩‍💻👍🏽🇨🇱e\u{301}\u{FEFF}\u{200B}{}[]"
    )

    init(seed: UInt64) {
        rng = SeededGenerator(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance() -> Bool { Bool.random(using: &rng) }
    mutating func maybe<T>(_ make: (inout RandomProfile) -> T) -> T? { chance() ? make(&self) : nil }

    mutating func text() -> String {
        let length = int(0...12)
        return String((0..<length).map { _ in Self.alphabet[int(0...Self.alphabet.count - 1)] })
    }

    mutating func texts() -> [String] { (0..<int(0...3)).map { _ in text() } }

    mutating func date() -> CalendarDate { CalendarDate(dayNumber: int(-25_000...40_000)) }

    mutating func moment() -> LocalDateTime { LocalDateTime(date: date(), hour: int(0...23), minute: int(0...59))! }
    mutating func timestamp() -> Timestamp { Timestamp(secondsSinceEpoch: int(-2_000_000_000...3_000_000_000)) }

    mutating func pick<E: CaseIterable>(_: E.Type) -> E { Array(E.allCases)[int(0...E.allCases.count - 1)] }

    mutating func profile() -> Profile {
        var profile = Profile()
        profile.person = Person(name: maybe { $0.text() }, stage: maybe { $0.pick(Stage.self) },
                                field: maybe { $0.text() }, school: maybe { $0.text() })
        profile.values = (0..<int(0...4)).map { index in
            ValueChoice(id: "v\(index)", name: text(), pile: pick(ValueChoice.Pile.self),
                        rank: maybe { $0.int(1...5) }, meaning: maybe { $0.text() })
        }
        profile.goals = (0..<int(0...3)).map { index in
            Goal(id: "g\(index)", text: text(), horizon: pick(Goal.Horizon.self), role: maybe { $0.text() },
                 field: maybe { $0.text() }, organizations: texts(), deadline: maybe { $0.date() },
                 measure: maybe { $0.text() }, status: pick(Goal.Status.self))
        }
        profile.strengths = (0..<int(0...3)).map { index in
            Strength(id: "s\(index)", name: text(), rank: maybe { $0.int(1...5) }, stories: (0..<int(0...2)).map { _ in
                StarStory(situation: text(), task: text(), action: text(), result: text())
            })
        }
        profile.skills = (0..<int(0...3)).map { _ in Skill(name: text()) }
        profile.experiences = (0..<int(0...3)).map { _ in
            Experience(kind: maybe { $0.pick(Experience.Kind.self) }, organization: text(), role: text(),
                       industry: maybe { $0.text() }, start: maybe { $0.date() }, end: maybe { $0.date() },
                       highlights: texts())
        }
        profile.contacts = (0..<int(0...4)).map { index in
            Contact(id: "c\(index)", firstName: text(), lastName: text(), company: maybe { $0.text() },
                    position: maybe { $0.text() }, url: maybe { $0.text() }, email: maybe { $0.text() },
                    phone: maybe { $0.text() }, howMet: maybe { $0.text() }, tags: texts(),
                    notes: maybe { $0.text() }, connectedOn: maybe { $0.date() },
                    lastInteraction: maybe { $0.date() }, cadenceDays: maybe { $0.int(-10...100_000) },
                    source: maybe { $0.text() })
        }
        profile.events = (0..<int(0...3)).map { index in
            Event(id: "e\(index)", name: text(), kind: pick(Event.Kind.self), start: maybe { $0.moment() },
                  durationMinutes: maybe { $0.int(0...100_000) }, place: maybe { $0.text() },
                  aim: maybe { $0.text() }, expected: texts(), debriefed: chance())
        }
        let contacts = profile.contacts.count, events = profile.events.count
        if contacts > 0 {
            profile.interactions = (0..<int(0...4)).map { _ in
                Interaction(contactId: "c\(int(0...contacts - 1))",
                            eventId: events > 0 ? maybe { "e\($0.int(0...events - 1))" } : nil,
                            date: date(), notes: maybe { $0.text() }, promised: maybe { $0.text() })
            }
            profile.followUps = (0..<int(0...3)).map { index in
                FollowUp(id: "f\(index)", contactId: "c\(int(0...contacts - 1))", due: date(), message: text(),
                         done: chance(), kind: maybe { $0.pick(FollowUp.Kind.self) }, title: maybe { $0.text() },
                         eventId: events > 0 ? maybe { "e\($0.int(0...events - 1))" } : nil, doneOn: maybe { $0.date() })
            }
        }
        profile.pitches = (0..<int(0...2)).map { index in
            Pitch(id: "p\(index)", text: text(), seconds: int(0...Int(Int32.max)), audience: text(),
                  created: timestamp())
        }
        return profile
    }
}
