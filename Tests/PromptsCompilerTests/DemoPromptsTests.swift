import DialogueEngine
import Testing
@testable import PromptsCompiler

/// The demo set under Fixtures/demo uses every feature of the format; its transcripts must pass
/// and reach every flow, step and rule.
@Suite struct DemoPromptsTests {
    @Test func demoIsCleanPassesAndIsFullyCovered() {
        let report = FixtureFiles.check(FixtureFiles.files("demo"))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.outcomes.count == 4)
        for outcome in report.outcomes {
            #expect(outcome.passed, "\(outcome.path):\n\(outcome.diff.joined(separator: "\n"))")
        }
        #expect(report.coverage.isComplete, "\(report.uncovered)")
        #expect(report.coverage.rules.total == 7)
    }

    @Test func aChangedAnswerFailsItsTranscriptWithADiff() {
        var files = FixtureFiles.files("demo")
        files["tests/loop.transcript"] = "@start loop\nSomething else entirely.\n"
        let report = FixtureFiles.check(files)
        let loop = report.outcomes.first { $0.path == "tests/loop.transcript" }
        #expect(loop?.passed == false)
        #expect(loop?.diff.contains("- 2   Something else entirely.") == true)
        #expect(loop?.actual.contains("keep enabling each other") == true)
        #expect(!report.passed)
    }

    @Test func theSameProfileReadsTheSameWordsAndAnotherShowsTheOther() throws {
        let program = try #require(PromptsCompiler.compile(FixtureFiles.files("demo"), host: CoachingHostInterface.value).program)
        let engine = Engine(program: program, host: NoFacts(), today: TranscriptRunner.defaultToday)
        let first = engine.start(flow: "trip", in: Session())
        let again = engine.start(flow: "trip", in: Session())
        #expect(first.outputs == again.outputs)
        guard case let .say(opening) = first.outputs.first else { Issue.record("no opening line"); return }
        let other = engine.respond(to: "another", in: first.session)
        guard case let .say(alternative) = other.outputs.first else { Issue.record("no other wording"); return }
        #expect(opening != alternative)
        #expect(Set([opening, alternative]) == ["Let's plan a trip.", "Time to plan a trip!"])
        // With other answers known, the choice may differ but stays stable.
        let known = Session(slots: ["name": .text("Ana")])
        #expect(engine.start(flow: "trip", in: known).outputs == engine.start(flow: "trip", in: known).outputs)
    }

    @Test func sessionsSurviveEncoding() throws {
        let program = try #require(PromptsCompiler.compile(FixtureFiles.files("demo"), host: CoachingHostInterface.value).program)
        let engine = Engine(program: program, host: NoFacts(), today: TranscriptRunner.defaultToday)
        var session = engine.start(flow: "trip", in: Session()).session
        session = engine.respond(to: "Ana", in: session).session
        let data = try JSONEncoder().encode(session)
        let decoded = try JSONDecoder().decode(Session.self, from: data)
        #expect(decoded == session)
        #expect(engine.respond(to: "3", in: decoded).outputs == engine.respond(to: "3", in: session).outputs)
    }
}

import Coaching
import Foundation

enum CoachingHostInterface {
    static var value: HostInterface { CoachingHost.interface }
}

/// A host with no facts, for engine-level checks.
struct NoFacts: DialogueHost {
    func fact(_ path: String) -> Value? { path == "today" ? .date(TranscriptRunner.defaultToday) : nil }
    func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome {
        var host = CoachingHost(today: TranscriptRunner.defaultToday)
        return host.perform(action: action, arguments: arguments, slots: slots)
    }
    func override(fact path: String, with value: Value) {}
}
