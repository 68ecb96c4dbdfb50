import Coaching
import DialogueEngine
import Foundation
import ProfileStore

extension ComposeCommands {
    static let pitchActions = ["edit", "list", "show", "critique", "practice"]

    static func pitch(_ runner: FlowRunner, clock: @escaping () -> Double) -> ShellCommand {
        ShellCommand(
            name: "pitch",
            arguments: "[ACTION] [OPTIONS]",
            summary: "Your elevator pitch: generate one, write your own, have it critiqued, rehearse it against the clock.",
            details: "pitch [--seconds 15|30|60] [--audience recruiter|mentor|peer|leader|hiring-manager] generates a pitch from your profile (hook, who you are, what you bring, what you are looking for, "
                + "why it matters, an ask) and keeps it as a version. pitch edit [--seconds N] [--audience WHO] writes your own "
                + "(lines ending with an empty line, or $EDITOR when set), kept for the length its words fit best unless you say. "
                + "pitch list and pitch show N show the versions. pitch critique checks the latest "
                + "version, version N, a FILE or - (what you type next, ending with an empty line; add --seconds N for its budget). "
                + "pitch practice [N] times you: Enter starts the clock, Enter stops it. ACTION is one of edit, list, show N, "
                + "critique [N|FILE|-], practice [N].",
            completeArgument: { arguments, _ in
                if arguments.isEmpty { return pitchActions + ["--seconds", "--audience"] }
                let numbers = runner.profile.pitches.indices.map { String($0 + 1) }
                switch arguments.last {
                case "--seconds": return runner.program.settings.lengths.map { String($0.seconds) }
                case "--audience": return runner.program.catalogs["audiences"]?.items.map(\.id) ?? []
                default:
                    switch arguments.first {
                    // The versions by number, once.
                    case "show", "practice": return arguments.count == 1 ? numbers : []
                    case "critique": return arguments.count == 1 ? numbers + ["--seconds"] : ["--seconds"]
                    case "edit": return ["--seconds", "--audience"]
                    case "list": return []
                    default: return ["--seconds", "--audience"]
                    }
                }
            },
            run: { invocation in
                runner.refresh()
                let arguments = invocation.arguments
                switch arguments.first {
                case "edit": return edit(runner, invocation)
                case "list": return list(runner, invocation)
                case "show": return show(runner, invocation)
                case "critique": return critique(runner, invocation)
                case "practice": return practice(runner, invocation, clock: clock)
                default: return generate(runner, invocation)
                }
            }
        )
    }

