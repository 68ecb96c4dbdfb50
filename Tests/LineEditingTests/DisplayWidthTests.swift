import Testing
@testable import LineEditing

@Suite struct DisplayWidthTests {
    @Test func countsColumnsNotCharacters() {
        #expect(DisplayWidth.of("help") == 4)
        #expect(DisplayWidth.of("café") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("\u{1B}[1;31merror:\u{1B}[0m") == 6)
    }
}
