import Foundation
import ProfileStore
import Testing

/// Answers survive `kill -9`, and two coach processes on one profile lose nothing.
@Suite struct ProfileDurabilityTests {
    static let loopPrompts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/loop").path

    /// coach reading answers from a pipe; each answer counts as saved once coach has printed
    /// the suggestion that follows it (coach saves a turn before it shows the turn's output).
    final class AnsweringCoach {
        let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        private let errors = Pipe()
        private var seen = ""

        init(profile: String, home: String) throws {
            process.executableURL = URL(fileURLWithPath: CoachBinary.path)
            process.arguments = ["--profile", profile, "--prompts", ProfileDurabilityTests.loopPrompts]
            process.environment = CoachBinary.environment(home: home)
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // A loop left unfinished by a killed run is offered for resume: 'start' asks once more.
            send("start loop")
            if waitFor(["Next?\n", "is unfinished"]) == "is unfinished" {
                send("start loop")
                _ = waitFor(["Next?\n"])
            }
        }

        func send(_ line: String) {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        /// Waits until one of `needles` appears in what coach wrote since the last wait; returns it,
        /// or nil when coach ended or ten seconds passed.
        func waitFor(_ needles: [String]) -> String? {
            let deadline = Date().addingTimeInterval(10)
            let fd = output.fileHandleForReading.fileDescriptor
            while true {
                if let found = needles.first(where: { seen.contains($0) }) {
                    seen = ""
                    return found
                }
                let remaining = deadline.timeIntervalSinceNow
                guard remaining > 0 else { return nil }
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&descriptor, 1, Int32(remaining * 1000)) > 0 else { return nil }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { return nil }
                seen += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }

        /// Waits until coach confirms `answer`; false if coach ended or stalled first.
        func waitUntilSaved(_ answer: String) -> Bool {
            waitFor(["saved \(answer)\n"]) != nil
        }

        /// What coach wrote to standard error, once it has ended.
        var errorText: String {
            String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }

        func finish() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    @Test func answersSurviveKillNine() throws {
        let home = try CoachBinary.scratchDirectory()
        let profile = home + "/crash.sqlite"
        var generator = SystemRandomNumberGenerator()
        var acknowledged: [String] = []
        for round in 0..<20 {
            let coach = try AnsweringCoach(profile: profile, home: home)
            let answers = Int.random(in: 1...12, using: &generator)
            for index in 0..<answers {
                let answer = "r\(round)-\(index)"
                coach.send(answer)
                #expect(coach.waitUntilSaved(answer), "coach stopped before saving \(answer)")
                acknowledged.append(answer)
            }
            // One more answer in flight, then SIGKILL at a random moment while it is handled.
            coach.send("r\(round)-inflight")
            usleep(UInt32.random(in: 0...3_000, using: &generator))
            kill(coach.process.processIdentifier, SIGKILL)
            coach.process.waitUntilExit()
            #expect(coach.process.terminationReason == .uncaughtSignal)
        }
        let store = try ProfileStore.open(path: profile)
        #expect(try store.integrityCheck() == "ok")
        let saved = Set(try store.firingsShown().map(\.because))
        let missing = acknowledged.filter { !saved.contains($0) }
        #expect(missing.isEmpty, "answers reported saved but missing: \(missing)")
    }

    @Test func twoProcessesOnOneProfileLoseNothing() throws {
        let home = try CoachBinary.scratchDirectory()
        let profile = home + "/shared.sqlite"
        let first = try AnsweringCoach(profile: profile, home: home)
        let second = try AnsweringCoach(profile: profile, home: home)
        var acknowledged: [String] = []
        for index in 0..<40 {
            for (name, coach) in [("a", first), ("b", second)] {
                let answer = "\(name)\(index)"
                coach.send(answer)
                guard coach.waitUntilSaved(answer) else {
                    Issue.record("coach \(name) stopped before saving \(answer): \(coach.errorText)")
                    return
                }
                acknowledged.append(answer)
            }
        }
        first.finish()
        second.finish()
        #expect(first.process.terminationStatus == 0)
        #expect(second.process.terminationStatus == 0)
        let store = try ProfileStore.open(path: profile)
        #expect(try store.integrityCheck() == "ok")
        let saved = try store.firingsShown().map(\.because)
        #expect(Set(saved) == Set(acknowledged))
        #expect(saved.count == acknowledged.count)
    }

    /// Another coach opening and closing the profile (an export, a second window that quits)
    /// must not take the first one's journal away from under it.
    @Test func anotherProcessOpeningTheProfileLosesNothing() throws {
        let home = try CoachBinary.scratchDirectory()
        let profile = home + "/busy.sqlite"
        let coach = try AnsweringCoach(profile: profile, home: home)
        var acknowledged: [String] = []
        for round in 0..<3 {
            for index in 0..<5 {
                let answer = "x\(round)-\(index)"
                coach.send(answer)
                #expect(coach.waitUntilSaved(answer))
                acknowledged.append(answer)
            }
            let export = try PipedRun(arguments: ["--profile", profile, "export"], input: "", environment: CoachBinary.environment(home: home))
            #expect(export.status == 0)
            let quit = try PipedRun(arguments: ["--profile", profile], input: "quit\n", environment: CoachBinary.environment(home: home))
            #expect(quit.status == 0)
        }
        kill(coach.process.processIdentifier, SIGKILL)
        coach.process.waitUntilExit()
        let store = try ProfileStore.open(path: profile)
        #expect(try store.integrityCheck() == "ok")
        let saved = Set(try store.firingsShown().map(\.because))
        #expect(acknowledged.filter { !saved.contains($0) } == [])
    }

    @Test func resumeContinuesAFlowAfterKillNine() throws {
        let home = try CoachBinary.scratchDirectory()
        let profile = home + "/resume.sqlite"
        let coach = try AnsweringCoach(profile: profile, home: home)
        coach.send("first")
        #expect(coach.waitUntilSaved("first"))
        kill(coach.process.processIdentifier, SIGKILL)
        coach.process.waitUntilExit()

        let run = try PipedRun(arguments: ["--profile", profile, "--prompts", Self.loopPrompts], input: "resume\nsecond\n",
                               environment: CoachBinary.environment(home: home))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Back to Answer loop, question 1 of 1:\nNext?\n1. saved second\nNext?\n"), "\(run.output)")
    }
}