    /// `--seconds N` and `--audience A` from the arguments, checked.
    static func options(_ arguments: [String], runner: FlowRunner, output: ShellOutput, allowed: Set<String>)
        -> (seconds: Int?, audience: String?, rest: [String])?
    {
        var seconds: Int?, audience: String?, rest: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word.hasPrefix("--") {
                guard allowed.contains(word) else {
                    output.error("unknown option '\(word)'.", hint: "Options here: \(allowed.sorted().joined(separator: ", ")).")
                    return nil
                }
                guard index + 1 < arguments.count else {
                    output.error("\(word) needs a value.", hint: word == "--seconds" ? "Example: --seconds 30" : "Example: --audience mentor")
                    return nil
                }
                let value = arguments[index + 1]
                if word == "--seconds" {
                    let lengths = runner.program.settings.lengths.map(\.seconds)
                    guard let number = Int(value.trimmingCharacters(in: CharacterSet(charactersIn: "s"))), lengths.contains(number) else {
                        output.error("--seconds takes \(ComposeCommands.joined(lengths.map(String.init), "or")), not '\(value)'.",
                                     hint: "Example: pitch --seconds 30")
                        return nil
                    }
                    seconds = number
                } else {
                    guard let item = runner.program.catalogs["audiences"]?.item(named: value) else {
                        let ids = runner.program.catalogs["audiences"]?.items.map(\.id) ?? []
                        output.error("--audience takes \(ids.joined(separator: ", ")), not '\(value)'."
                                     + (EditDistance.nearest(to: value.lowercased(), in: ids).map { " Did you mean '\($0)'?" } ?? ""),
                                     hint: "Example: pitch --audience mentor")
                        return nil
                    }
                    audience = item.id
                }
                index += 2
                continue
            }
            rest.append(word)
            index += 1
        }
        return (seconds, audience, rest)
    }

    static func numberedPitch(_ text: String, runner: FlowRunner, output: ShellOutput) -> (Int, Pitch)? {
        let pitches = runner.profile.pitches
        guard let number = Int(text), number >= 1, number <= pitches.count else {
            if pitches.isEmpty {
                output.error("you have no pitch yet.", hint: "Type 'pitch' to generate one or 'pitch edit' to write one.")
            } else {
                output.error("there is no pitch \(text); you have \(pitches.count == 1 ? "pitch 1" : "pitches 1 to \(pitches.count)").",
                             hint: "'pitch list' shows them.")
            }
            return nil
        }
        return (number, pitches[number - 1])
    }

    static func audienceName(_ id: String, runner: FlowRunner) -> String {
        Composer.inSentence(runner.program.catalogs["audiences"]?.item(id)?.name ?? id)
    }

    // MARK: Generate

    static func generate(_ runner: FlowRunner, _ invocation: CommandInvocation) -> CommandOutcome {
        let output = invocation.output
        guard let parsed = options(invocation.arguments, runner: runner, output: output, allowed: ["--seconds", "--audience"]) else {
            return .failure(.usage)
        }
        guard parsed.rest.isEmpty else {
            output.error("pitch does not know '\(parsed.rest[0])'."
                         + (EditDistance.nearest(to: parsed.rest[0], in: pitchActions).map { " Did you mean 'pitch \($0)'?" } ?? ""),
                         hint: "pitch [--seconds 15|30|60] [--audience WHO], or pitch edit|list|show|critique|practice.")
            return .failure(.usage)
        }
        let seconds = parsed.seconds ?? 30
        let audience = parsed.audience ?? "recruiter"
        guard let pitch = runner.composer.pitch(seconds: seconds, audience: audience) else {
            output.error("the Prompts in use have no pitch of \(seconds) seconds.", hint: "See Prompts/README.md, 'Pitches'.")
            return .failure(.dataError)
        }
        // Who you are and what you are looking for make a pitch; without them there is nothing to keep.
        let needed = needs(pitch.missing)
        if needed.contains(where: { ["who", "looking"].contains($0.part) }) {
            output.error("coach cannot write your pitch yet: it needs \(ComposeCommands.joined(needed.filter { $0.part != "why" }.map(\.what), "and")).",
                         hint: "Type " + ComposeCommands.joined(needed.map { "'\($0.command)'" }, "and") + " to fill them in, then 'pitch' again.")
            return .failure(.dataError)
        }
        guard !pitch.parts.isEmpty else {
            output.error("the Prompts in use have no pitch wordings for \(seconds) seconds.", hint: "See Prompts/README.md, 'Pitches'.")
            return .failure(.dataError)
        }
        let styler = output.styler
        output.line(styler.paint("A \(seconds)-second pitch for \(audienceName(audience, runner: runner))", .heading)
                    + styler.paint(" (\(Composer.count(pitch.words, "word")), \(Composer.spokenTime(words: pitch.words, wordsPerMinute: pitch.wordsPerMinute)) "
                                   + "at \(pitch.wordsPerMinute) words a minute; aim for \(pitch.minWords)–\(pitch.maxWords) words)", .dim))
        output.line()
        output.line("  " + pitch.text)
        output.line()
        if !needed.isEmpty {
            output.line(styler.paint("It leaves out what your profile does not say yet: " + ComposeCommands.joined(needed.map(\.what), "and")
                                     + ". Type " + ComposeCommands.joined(needed.map { "'\($0.command)'" }, "and") + ", then 'pitch' again.",
                                     .warning))
        }
        if !pitch.fitsBudget {
            output.line(styler.paint("It is \(pitch.words < pitch.minWords ? "short of" : "over") the budget: your own words "
                                     + "(goals, stories) decide much of its length. 'pitch edit' lets you trim or add.", .warning))
        } else if !pitch.fitsTime {
            output.line(styler.paint("At an easy pace it takes longer than \(seconds) seconds: your own words (goals, stories) decide "
                                     + "much of its length. 'pitch edit' lets you trim it.", .warning))
        }
        var explanations: [Int: [String]] = [:]
        for (offset, part) in pitch.parts.enumerated() {
            explanations[offset + 1] = ["Part \(offset + 1), '\(part.part)', is '\(part.id)' (\(part.source)): \(part.text)"]
                + (part.because.map { [$0] } ?? [])
        }
        runner.explain(explanations)
        // Kept as a version, unless it is the same as the latest.
        if runner.profile.pitches.last?.text != pitch.text {
            let stored = Pitch(id: nextPitchID(runner), text: pitch.text, seconds: seconds, audience: audience, created: runner.currentTime)
            do {
                try runner.addPitch(stored)
            } catch {
                output.error(error.description, hint: "The pitch is shown but not kept.")
                return .failure(.ioError)
            }
        }
        let why = pitch.parts.count == 1 ? "'why 1' says where it comes from" : "'why 1'…'why \(pitch.parts.count)' say where each part comes from"
        output.line(styler.paint("Kept as pitch \(runner.profile.pitches.count). \(why); 'pitch critique' checks it; "
                                 + "'pitch practice' times it; 'pitch edit' makes it yours.", .dim))
        return .success
    }

    /// What the profile lacks for the parts of a pitch no wording could fill, and the command that fills it
    /// in, in the order of the self-assessment.
    static func needs(_ missing: [String]) -> [(part: String, what: String, command: String)] {
        let needs: [(part: String, what: String, command: String)] = [
            ("who", "your name", "about"), ("looking", "a goal", "goals"),
            ("bring", "a strength with a story", "strengths"), ("why", "your values", "values"),
        ]
        return needs.filter { missing.contains($0.part) }
    }

    static func nextPitchID(_ runner: FlowRunner) -> String {
        let used = Set(runner.profile.pitches.map(\.id))
        var number = runner.profile.pitches.count + 1
        while used.contains("pitch-\(number)") { number += 1 }
        return "pitch-\(number)"
    }

    // MARK: Edit, list, show

    static func edit(_ runner: FlowRunner, _ invocation: CommandInvocation) -> CommandOutcome {
        let output = invocation.output
        guard let parsed = options(Array(invocation.arguments.dropFirst()), runner: runner, output: output,
                                   allowed: ["--seconds", "--audience"]), parsed.rest.isEmpty else {
            if let extra = invocation.arguments.dropFirst().first(where: { !$0.hasPrefix("--") }) {
                output.error("pitch edit does not take '\(extra)'.", hint: "pitch edit [--seconds N] [--audience WHO]")
            }
            return .failure(.usage)
        }
        let latest = runner.profile.pitches.last
        let text: String
        // $EDITOR on a terminal; typed lines otherwise (a pipe, or no editor set).
        if let editor = ProcessInfo.processInfo.environment["EDITOR"]?.trimmingWhitespace, !editor.isEmpty, isatty(0) == 1 {
            guard let edited = runEditor(editor, text: latest?.text ?? "", output: output) else { return .failure(.ioError) }
            text = edited
        } else {
            if let latest {
                output.line("Your latest pitch (pitch \(runner.profile.pitches.count)):")
                output.line("  " + latest.text)
            }
            output.line("Type your pitch; an empty line ends it (Ctrl-C leaves it as it was).")
            var lines: [String] = []
            while true {
                guard let line = invocation.ask("pitch> ") else {
                    output.line("Nothing was changed.")
                    return .success
                }
                if line.trimmingWhitespace.isEmpty { break }
                lines.append(line.trimmingWhitespace)
            }
            text = lines.joined(separator: " ")
        }
        let cleaned = Composer.tidy(text.replacingOccurrences(of: "\n", with: " "))
        guard !cleaned.isEmpty else {
            output.line("The pitch was empty, so nothing was kept.")
            return .success
        }
        guard cleaned != latest?.text else {
            output.line("That is the same as pitch \(runner.profile.pitches.count); nothing new to keep.")
            return .success
        }
        // The length its words fit best, unless the user said; the audience the user said, else the latest's.
        let words = Composer.words(in: cleaned).count
        let seconds = parsed.seconds ?? runner.composer.length(fitting: words)?.seconds ?? 30
        let audience = parsed.audience ?? latest?.audience ?? "recruiter"
        let stored = Pitch(id: nextPitchID(runner), text: cleaned, seconds: seconds, audience: audience, created: runner.currentTime)
        do {
            try runner.addPitch(stored)
        } catch {
            output.error(error.description, hint: "Your text: \(cleaned)")
            return .failure(.ioError)
        }
        let chosen = [parsed.seconds == nil ? "the length its words fit best" : nil,
                      parsed.audience == nil ? (latest == nil ? "the audience coach assumes" : "the audience of pitch \(runner.profile.pitches.count - 1)") : nil]
            .compactMap { $0 }
        output.line("Kept as pitch \(runner.profile.pitches.count) (\(Composer.count(words, "word")), "
                    + "\(Composer.spokenTime(words: words, wordsPerMinute: runner.composer.wordsPerMinute))): a \(seconds)-second pitch for "
                    + "\(audienceName(audience, runner: runner))"
                    + (chosen.isEmpty ? "." : " (\(ComposeCommands.joined(chosen, "and")); 'pitch edit --seconds N --audience WHO' chooses).")
                    + " 'pitch critique' checks it.")
        return .success
    }

    /// Opens `$EDITOR` on the text; nil (after saying why) when it fails.
    static func runEditor(_ editor: String, text: String, output: ShellOutput) -> String? {
        let path = NSTemporaryDirectory() + "coach-pitch-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            output.error("cannot write a file for the editor at \(path).", hint: "Unset EDITOR to type the pitch here.")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$0\"", path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            output.error("cannot start the editor '\(editor)'.", hint: "Check EDITOR, or unset it to type the pitch here.")
            return nil
        }
        guard process.terminationStatus == 0 else {
            output.error("the editor '\(editor)' ended with status \(process.terminationStatus); nothing was kept.")
            return nil
        }
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    static func list(_ runner: FlowRunner, _ invocation: CommandInvocation) -> CommandOutcome {
        let output = invocation.output
        guard invocation.arguments.count == 1 else {
            output.error("pitch list takes no more arguments.", hint: "Type 'pitch list', then 'pitch show N'.")
            return .failure(.usage)
        }
        let pitches = runner.profile.pitches
        guard !pitches.isEmpty else {
            output.line("No pitches yet. 'pitch' generates one from your profile; 'pitch edit' lets you write your own.")
            return .success
        }
        for (offset, pitch) in pitches.enumerated() {
            let words = Composer.words(in: pitch.text).count
            let preview = pitch.text.count > 60 ? String(pitch.text.prefix(57)) + "…" : pitch.text
            let rehearsed = pitch.rehearsals.isEmpty ? "" : ", rehearsed \(pitch.rehearsals.count)×"
            output.line(output.styler.paint("\(offset + 1).", .command) + " \(pitch.created.date.iso) · \(pitch.seconds) s for "
                        + "\(audienceName(pitch.audience, runner: runner)) · \(Composer.count(words, "word"))\(rehearsed)")
            output.line("   " + output.styler.paint(preview, .dim))
        }
        return .success
    }

    static func show(_ runner: FlowRunner, _ invocation: CommandInvocation) -> CommandOutcome {
        let output = invocation.output
        guard invocation.arguments.count == 2 else {
            output.error("pitch show needs the number of one pitch.", hint: "Example: pitch show 1 ('pitch list' shows them).")
            return .failure(.usage)
        }
        guard let (number, pitch) = numberedPitch(invocation.arguments[1], runner: runner, output: output) else { return .failure(.usage) }
        let words = Composer.words(in: pitch.text).count
        output.line(output.styler.paint("Pitch \(number)", .heading) + output.styler.paint(" (\(pitch.seconds) s for "
            + "\(audienceName(pitch.audience, runner: runner)), \(Composer.count(words, "word")), \(pitch.created.date.iso))", .dim))
        output.line("  " + pitch.text)
        if let last = pitch.rehearsals.last {
            output.line(output.styler.paint("Rehearsed \(pitch.rehearsals.count)×; last: \(format(last.seconds)) s at \(last.pace) words a minute.", .dim))
        }
        return .success
    }

    static func format(_ seconds: Double) -> String {
        String(format: "%.1f", seconds)
    }
}

