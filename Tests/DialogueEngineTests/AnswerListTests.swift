import Testing
@testable import DialogueEngine

@Suite struct AnswerListTests {
    typealias F = AnswerFixtures

    @Test func collectsItemsOneALineUntilAnEmptyLine() {
        var items: [Value] = []
        let lines = ["  Python ", "Swift", ""]
        var steps: [ListStep] = []
        for line in lines {
            let step = AnswerInterpreter.interpretListItem(line, soFar: items, minItems: 1, maxItems: nil)
            steps.append(step)
            if case let .more(now) = step { items = now }
        }
        #expect(steps == [
            .more([.text("Python")]),
            .more([.text("Python"), .text("Swift")]),
            .done([.text("Python"), .text("Swift")]),
        ])
    }

    @Test func anEmptyLineBeforeTheMinimumIsRefused() {
        #expect(AnswerInterpreter.interpretListItem("", soFar: [], minItems: 1, maxItems: nil)
            == .invalid(.tooFewItems(min: 1, given: 0)))
        #expect(AnswerInterpreter.interpretListItem(" ", soFar: [.text("a")], minItems: 2, maxItems: 4)
            == .invalid(.tooFewItems(min: 2, given: 1)))
        #expect(AnswerInterpreter.interpretListItem("", soFar: [], minItems: 0, maxItems: nil) == .done([]))
    }

    @Test func theItemThatFillsTheListEndsIt() {
        let two: [Value] = [.text("a"), .text("b")]
        #expect(AnswerInterpreter.interpretListItem("c", soFar: two, minItems: 0, maxItems: 3)
            == .done(two + [.text("c")]))
        #expect(AnswerInterpreter.interpretListItem("d", soFar: two + [.text("c")], minItems: 0, maxItems: 3)
            == .invalid(.tooManyItems(max: 3)))
        #expect(AnswerInterpreter.interpretListItem("c", soFar: two, minItems: 0, maxItems: 4) == .more(two + [.text("c")]))
    }

    @Test func repeatsAreRefusedWhateverTheirCase() {
        #expect(AnswerInterpreter.interpretListItem("python", soFar: [.text("Python")], minItems: 0, maxItems: nil)
            == .invalid(.repeatedItem("python")))
    }

    @Test func aWholeListOnOneLine() {
        let type = SlotType.list(minItems: 2, maxItems: 3)
        #expect(F.interpret("Python, Swift; Rust", as: type) == .value(.list([.text("Python"), .text("Swift"), .text("Rust")])))
        #expect(F.interpret("Python,, ", as: type) == .invalid(.tooFewItems(min: 2, given: 1)))
        #expect(F.interpret("a, b, c, d", as: type) == .invalid(.tooManyItems(max: 3)))
        #expect(F.interpret("a, A", as: type) == .invalid(.repeatedItem("A")))
    }
}
