import Foundation
import Testing

/// The real binary under a pseudo-terminal, typed at as a person would.
@Suite struct TerminalTests {
    func start(home: String, _ extra: [String: String] = ["NO_COLOR": "1"], columns: UInt16 = 100) throws -> PseudoTerminal {
        try PseudoTerminal(CoachBinary.path, environment: CoachBinary.environment(home: home, extra), columns: columns)
    }

    @Test func promptAppearsAndCtrlDLeavesWithStatusZero() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home)
        try terminal.expect("Type 'help' for the commands")
        try terminal.expectPrompt()
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabCompletesAUniquePrefix() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home)
        try terminal.expectPrompt()
        terminal.send("he\t")
        try terminal.expect("lp")
        terminal.send("\r")
        try terminal.expect("Commands")
        try terminal.expectPrompt()
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabListsAmbiguousCandidates() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home)
        try terminal.expectPrompt()
        terminal.send("\t")
        // libedit lays the candidates out in columns, then shows the prompt again; every command is there, once.
        let listing = try terminal.expect("coach> ")
        let words = listing.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.hasSuffix("coach>") }
        #expect(words.sorted() == ["about", "another", "contact", "contacts", "event", "events", "exit", "experiences", "flows",
                                   "followup", "followups", "goals", "help", "linkedin", "next", "openers", "pitch", "profile",
                                   "quit", "resume", "start", "strengths", "targets", "values", "why"], "\(listing)")
        terminal.send("help q\t\r")
        try terminal.expect("Usage: quit")
    }

    /// An event made through piped input, then named with Tab in a terminal, the banner counting what is due.
    @Test func tabCompletesAnEventsNameAndTheBannerSaysWhatIsDue() throws {
        let home = try CoachBinary.scratchDirectory()
        let environment = CoachBinary.environment(home: home, ["NO_COLOR": "1", "COACH_TODAY": "2026-11-29"])
        let lines = ["about", "Ana", "student", "physics", "State University", "event new", "Fall Career Fair", "career fair",
                     "next thursday 6pm", "2 hours", "", "", "Sam Lee, recruiter at Acme", "", "", "event debrief fall", "Sam Lee",
                     "the summer programme", "", "", ""]
        let made = try PipedRun(input: lines.joined(separator: "\n") + "\n", environment: environment)
        #expect(made.status == 0, "\(made.output)\(made.errors)")
        #expect(made.output.contains("Saved Fall Career Fair, Thursday 3 December 2026, 6 pm."), "\(made.output)")

        var later = environment
        later["COACH_TODAY"] = "2026-12-05"
        let terminal = try PseudoTerminal(CoachBinary.path, environment: later, columns: 100)
        try terminal.expect("You have 1 follow-up due: type 'followups'")
        try terminal.expectPrompt()
        terminal.send("event show F\t")
        try terminal.expect("\"Fall Career Fair\"")
        terminal.send("\r")
        try terminal.expect("Whom you met")
        try terminal.expectPrompt()
        terminal.send("followups\r")
        try terminal.expect("Overdue")
        try terminal.expect("Thank Sam Lee for the conversation at Fall Career Fair — due Friday 4 December (yesterday)")
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func upRecallsALineFromAnEarlierRun() throws {
        let home = try CoachBinary.scratchDirectory()
        let first = try start(home: home)
        try first.expectPrompt()
        first.send("help exit\r")
        try first.expect("Usage: quit")
        try first.expectPrompt()
        first.send("\u{4}")
        #expect(try first.waitForExit() == 0)

        let history = home + "/state/coach/history"
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let second = try start(home: home)
        try second.expectPrompt()
        second.send("\u{1B}[A")
        try second.expect("help exit")
        second.send("\r")
        try second.expect("Usage: quit")
    }

    @Test func ctrlCCancelsTheHalfTypedLineAndKeepsRunning() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home)
        try terminal.expectPrompt()
        terminal.send("bogus half")
        try terminal.expect("half")
        terminal.send("\u{3}")
        try terminal.expect("^C")
        try terminal.expectPrompt()
        #expect(terminal.isRunning)
        terminal.send("help\r")
        let reply = try terminal.expect("Commands")
        #expect(!reply.contains("unknown command"), "the cancelled text must not reach the shell")
        try terminal.expectPrompt()
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Ctrl-C on an empty line, at coach's prompt or at a command's own question, is no Ctrl-D: coach
    /// stays, and the next line is read as typed.
    @Test func ctrlCOnAnEmptyLineKeepsRunningAndTheNextLineCounts() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home)
        try terminal.expectPrompt()
        terminal.send("\u{3}")
        try terminal.expect("^C")
        try terminal.expectPrompt()
        #expect(terminal.isRunning)
        terminal.send("pitch edit\r")
        try terminal.expect("an empty line ends it")
        try terminal.expectPrompt("pitch> ")
        terminal.send("\u{3}")
        try terminal.expect("Nothing was changed.")
        try terminal.expectPrompt()
        terminal.send("help\r")
        try terminal.expect("Commands")
        try terminal.expectPrompt()
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func typedUTF8ReachesTheShellUnchanged() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home)
        try terminal.expectPrompt()
        terminal.send("\"café 日本\"\r")
        try terminal.expect("unknown command 'café 日本'.")
        try terminal.expectPrompt()
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: home + "/state/coach/history", encoding: .utf8)
        #expect(history.contains("café\\040日本"))
    }

    @Test func colourOnATerminalUnlessNoColor() throws {
        let home = try CoachBinary.scratchDirectory()
        let coloured = try start(home: home, [:])
        // The colour ends with the prompt: what the user types is not painted.
        try coloured.expectPrompt("\u{1B}[1;36mcoach>\u{1B}[0m ")
        coloured.send("nosuch\r")
        try coloured.expect("\u{1B}[1;31merror:")

        let plain = try start(home: home, ["NO_COLOR": "1"])
        let banner = try plain.expectPrompt()
        #expect(!banner.contains("\u{1B}[1"))
        plain.send("nosuch\r")
        let reply = try plain.expect("unknown command")
        #expect(!reply.contains("\u{1B}[1;31m"))

        let flagged = try PseudoTerminal(CoachBinary.path, arguments: ["--no-color"],
                                         environment: CoachBinary.environment(home: home))
        let flaggedBanner = try flagged.expectPrompt()
        #expect(!flaggedBanner.contains("\u{1B}[1"))
    }

    @Test func outputWrapsToTheTerminalWidth() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try start(home: home, columns: 40)
        try terminal.expectPrompt()
        terminal.send("help\r")
        let reply = try terminal.expect("leaves.")
        // The descriptions wrap within their column, at the terminal's 40 columns.
        let lines = reply.components(separatedBy: "\r\n")
        let quit = try #require(lines.firstIndex { $0.hasPrefix("  quit ") })
        let column = try #require(lines[quit].range(of: "Leave coach")).lowerBound.utf16Offset(in: lines[quit])
        #expect(lines[quit + 1].hasPrefix(String(repeating: " ", count: column)) && lines[quit + 1].dropFirst(column).first != " ",
                "\(reply)")
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(reply)")
    }
}

