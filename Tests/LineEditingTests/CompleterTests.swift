import Testing
@testable import LineEditing

@Suite struct CompleterTests {
    let commands = ["help", "history", "quit", "exit", "contacts", "contact"]

    func action(_ line: String, _ candidates: [String]? = nil) -> CompletionAction {
        let list = candidates ?? commands
        return Completer.action(lineBeforeCursor: line, provider: { _ in Completions(list) })
    }

    @Test func uniquePrefixCompletesWithASpace() {
        #expect(action("he") == .replace(deleteScalars: 2, insert: "help "))
        #expect(action("q") == .replace(deleteScalars: 1, insert: "quit "))
    }

    @Test func ambiguousPrefixExtendsToTheCommonPartThenLists() {
        #expect(action("h") == .list(["help", "history"]))
        #expect(action("c") == .replace(deleteScalars: 1, insert: "contact"))
        #expect(action("contact") == .list(["contact", "contacts"]))
        #expect(action("") == .list(["contact", "contacts", "exit", "help", "history", "quit"]))
    }

    @Test func noMatchDoesNothing() {
        #expect(action("zz") == .none)
    }

    @Test func matchingIgnoresCaseAndKeepsTheCandidatesSpelling() {
        #expect(action("show ana", ["Ana López", "Bob"]) == .replace(deleteScalars: 3, insert: "\"Ana López\" "))
        #expect(action("HE") == .replace(deleteScalars: 2, insert: "help "))
    }

    @Test func openQuoteIsReusedAndClosed() {
        #expect(action("show 'An", ["Ana López"]) == .replace(deleteScalars: 3, insert: "'Ana López' "))
    }

    @Test func multibytePartialCountsScalars() {
        #expect(action("go caf", ["café crème"]) == .replace(deleteScalars: 3, insert: "\"café crème\" "))
        #expect(action("go 日", ["日本", "日本語"]) == .replace(deleteScalars: 1, insert: "日本"))
    }

    @Test func providerSeesThePrecedingWords() {
        var seen: CompletionContext?
        _ = Completer.action(lineBeforeCursor: "help q", provider: { context in
            seen = context
            return Completions([])
        })
        #expect(seen == CompletionContext(precedingWords: ["help"], partial: "q"))
    }

    @Test func answersCompleteAsWrittenAfterTheLastSeparator() {
        let stages = Completions(["Student", "Graduate", "Career changer", "why"], style: .freeText)
        func answer(_ line: String) -> CompletionAction {
            Completer.action(lineBeforeCursor: line, provider: { _ in stages })
        }
        #expect(answer("c") == .replace(deleteScalars: 1, insert: "Career changer"))
        #expect(answer("Student, gr") == .replace(deleteScalars: 2, insert: "Graduate"))
        #expect(answer("1;car") == .replace(deleteScalars: 3, insert: "Career changer"))
        #expect(answer("zz") == .none)
        #expect(answer("") == .list(["Career changer", "Graduate", "Student", "why"]))
    }

    @Test func columnsFitTheWidth() {
        let text = Completer.columns(["exit", "help", "quit", "contacts"], width: 24)
        #expect(text == "exit      quit\nhelp      contacts")
        #expect(Completer.columns(["a", "b"], width: 1) == "a\nb")
    }
}