extension ComposeCommands {
    // MARK: Critique

    static func critique(_ runner: FlowRunner, _ invocation: CommandInvocation) -> CommandOutcome {
        let output = invocation.output
        guard let parsed = options(Array(invocation.arguments.dropFirst()), runner: runner, output: output, allowed: ["--seconds"]) else {
            return .failure(.usage)
        }
        guard parsed.rest.count <= 1 else {
            output.error("pitch critique takes one pitch: a number, a file or -.", hint: "Example: pitch critique 2")
            return .failure(.usage)
        }
        var text: String
        var seconds = parsed.seconds
        var what: String
        if let source = parsed.rest.first, Int(source) == nil {
            if source == "-" {
                output.line("Type or paste the pitch; an empty line ends it.")
                var lines: [String] = []
                while let line = invocation.ask("pitch> "), !line.trimmingWhitespace.isEmpty { lines.append(line) }
                text = lines.joined(separator: " ")
                what = "The pitch you typed"
            } else {
                let path = (source as NSString).expandingTildeInPath
                guard let data = FileManager.default.contents(atPath: path) else {
                    let exists = FileManager.default.fileExists(atPath: path)
                    output.error(exists ? "cannot read '\(source)'." : "there is no file '\(source)'.",
                                 hint: "Give a pitch number ('pitch list'), a text file, or - to type it.")
                    return .failure(.noInput)
                }
                guard let decoded = String(data: data, encoding: .utf8) else {
                    output.error("'\(source)' is not UTF-8 text.", hint: "Save it as plain UTF-8 text and try again.")
                    return .failure(.dataError)
                }
                text = decoded
                what = "'\(source)'"
            }
        } else {
            let chosen: (Int, Pitch)?
            if let number = parsed.rest.first {
                chosen = numberedPitch(number, runner: runner, output: output)
            } else if let last = runner.profile.pitches.last {
                chosen = (runner.profile.pitches.count, last)
            } else {
                output.error("you have no pitch to critique yet.", hint: "Type 'pitch' to generate one, 'pitch edit' to write one, "
                             + "or 'pitch critique FILE'.")
                return .failure(.usage)
            }
            guard let (number, pitch) = chosen else { return .failure(.usage) }
            text = pitch.text
            seconds = seconds ?? pitch.seconds
            what = "Pitch \(number)"
        }
        text = Composer.tidy(text)
        guard !text.isEmpty else {
            output.error("the pitch is empty.", hint: "Nothing to critique.")
            return .failure(.dataError)
        }
        let length = runner.program.settings.length(seconds: seconds ?? 30)
        let budget = length.map { $0.minWords...$0.maxWords }
        let review = Critique.review(text, kind: "pitch", budget: budget, seconds: length?.seconds, program: runner.program)
        let styler = output.styler
        let budgetText = budget.map { ", budget for \(length!.seconds) seconds: \($0.lowerBound)–\($0.upperBound)" } ?? ""
        output.line(styler.paint("\(what): \(review.score)/100", .heading) + styler.paint(" (\(Composer.count(review.words, "word")), "
            + "\(Composer.spokenTime(words: review.words, wordsPerMinute: runner.composer.wordsPerMinute))\(budgetText))", .dim))
        var explanations: [Int: [String]] = [:]
        if review.findings.isEmpty {
            output.line("No problems found by the checks. Rehearse it out loud: 'pitch practice'.")
        }
        for (offset, finding) in review.findings.enumerated() {
            output.line(styler.paint("\(offset + 1).", .command) + " " + finding.message + styler.paint(" (−\(finding.weight))", .dim))
            output.line("   " + styler.paint("Try:", .dim) + " " + finding.suggestion)
            explanations[offset + 1] = ["Finding \(offset + 1) comes from the check '\(finding.check)' (\(finding.source)), "
                + "worth \(finding.weight) of the 100 points."] + (finding.words.isEmpty ? [] : ["It found: \(finding.words.joined(separator: "; "))."])
        }
        if !review.findings.isEmpty { output.line(styler.paint("'why N' says which check found N.", .dim)) }
        runner.explain(explanations)
        return .success
    }