/// A flow driven at a terminal: wrong answers, back, pause, resume, why, and Tab over options.
@Suite struct TerminalFlowTests {
    @Test func aFlowCanBeAnsweredWronglyBackedOutOfPausedResumedAndAskedWhy() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try PseudoTerminal(CoachBinary.path, environment: CoachBinary.environment(home: home, ["NO_COLOR": "1"]))
        try terminal.expectPrompt()
        terminal.send("start person\r")
        try terminal.expectPrompt("person 1/4> ")
        terminal.send("Ana\r")
        try terminal.expectPrompt("person 2/4> ")
        terminal.send("stu\t")
        try terminal.expect("Student")
        terminal.send("\r")
        try terminal.expectPrompt("person 3/4> ")
        terminal.send("x\r")
        try terminal.expect("Please write at least 2 characters.")
        try terminal.expectPrompt("person 3/4> ")
        terminal.send("back\r")
        try terminal.expect("Which best describes where you are now, Ana?")
        try terminal.expectPrompt("person 2/4> ")
        terminal.send("why\r")
        try terminal.expect("Advice for a first-year student differs")
        try terminal.expectPrompt("person 2/4> ")
        terminal.send("graduate\r")
        try terminal.expectPrompt("person 3/4> ")
        terminal.send("pause\r")
        try terminal.expect("(About you paused; type 'resume' to continue)")
        try terminal.expectPrompt("coach> ")
        terminal.send("resume\r")
        try terminal.expect("What field are you studying or working in?")
        try terminal.expectPrompt("person 3/4> ")
        terminal.send("nursing\r")
        try terminal.expectPrompt("person 4/4> ")
        terminal.send("skip\r")
        try terminal.expect("1. Ask a former supervisor or professor for two introductions to people in nursing.")
        try terminal.expectPrompt("coach> ")
        terminal.send("why 1\r")
        try terminal.expect("Suggestion 1 comes from the rule 'graduate-references'")
        try terminal.expectPrompt("coach> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}

/// Ctrl-C while typing is a key, not a signal to the whole process group: a `make run` (or any
/// parent) around coach must not be interrupted by it.
@Suite struct InterruptTests {
    @Test func ctrlCDoesNotSignalTheParent() throws {
        let home = try CoachBinary.scratchDirectory()
        let script = "trap 'echo PARENT-GOT-SIGINT' INT; '\(CoachBinary.path)'; echo PARENT-DONE-$?"
        let terminal = try PseudoTerminal("/bin/sh", arguments: ["-c", script],
                                          environment: CoachBinary.environment(home: home, ["NO_COLOR": "1"]))
        try terminal.expectPrompt()
        terminal.send("half")
        try terminal.expect("half")
        terminal.send("\u{3}")
        try terminal.expectPrompt()
        terminal.send("\u{4}")
        let rest = try terminal.expect("PARENT-DONE-0")
        #expect(!rest.contains("PARENT-GOT-SIGINT"))
        #expect(try terminal.waitForExit() == 0)
    }
}

@Suite struct QuitInAFlowTests {
    @Test func quitAtAQuestionLeavesAndSaysTheFlowIsUnfinished() throws {
        let home = try CoachBinary.scratchDirectory()
        let terminal = try PseudoTerminal(CoachBinary.path, environment: CoachBinary.environment(home: home, ["NO_COLOR": "1"]))
        try terminal.expectPrompt()
        terminal.send("start person\r")
        try terminal.expectPrompt("person 1/4> ")
        terminal.send("\\quit\r")
        try terminal.expect("Which best describes where you are now, quit?")
        try terminal.expectPrompt("person 2/4> ")
        terminal.send("quit\r")
        try terminal.expect("'About you' is unfinished")
        #expect(try terminal.waitForExit() == 0)
    }
}
