import ProfileStore
import Testing
@testable import CoachShell

@Suite struct TextWrapperTests {
    @Test func wrapsAtWordBoundaries() {
        #expect(TextWrapper.wrap("one two three four", width: 9) == "one two\nthree\nfour")
        #expect(TextWrapper.wrap("short", width: 80) == "short")
    }

    @Test func keepsIndentAndHangsListItems() {
        #expect(TextWrapper.wrap("  - alpha beta gamma", width: 12) == "  - alpha\n    beta\n    gamma")
        #expect(TextWrapper.wrap("12. alpha beta gamma", width: 11) == "12. alpha\n    beta\n    gamma")
    }

    @Test func colouredListMarkersStillHang() {
        let marker = "\u{1B}[36m1.\u{1B}[0m"
        #expect(TextWrapper.wrap("\(marker) alpha beta gamma", width: 11) == "\(marker) alpha\n   beta\n   gamma")
    }

    @Test func leavesLongWordsWhole() {
        #expect(TextWrapper.wrap("see https://example.org/a/very/long/path now", width: 10)
            == "see\nhttps://example.org/a/very/long/path\nnow")
    }

    @Test func measuresWideCharactersAndIgnoresEscapes() {
        #expect(TextWrapper.wrap("日本 日本 日本", width: 9) == "日本 日本\n日本")
        let red = "\u{1B}[31merror:\u{1B}[0m"
        #expect(TextWrapper.wrap("\(red) abc def", width: 10) == "\(red) abc\ndef")
    }

    @Test func wrapsEachLineOnItsOwn() {
        #expect(TextWrapper.wrap("aa bb\n\ncc dd", width: 3) == "aa\nbb\n\ncc\ndd")
    }

    @Test func nonPositiveWidthLeavesTextAlone() {
        #expect(TextWrapper.wrap("a b c", width: 0) == "a b c")
    }
}

@Suite struct ColorPolicyTests {
    @Test func colourOnlyOnATerminal() {
        #expect(ColorPolicy.useColor(outputIsTerminal: true, environment: ["TERM": "xterm"], noColorFlag: false))
        #expect(!ColorPolicy.useColor(outputIsTerminal: false, environment: ["TERM": "xterm"], noColorFlag: false))
    }

    @Test func noColorAndTheFlagAndDumbTerminalsTurnItOff() {
        #expect(!ColorPolicy.useColor(outputIsTerminal: true, environment: ["NO_COLOR": "1"], noColorFlag: false))
        #expect(ColorPolicy.useColor(outputIsTerminal: true, environment: ["NO_COLOR": ""], noColorFlag: false))
        #expect(!ColorPolicy.useColor(outputIsTerminal: true, environment: [:], noColorFlag: true))
        #expect(!ColorPolicy.useColor(outputIsTerminal: true, environment: ["TERM": "dumb"], noColorFlag: false))
    }

    @Test func stylerPaintsOnlyWhenEnabled() {
        #expect(Styler(enabled: false).paint("x", .error) == "x")
        #expect(Styler(enabled: true).paint("x", .error) == "\u{1B}[1;31mx\u{1B}[0m")
        #expect(Styler(enabled: false).promptSGR == nil)
    }
}

@Suite struct ProfileSelectionTests {
    @Test func namesAndPaths() throws {
        #expect(try ProfileSelection("work") == .named("work"))
        #expect(try ProfileSelection("./mine.sqlite") == .file("./mine.sqlite"))
        #expect(try ProfileSelection("mine.sqlite") == .file("mine.sqlite"))
        #expect(try ProfileSelection("/tmp/p") == .file("/tmp/p"))
    }

    @Test func badNamesAreRefused() {
        #expect(throws: ProfileSelection.Failure.invalidName("a b")) { try ProfileSelection("a b") }
        #expect(throws: ProfileSelection.Failure.invalidName(".hidden")) { try ProfileSelection(".hidden") }
        #expect(throws: ProfileSelection.Failure.emptyName) { try ProfileSelection("") }
    }

    @Test func optionBeatsEnvironmentBeatsDefault() throws {
        #expect(try ProfileSelection.resolve(option: "a", environment: ["COACH_PROFILE": "b"]) == .named("a"))
        #expect(try ProfileSelection.resolve(option: nil, environment: ["COACH_PROFILE": "b"]) == .named("b"))
        #expect(try ProfileSelection.resolve(option: nil, environment: [:]) == .named("default"))
    }
}
