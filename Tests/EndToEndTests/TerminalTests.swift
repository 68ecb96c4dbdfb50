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
        try terminal.expect("exit  help  quit")
        terminal.send("help q\t\r")
        try terminal.expect("Usage: quit")
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
        try coloured.expectPrompt("\u{1B}[1;36mcoach> ")
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
        #expect(reply.contains("  quit            Leave coach (Ctrl-D on\r\n                  an empty line does"))
    }
}
