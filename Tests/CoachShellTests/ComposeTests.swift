import Coaching
import DialogueEngine
import Foundation
import PromptsCompiler
import ShippedPrompts
import Testing
@testable import CoachShell

/// What coach composes from the shipped Prompts for the three persona profiles under
/// Prompts/tests/personas: every pitch within its budget with a goal, evidence and an ask; every
/// opener free of template seams, at every place, for every kind of person.
@Suite struct ComposeTests {
    static let program = PromptsCompiler.compile(ShippedPrompts.files, host: CoachingHost.interface).program!

    static let personas: [(name: String, profile: Profile)] = ShippedPrompts.files.keys.sorted()
        .filter { $0.hasPrefix("tests/personas/") && $0.hasSuffix(".json") }
        .map { path in
            guard case let .success(profile) = ProfileJSON.decode(ShippedPrompts.files[path]!) else {
                fatalError("\(path) is not a profile export")
            }
            return (String(path.dropFirst("tests/personas/".count).dropLast(5)), profile)
        }

    static let today = CalendarDate(year: 2026, month: 11, day: 29)!

    func composer(_ profile: Profile) -> Composer { Composer(program: Self.program, profile: profile, today: Self.today) }

    @Test func thereAreThreePersonasAndOneHasContacts() {
        #expect(Self.personas.count == 3)
        #expect(Self.personas.contains { !$0.profile.contacts.isEmpty })
    }

    /// The checks that say a pitch lacks one of its essentials or misses its budget.
    static let essentials: Set<String> = ["over-budget", "under-budget", "no-ask", "no-evidence", "no-goal"]

    @Test func everyPitchFitsItsBudgetAndHasAGoalEvidenceAndAnAsk() throws {
        let audiences = try #require(Self.program.catalogs["audiences"]).items.map(\.id)
        #expect(Self.program.settings.lengths.map(\.seconds) == [15, 30, 60])
        for (name, profile) in Self.personas {
            for length in Self.program.settings.lengths {
                for audience in audiences {
                    let pitch = try #require(composer(profile).pitch(seconds: length.seconds, audience: audience))
                    let label = "\(name), \(length.seconds) s, \(audience): \(pitch.text)"
                    #expect(pitch.missing.isEmpty, "\(label) lacks \(pitch.missing)")
                    #expect(pitch.fitsBudget, "\(pitch.words) words; \(label)")
                    #expect(Composer.seams(in: pitch.text).isEmpty, "\(label)")
                    let review = Critique.review(pitch.text, kind: "pitch", budget: length.minWords...length.maxWords,
                                                 seconds: length.seconds, program: Self.program)
                    let missing = review.findings.map(\.check).filter(Self.essentials.contains)
                    #expect(missing.isEmpty, "\(missing): \(label)")
                }
            }
        }
    }

    @Test func aThirtySecondPitchForAMentorEndsWithAMentorsAsk() throws {
        let student = try #require(Self.personas.first { $0.name == "cs-student" }).profile
        let pitch = try #require(composer(student).pitch(seconds: 30, audience: "mentor"))
        #expect((65...80).contains(pitch.words))
        #expect(pitch.parts.last?.part == "ask")
        #expect(pitch.parts.last?.id.hasPrefix("ask-mentor") == true, "\(pitch.parts.map(\.id))")
        #expect(pitch.text.contains("associate product manager"))
        #expect(pitch.text.hasPrefix("400 students used it"), "the hook is the story's result")
    }

    @Test func aProfileWithoutGoalsGetsAPitchThatSaysWhatIsMissing() throws {
        var profile = try #require(Self.personas.first).profile
        profile.goals = []
        let pitch = try #require(composer(profile).pitch(seconds: 30, audience: "recruiter"))
        #expect(pitch.missing == ["looking"])
        #expect(!pitch.text.contains("looking for"))
        #expect(Composer.seams(in: pitch.text).isEmpty, "\(pitch.text)")
    }

