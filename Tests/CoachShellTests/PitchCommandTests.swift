import Coaching
import DialogueEngine
import Foundation
import LineEditing
import Testing
@testable import CoachShell

/// Lines typed at coach's prompt over a profile in memory, with the shipped Prompts, as a user types
/// them: what coach says (both streams), the exit status a script would get, and the profile after.
final class TypedSession {
    let captured = CapturedText()
    let runner: FlowRunner
    let status: CoachShell.ExitStatus

    /// The readings of the rehearsal clock, one a call (0 when they run out).
    final class Clock {
        var readings: [Double]
        init(_ readings: [Double]) { self.readings = readings }
        func read() -> Double { readings.isEmpty ? 0 : readings.removeFirst() }
    }

    init(_ profile: Profile, _ lines: [String], clock: [Double] = []) {
        let today = ComposeTests.today
        let readings = Clock(clock)
        runner = FlowRunner(program: ComposeTests.program, store: nil, profile: profile, today: { today },
                            now: { Timestamp(date: today, hour: 12) })
        var remaining = lines[...]
        let reader = PipedLineReader { remaining.popFirst() }
        let output = ShellOutput(sink: captured, styler: Styler(enabled: false), width: { nil })
        let registry = SessionTranscript.commands(runner, clock: readings.read)
        status = Shell(reader: reader, output: output, registry: registry, banner: nil, flows: runner).run()
    }

    var output: String { captured.output }
    var errors: String { captured.errors }
    var all: String { captured.combined }

    static func persona(_ name: String) throws -> Profile {
        try #require(ComposeTests.personas.first { $0.name == name }).profile
    }
}

