import Testing
@testable import Coaching

/// Text from a contact file printed harmlessly: no sequence reaches the terminal, and the words stay.
@Suite struct DisplayTextTests {
    @Test(arguments: [
        ("Plain Name", "Plain Name"),
        ("José 日本 🚀", "José 日本 🚀"),
        ("\u{1B}[31mRed\u{1B}[0m", "Red"),                          // SGR colours
        ("\u{1B}[2J\u{1B}[HWiped", "Wiped"),                        // clear screen, cursor home
        ("\u{1B}]0;new title\u{07}Ana", "Ana"),                     // OSC window title, BEL-terminated
        ("\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),  // OSC 8 hyperlink, ST-terminated
        ("\u{1B}P1$r\u{1B}\\Bo", "Bo"),                             // DCS
        ("\u{1B}(BSam", "Sam"),                                     // character set designation
        ("\u{1B}cReset", "Reset"),                                  // full reset
        ("\u{9B}31mC1", "C1"),                                      // 8-bit CSI
        ("Bell\u{07}\u{00}\u{7F}\u{85}", "Bell"),
        ("two\nlines\ttab\r", "two lines tab "),
        ("\u{202E}evil\u{202C}", "evil"),                           // bidirectional override
        ("dangling \u{1B}", "dangling "),
        ("unterminated \u{1B}]0;title", "unterminated "),
    ])
    func clean(text: String, expected: String) {
        #expect(DisplayText.clean(text) == expected)
    }

    @Test func nothingBelowSpaceOrInC1Survives() {
        let all = String(String.UnicodeScalarView((0...0x9F).compactMap(Unicode.Scalar.init)))
        let cleaned = DisplayText.clean(all)
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
}