    @Test func everyOpenerReadsCleanlyEverywhereForEveryKindOfPerson() throws {
        let places = try #require(Self.program.catalogs["contexts"]).items
        let kinds = try #require(Self.program.catalogs["archetypes"]).items.map(\.id)
        var combinations = 0
        for (name, profile) in Self.personas {
            let composer = composer(profile)
            for place in places {
                let whom: [(String?, Contact?)] = [(nil, nil)] + kinds.map { ($0, nil) } + profile.contacts.map { (nil, $0) }
                for (kind, contact) in whom {
                    let openers = composer.openers(context: place.id, kind: kind, contact: contact)
                    let label = "\(name) at \(place.id) for \(kind ?? contact?.firstName ?? "anyone")"
                    #expect(openers.count >= 3, "\(label): \(openers.count) openers")
                    combinations += 1
                    for opener in openers {
                        for text in [opener.text] + opener.followUps + [opener.close].compactMap({ $0 }) {
                            #expect(Composer.seams(in: text).isEmpty, "\(label), \(opener.id): \(text)")
                            #expect(!text.contains("{{") && !text.contains("}}"), "\(label), \(opener.id)")
                        }
                        #expect((2...3).contains(opener.followUps.count), "\(label), \(opener.id): \(opener.followUps.count) follow-ups")
                        #expect(opener.close != nil, "\(label), \(opener.id) has no close")
                    }
                }
            }
        }
        #expect(combinations > 3 * 10 * 12)
    }

    @Test func linkedInNotesFitTheLimitOrAreShortenedAndCounted() throws {
        let limit = Self.program.settings.numbers[Composer.limitSetting] ?? 0
        #expect(limit == 200)
        for (name, profile) in Self.personas {
            for kind in [nil, "recruiter", "alumni", "role-holder", "leader"] {
                let openers = composer(profile).openers(context: "linkedin-note", kind: kind, contact: nil)
                let shown = openers.prefix(3)
                #expect(shown.count == 3)
                for opener in shown {
                    #expect(opener.limit == limit)
                    #expect(!opener.overLimit && opener.text.count <= limit, "\(name), \(kind ?? "anyone"): \(opener.text.count) characters")
                }
            }
        }
    }

    @Test func threeSensibleOpenersForARecruiterAtACareerFair() throws {
        let student = try #require(Self.personas.first { $0.name == "cs-student" }).profile
        let openers = composer(student).openers(context: "career-fair", kind: "recruiter", contact: nil)
        #expect(openers.count >= 3)
        #expect(openers.prefix(3).allSatisfy { $0.reasons.first?.contains("recruiter") == true }, "recruiter-specific first")
        #expect(openers.first?.text.contains("Priya") == true)
    }

    @Test func aContactsKindComesFromTheirPositionTagsAndCompany() throws {
        let student = try #require(Self.personas.first { $0.name == "cs-student" }).profile
        let roles = Self.program.catalogs["roles"]
        let kinds = Dictionary(uniqueKeysWithValues: student.contacts.map { ($0.firstName, Composer.kind(of: $0, profile: student, roles: roles)) })
        #expect(kinds["Maya"] == "recruiter")
        #expect(kinds["Jordan"] == "role-holder")
        #expect(kinds["Elena"] == "former-colleague")
        #expect(kinds["Sam"] == "hiring-manager")
    }

    @Test func theLinkedInDraftFitsItsLimitsAndHasThreePostIdeas() {
        for (name, profile) in Self.personas {
            let draft = composer(profile).linkedIn()
            #expect(draft.headline != nil, "\(name)")
            #expect((draft.headline?.text.count ?? 0) <= draft.headlineLimit)
            #expect(draft.aboutText.count <= draft.aboutLimit)
            #expect(draft.about.count >= 3, "\(name)")
            #expect(draft.posts.count == 3, "\(name)")
            #expect(!draft.reminders.isEmpty)
            for text in [draft.headline?.text ?? ""] + draft.about.map(\.text) + draft.posts.map(\.text) {
                #expect(Composer.seams(in: text).isEmpty, "\(name): \(text)")
            }
        }
    }

    @Test func theShippedSessionTranscriptsPass() {
        let sessions = ShippedPrompts.files.keys.sorted().filter { $0.hasPrefix("tests/") && $0.hasSuffix(".session") }
        #expect(!sessions.isEmpty)
        for path in sessions {
            let outcome = SessionTranscript.run(ShippedPrompts.files[path]!, path: path, files: ShippedPrompts.files, program: Self.program)
            #expect(outcome.passed, "\(path): \(outcome.problem ?? "")\n\(outcome.diff.joined(separator: "\n"))")
        }
    }
}
