import Testing
@testable import LineEditing

@Suite struct WordSplitterTests {
    @Test func splitsOnWhiteSpace() throws {
        #expect(try WordSplitter.split("  contact   show  Ana ") == ["contact", "show", "Ana"])
        #expect(try WordSplitter.split("") == [])
        #expect(try WordSplitter.split("\t") == [])
    }

    @Test func quotesGroupWords() throws {
        #expect(try WordSplitter.split(#"contact show "Ana López""#) == ["contact", "show", "Ana López"])
        #expect(try WordSplitter.split("say 'it\"s'") == ["say", "it\"s"])
        #expect(try WordSplitter.split(#"a "b \" c""#) == ["a", #"b " c"#])
        #expect(try WordSplitter.split(#"x""y"#) == ["xy"])
        #expect(try WordSplitter.split(#"empty """#) == ["empty", ""])
    }

    @Test func backslashEscapesOutsideQuotes() throws {
        #expect(try WordSplitter.split(#"a\ b c"#) == ["a b", "c"])
        #expect(try WordSplitter.split(#"\quit"#) == ["quit"])
    }

    @Test func unterminatedQuoteNamesItsColumn() {
        #expect(throws: WordSplitter.Failure.unterminatedQuote("\"", column: 6)) {
            try WordSplitter.split(#"help "quit"#)
        }
        #expect(throws: WordSplitter.Failure.unterminatedQuote("'", column: 3)) {
            try WordSplitter.split("日 'x")
        }
    }

    @Test func scanReportsThePartialWordAndWhereItStarts() {
        let scan = WordSplitter.scan("contact show \"Ana L")
        #expect(scan.words == ["contact", "show"])
        #expect(scan.partial == "Ana L")
        #expect(scan.openQuote == "\"")
        #expect(scan.partialScalarOffset == 13)

        let afterSpace = WordSplitter.scan("help ")
        #expect(afterSpace.words == ["help"])
        #expect(afterSpace.partial == nil)
        #expect(afterSpace.partialScalarOffset == 5)

        let accented = WordSplitter.scan("café he")
        #expect(accented.partialScalarOffset == 5)
    }

    @Test func quoteRoundTrips() throws {
        for word in ["plain", "two words", #"a "quoted" one"#, #"back\slash"#, "", "日本 語"] {
            #expect(try WordSplitter.split(WordSplitter.quote(word)) == [word])
        }
        #expect(WordSplitter.quote("plain") == "plain")
    }
}
