@testable import Coaching
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
                    // What it says it takes at the pace in settings fits the length it is for.
                    #expect(pitch.estimatedSeconds <= length.seconds, "about \(pitch.estimatedSeconds) s; \(label)")
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
        #expect(pitch.fitsTime && pitch.fitsBudget, "\(pitch.words) words")
    }

    /// Every text coach composes for a persona: pitches of every length and audience, openers at every
    /// place for anyone, every kind and every contact, and the LinkedIn draft.
    func everything(_ profile: Profile) -> [String] {
        let composer = composer(profile)
        var texts: [String] = []
        let audiences = Self.program.catalogs["audiences"]?.items.map(\.id) ?? []
        for length in Self.program.settings.lengths {
            for audience in audiences { texts.append(composer.pitch(seconds: length.seconds, audience: audience)?.text ?? "") }
        }
        let kinds = Self.program.catalogs["archetypes"]?.items.map(\.id) ?? []
        for place in Self.program.catalogs["contexts"]?.items.map(\.id) ?? [] {
            let whom: [(String?, Contact?)] = [(nil, nil)] + kinds.map { ($0, nil) } + profile.contacts.map { (nil, $0) }
            for (kind, contact) in whom {
                for opener in composer.openers(context: place, kind: kind, contact: contact) {
                    texts += [opener.text, opener.longer].compactMap { $0 } + opener.followUps + [opener.close].compactMap { $0 }
                }
            }
        }
        let draft = composer.linkedIn()
        texts += [draft.headline?.text].compactMap { $0 } + draft.about.map(\.text) + draft.posts.map(\.text)
        return texts
    }

    /// A story's result that leans on its action ("400 students used it") is never said without the
    /// action just before it.
    @Test func aStoryResultComesRightAfterItsActionUnlessItStandsAlone() {
        var checked = 0
        for (name, profile) in Self.personas {
            for story in profile.strengths.flatMap(\.stories) {
                let result = Composer.sentence(story.result), action = Composer.firstPerson(story.action)
                guard !Composer.standsAlone(story.result) else { continue }
                for text in everything(profile) where text.lowercased().contains(result.lowercased()) {
                    checked += 1
                    let paired = text.contains(action + ". " + result) || text.contains(action + ", and " + Composer.clause(story.result).prefix(1).lowercased())
                    #expect(paired, "\(name): '\(result)' without its action: \(text)")
                }
            }
        }
        #expect(checked > 0, "the personas have results that lean on their actions")
        #expect(!Composer.standsAlone("400 students used it in the first month"))
        #expect(Composer.standsAlone("All 14 branch managers now use the one-page report in their Monday meetings"))
    }

    /// A highlight of an experience ("Built the ordering screen…") is said by the user: "I built…".
    @Test func experienceHighlightsAreSaidWithASubject() {
        for (name, profile) in Self.personas {
            for highlight in profile.experiences.flatMap(\.highlights) {
                let words = Composer.clause(highlight).split(separator: " ").dropFirst().joined(separator: " ").lowercased()
                for text in everything(profile) where text.lowercased().contains(words) {
                    #expect(text.contains(Composer.firstPerson(highlight)), "\(name): \(text)")
                }
            }
        }
    }

    /// What the texts say of the user matches the profile: the goal as it is put (an internship is not
    /// a role), an intern placed at the internship and not the school, a career changer moving from the
    /// field they leave, and no project called work in a field.
    @Test func theFactsAreTheProfilesFacts() throws {
        for (name, profile) in Self.personas {
            let texts = everything(profile)
            let joined = texts.joined(separator: "\n")
            if let goal = profile.goals.first(where: { $0.status == .active && $0.horizon == .short && $0.role != nil }),
               goal.text.lowercased().contains("internship"), let role = goal.role {
                #expect(!joined.contains("\(role) role"), "\(name): the goal is an internship")
                #expect(joined.contains("\(role) internship"), "\(name)")
            }
            let latest = profile.experiences.first { $0.start != nil && $0.end == nil }
            if profile.person.stage == .intern, let internship = latest, internship.kind == .internship, let school = profile.person.school {
                #expect(!joined.contains("intern in \(profile.person.field ?? "") at \(school)"), "\(name)")
                #expect(!joined.contains("intern at \(school)"), "\(name)")
                #expect(composer(profile).linkedIn().headline?.text.contains(internship.organization) == true, "\(name)")
            }
            if profile.person.stage == .careerChanger, let field = profile.person.field {
                #expect(!joined.contains("career changer in \(field)"), "\(name): they leave \(field)")
                #expect(joined.contains("moving from \(field)"), "\(name)")
            }
            for project in profile.experiences where project.kind == .project {
                if let industry = project.industry { #expect(!joined.contains("worked in \(industry)"), "\(name): \(industry) was a project") }
            }
            #expect(!joined.contains("What I bring is"), "\(name)")
            #expect(!joined.contains("made that path"), "\(name)")
        }
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