    // MARK: Practice

    static func practice(_ runner: FlowRunner, _ invocation: CommandInvocation, clock: () -> Double) -> CommandOutcome {
        let output = invocation.output
        guard invocation.arguments.count <= 2 else {
            output.error("pitch practice takes at most a pitch number.", hint: "Example: pitch practice 2")
            return .failure(.usage)
        }
        let chosen: (Int, Pitch)?
        if invocation.arguments.count == 2 {
            chosen = numberedPitch(invocation.arguments[1], runner: runner, output: output)
        } else if let last = runner.profile.pitches.last {
            chosen = (runner.profile.pitches.count, last)
        } else {
            output.error("you have no pitch to practise yet.", hint: "Type 'pitch' to generate one or 'pitch edit' to write one.")
            return .failure(.usage)
        }
        guard let (number, pitch) = chosen else { return .failure(.usage) }
        let styler = output.styler
        let words = Composer.words(in: pitch.text).count
        let pace = runner.composer.wordsPerMinute
        output.line(styler.paint("Pitch \(number)", .heading) + styler.paint(" (\(Composer.count(words, "word")), "
            + "\(Composer.spokenTime(words: words, wordsPerMinute: pace)) at \(pace) words a minute; target \(pitch.seconds) seconds)", .dim))
        output.line("  " + pitch.text)
        output.line("Say it out loud as you would to a person. Press Enter to start the clock.")
        guard invocation.ask("ready> ") != nil else {
            output.line("Practice stopped; nothing was recorded.")
            return .success
        }
        let start = clock()
        output.line("Go! Press Enter when you finish.")
        guard invocation.ask("speaking> ") != nil else {
            output.line("Practice stopped; nothing was recorded.")
            return .success
        }
        let elapsed = max(0, clock() - start)
        guard elapsed >= 1 else {
            output.line("That was under a second: press Enter when you start speaking and again when you finish. Nothing was recorded.")
            return .success
        }
        let rehearsal = Rehearsal(at: runner.currentTime, seconds: elapsed, words: words)
        let earlier = pitch.rehearsals
        do {
            try runner.addRehearsal(rehearsal, pitch: pitch.id)
        } catch {
            output.error(error.description, hint: "This rehearsal was not recorded.")
            return .failure(.ioError)
        }
        let verdict = PracticeVerdict(words: words, seconds: elapsed, spoken: rehearsal.pace, target: pitch.seconds, pace: pace)
        output.line("Time: \(format(elapsed)) s for a \(pitch.seconds)-second pitch (\(verdict.timing)).")
        output.line("Pace: \(rehearsal.pace) words a minute against about \(pace) (\(verdict.advice)).")
        let target = Double(pitch.seconds)
        if !earlier.isEmpty {
            let recent = (earlier.suffix(4) + [rehearsal]).map { "\(format($0.seconds)) s" }.joined(separator: " → ")
            let before = abs(earlier.last!.seconds - target), now = abs(elapsed - target)
            let trend = now < before - 0.5 ? "closer to your target than last time" : now > before + 0.5 ? "further from your target than last time"
                : "about as close to your target as last time"
            output.line("Your rehearsals: \(recent) — \(trend).")
        } else {
            output.line("Rehearse it a few times: coach shows the trend from the next one.")
        }
        return .success
    }
}