/// `pitch` as the user sees it: what an empty profile is told, how a written pitch is kept, how counts
/// and times read, and what a rehearsal says about time and pace.
@Suite struct PitchCommandTests {
    /// "(31 words, about 14 seconds" in a heading → (31, 14).
    static func wordsAndSeconds(in line: String) -> (words: Int, seconds: Int)? {
        guard let match = line.firstMatch(of: /\((\d+) words?, about (\d+) seconds?/) else { return nil }
        return (Int(match.1)!, Int(match.2)!)
    }

    @Test func anEmptyProfileGetsNoPitchButWhatToFillInAndAFailingStatus() {
        let run = TypedSession(Profile(), ["pitch", "pitch --seconds 15 --audience mentor", "pitch list"])
        #expect(run.status == .dataError)
        #expect(run.runner.profile.pitches.isEmpty, "nothing is kept")
        #expect(!run.output.contains("Kept as pitch"))
        #expect(!run.output.contains("Who would be the right person"), "no partial pitch is shown")
        #expect(run.errors.contains("coach cannot write your pitch yet: it needs your name, a goal"), "\(run.errors)")
        for command in ["'about'", "'goals'", "'strengths'"] { #expect(run.errors.contains(command), "\(command)") }
        #expect(run.output.contains("No pitches yet."))
    }

    @Test func aProfileWithANameAndAGoalButNoEvidenceGetsAPitchAndIsToldWhatItLacks() throws {
        var profile = try TypedSession.persona("cs-student")
        profile.strengths = []
        profile.experiences = []
        let run = TypedSession(profile, ["pitch --seconds 30"])
        #expect(run.status == .success)
        #expect(run.runner.profile.pitches.count == 1)
        #expect(run.output.contains("It leaves out what your profile does not say yet: a strength with a story."), "\(run.output)")
        #expect(run.output.contains("'strengths'"))
        // 'why 1'…'why N' names a range only when there is one.
        #expect(!run.output.contains("'why 1'…'why 1'"))
    }

    @Test func everyGeneratedPitchSaysATimeWithinItsLength() throws {
        for (name, profile) in ComposeTests.personas {
            let lines = ComposeTests.program.settings.lengths.map { "pitch --seconds \($0.seconds)" }
            let run = TypedSession(profile, lines)
            let headings = run.output.split(separator: "\n").filter { $0.contains("-second pitch for") }
            #expect(headings.count == lines.count, "\(name): \(run.all)")
            for (heading, length) in zip(headings, ComposeTests.program.settings.lengths) {
                let shown = try #require(Self.wordsAndSeconds(in: String(heading)), "\(heading)")
                #expect(shown.seconds <= length.seconds, "\(name): \(heading)")
                #expect((length.minWords...length.maxWords).contains(shown.words), "\(name): \(heading)")
            }
            #expect(!run.output.contains("longer than"), "\(name): no warning that it runs long")
        }
    }

    @Test func aWrittenPitchIsKeptForTheLengthItsWordsFitAndSaysSo() throws {
        let fiftyFour = "Last spring the campus cafe queue took fifteen minutes at lunch. I timed every step for a week and showed "
            + "the manager where the minutes went; the wait fell to six minutes. Next, I'm looking for an associate product "
            + "manager internship in fintech. Who on your team should I talk to about applying today?"
        #expect(Composer.words(in: fiftyFour).count == 54)
        let run = TypedSession(try TypedSession.persona("cs-student"), ["pitch --seconds 60", "pitch edit", fiftyFour, "", "pitch critique"])
        let kept = try #require(run.runner.profile.pitches.last)
        #expect(kept.text == fiftyFour)
        #expect(kept.seconds == 30, "54 words are nearest the 30-second budget, whatever the pitch before")
        #expect(run.output.contains("Kept as pitch 2 (54 words, about 25 seconds): a 30-second pitch for a recruiter"), "\(run.output)")
        #expect(run.output.contains("the length its words fit best"))
        #expect(run.output.contains("budget for 30 seconds"))
        #expect(!run.output.contains("short for 60 seconds"))
    }

    @Test func aWrittenPitchTakesTheLengthAndAudienceGiven() throws {
        let run = TypedSession(try TypedSession.persona("cs-student"),
                               ["pitch edit --seconds 60 --audience mentor", "I study computer science and want a product internship.", ""])
        let kept = try #require(run.runner.profile.pitches.last)
        #expect(kept.seconds == 60 && kept.audience == "mentor")
        #expect(run.output.contains("a 60-second pitch for a mentor."), "\(run.output)")
        #expect(!run.output.contains("fit best"))
    }

    @Test func countsAndTimesReadAsSpoken() throws {
        let run = TypedSession(Profile(), ["pitch edit", "Product.", "", "pitch list", "pitch show 1", "pitch critique",
                                           "pitch edit", "Hire me.", "", "pitch critique"])
        #expect(run.output.contains("Kept as pitch 1 (1 word, under a second)"), "\(run.output)")
        #expect(run.output.contains("· 1 word\n"))
        #expect(run.output.contains("(15 s for a recruiter, 1 word,"))
        #expect(run.output.contains("Pitch 1: ") && run.output.contains("(1 word, under a second, budget for 15 seconds: 30–40)"))
        #expect(run.output.contains("At 1 word it is short for 15 seconds"))
        #expect(run.output.contains("Kept as pitch 2 (2 words, about 1 second)"))
        #expect(run.output.contains("At 2 words it is short"))
        for wrong in ["1 words", "1 seconds", "about 0 seconds"] { #expect(!run.all.contains(wrong), "\(wrong)") }
    }

    @Test func theLengthsAreListedAsASentence() {
        let run = TypedSession(Profile(), ["pitch --seconds 45"])
        #expect(run.errors.contains("--seconds takes 15, 30 or 60, not '45'."))
        #expect(run.status == .usage)
    }

    @Test func pitchShowAndPracticeCompleteTheVersionNumbers() throws {
        let run = TypedSession(try TypedSession.persona("cs-student"), ["pitch --seconds 15", "pitch --seconds 30"])
        let pitch = try #require(SessionTranscript.commands(run.runner, clock: { 0 }).command(named: "pitch"))
        let complete = try #require(pitch.completeArgument)
        #expect(complete(["show"], CommandRegistry()) == ["1", "2"])
        #expect(complete(["practice"], CommandRegistry()) == ["1", "2"])
        #expect(complete(["show", "1"], CommandRegistry()) == [])
    }

    /// A rehearsal of `text` written for `seconds`, timed at `elapsed`: what coach says about it.
    func rehearse(_ text: String, seconds: Int, elapsed: Double) throws -> String {
        let run = TypedSession(try TypedSession.persona("cs-student"), ["pitch edit --seconds \(seconds)", text, "", "pitch practice", "", ""],
                               clock: [100, 100 + elapsed])
        #expect(run.status == .success)
        return run.output
    }

    static func sentence(words: Int) -> String {
        (0..<words).map { _ in "word" }.joined(separator: " ") + "."
    }

    @Test func aPitchTooLongForItsLengthIsToldToBeCutNotToSlowDown() throws {
        // 40 words said in 15 seconds: on time only by hurrying.
        let said = try rehearse(Self.sentence(words: 40), seconds: 15, elapsed: 15)
        #expect(said.contains("Time: 15.0 s for a 15-second pitch (right on time)."), "\(said)")
        #expect(said.contains("Pace: 160 words a minute"))
        #expect(!said.contains("slow down"), "slowing down would run over: \(said)")
        #expect(said.contains("cut it to about 33 words"))
        #expect(said.contains("Pitch 1 (40 words, about 18 seconds at 130 words a minute; target 15 seconds)"))
    }

    @Test func aPitchThatFitsButIsRushedIsToldToSlowDown() throws {
        let said = try rehearse(Self.sentence(words: 30), seconds: 15, elapsed: 11)
        #expect(said.contains("(right on time)") || said.contains("s under"), "\(said)")
        #expect(said.contains("fast: slow down"), "\(said)")
        #expect(said.contains("it still fits"))
    }

    @Test func aSlowRehearsalThatRunsOverSaysWhy() throws {
        let said = try rehearse(Self.sentence(words: 66), seconds: 30, elapsed: 42)
        #expect(said.contains("(12.0 s over)"), "\(said)")
        #expect(said.contains("slow: that is why it ran over"), "\(said)")
    }

    /// Over a range of pitches and times, what the rehearsal says about time and about pace agree: no
    /// "slow down" when slowing down would run over, no "speed up" advice, and a cut only for a pitch that
    /// cannot be said in its length at the comfortable pace.
    @Test func timeAndPaceNeverContradictEachOther() {
        let pace = ComposeTests.program.settings.numbers[Composer.paceSetting] ?? Composer.defaultPace
        for seconds in [15, 30, 60] {
            for words in stride(from: 5, through: seconds * 4, by: 3) {
                for elapsed in stride(from: 1.0, through: Double(seconds) * 2.5, by: 0.5) {
                    let spoken = Int((Double(words) * 60 / elapsed).rounded())
                    let verdict = PracticeVerdict(words: words, seconds: elapsed, spoken: spoken, target: seconds, pace: pace)
                    let label = "\(words) words in \(elapsed) s for \(seconds): \(verdict.timing); \(verdict.advice)"
                    let atEase = Double(words) * 60 / Double(pace)
                    if verdict.advice.contains("slow down") {
                        #expect(!verdict.timing.contains("over"), "\(label)")
                        #expect(atEase <= Double(seconds) + max(2, Double(seconds) * 0.1), "\(label)")
                    }
                    if verdict.advice.contains("cut it") {
                        #expect(atEase > Double(seconds), "\(label)")
                    }
                    if verdict.timing == "right on time" && verdict.advice.hasPrefix("fast") {
                        #expect(verdict.advice.contains("slow down") || verdict.advice.contains("cut it"), "\(label)")
                    }
                }
            }
        }
    }
}