/// What a rehearsal says about time and pace, worked out together so the two never contradict each
/// other: a pitch that only fits its length when rushed is too long, and the advice is to cut it, not to
/// slow down.
struct PracticeVerdict {
    /// "right on time", "4.0 s over", "3.0 s under".
    var timing: String
    /// What to do about the pace.
    var advice: String

    /// `spoken` is the pace of the rehearsal in words a minute, `pace` the comfortable one in settings.
    init(words: Int, seconds elapsed: Double, spoken: Int, target seconds: Int, pace: Int) {
        let target = Double(seconds)
        let tolerance = max(2, target * 0.1)
        let off = elapsed - target
        let over = off > tolerance, under = off < -tolerance
        timing = over ? "\(ComposeCommands.format(off)) s over" : under ? "\(ComposeCommands.format(-off)) s under" : "right on time"
        let fast = spoken > pace + 20, slow = spoken < pace - 30
        // What the text takes at the comfortable pace, and the words that fit the length at it.
        let easy = Double(words) * 60 / Double(pace)
        let long = easy > target + tolerance, short = easy < target - tolerance
        let fitting = Composer.wordsThatFit(seconds: seconds, wordsPerMinute: pace)
        let cut = "at about \(pace) words a minute it takes \(Composer.spokenTime(words: words, wordsPerMinute: pace)), "
            + "so cut it to about \(fitting) words rather than speed up"
        if fast {
            advice = long ? (over ? "fast, and still over: the pitch is long for \(seconds) seconds; " : under ? "fast: " : "fast: you kept to time by hurrying; ") + cut
                : "fast: slow down and leave pauses after the key points; at about \(pace) words a minute it still fits"
        } else if slow {
            advice = long ? "slow, and the pitch is long for \(seconds) seconds: keep the thread going, and cut it to about \(fitting) words"
                : over ? "slow: that is why it ran over; pauses are good, but keep the thread going"
                : "slow: pauses are good, but keep the thread going"
        } else if over && long {
            advice = "a comfortable pace, but the pitch is long for \(seconds) seconds: cut it to about \(fitting) words"
        } else if over {
            advice = "a comfortable pace; at about \(pace) words a minute, with shorter pauses, it fits in \(seconds) seconds"
        } else if under && short {
            advice = "a comfortable pace, and the pitch is short for \(seconds) seconds: you have room for about \(Composer.count(fitting - words, "more word"))"
        } else {
            advice = "a comfortable pace"
        }
    }
}
