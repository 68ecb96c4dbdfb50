import Testing
@testable import DialogueEngine

/// A long multichoice shown a page a turn, as the values card sort shows its cards: numbers count
/// across pages, Enter passes a page, and the picks add up.
@Suite struct EnginePagedChoiceTests {
    typealias F = EngineFixtures

    static func engine(min: Int = 1, max: Int? = 3, own: Bool = false) -> Engine {
        let flow = F.flow("sort", title: "Card sort", [
            F.ask("very", "Which are very important?", .multiChoice(F.values.options, min: min, max: max), own: own, page: 2),
            F.say("Very important: {{very}}."),
            F.ask("name", "Your name?", .text(minLength: nil, maxLength: nil), number: 2),
        ])
        return Engine(program: F.program([flow], catalogs: [F.values]), host: NotebookHost(), today: F.today)
    }

    static let page1 = ["Which are very important? (1 of 3: numbers or names, or Enter for none)", "  1. Autonomy", "  2. Security"]
    static let page2 = ["Which are very important? (2 of 3: numbers or names, or Enter for none)", "  3. Financial reward",
                        "  4. Work-life balance"]
    static let page3 = ["Which are very important? (3 of 3: numbers or names, or Enter for none)", "  5. Learning"]

    @Test func aSecondPassKeepsTheCardsNumbersFromTheFirst() {
        // As the card sort's "not important" pass: the cards already picked are left out, the rest keep their numbers.
        let flow = F.flow("sort", title: "Card sort", [
            F.ask("very", "Which are very important?", .multiChoice(F.values.options, min: 1, max: nil), page: 5),
            F.ask("not", "Which matter little?", .multiChoice(F.values.options, min: 0, max: nil), number: 2,
                  except: "very", page: 5),
        ])
        let engine = Engine(program: F.program([flow], catalogs: [F.values]), host: NotebookHost(), today: F.today)
        let turns = engine.play("sort", ["2, 4", "3", "4", "5"])
        #expect(F.lines(turns[1]) == ["Which matter little? (1 of 1: numbers or names, or Enter for none)",
                                      "  1. Autonomy", "  3. Financial reward", "  5. Learning"])
        #expect(F.lines(turns[2]) == ["(Card sort finished)"], "3 is Financial reward on both passes")
        #expect(turns[2].session.slots["not"] == .list([.text("money")]))
        // 4 went on the first pile: it is not among these.
        let wrong = engine.play("sort", ["2, 4", "4"])
        #expect(F.lines(wrong[2]) == ["There is no 4 among these; type a number shown, or a name. Press Enter if none on this page applies."])
    }

    @Test func onePageATurnNumberedAcrossPages() {
        let turns = Self.engine().play("sort", ["1", "4", ""])
        #expect(F.lines(turns[0]) == Self.page1)
        #expect(turns[0].outputs == [.choices(prompt: Self.page1[0], options: ["Autonomy", "Security"], numbers: [1, 2])])
        #expect(F.lines(turns[1]) == Self.page2)
        #expect(F.lines(turns[2]) == Self.page3)
        #expect(turns[3].session.slots["very"] == .list([.text("autonomy"), .text("balance")]))
        #expect(F.lines(turns[3]) == ["Very important: Autonomy and Work-life balance.", "Your name?"])
    }

    @Test func numbersAndNamesFromOtherPagesCountAndRepeatsAreIgnored() {
        let turns = Self.engine().play("sort", ["5, autonomy", "learning, 3", "none"])
        #expect(turns[3].session.slots["very"] == .list([.text("learning"), .text("autonomy"), .text("money")]))
    }

    @Test func enterOrNoneOrNothingPassesAPageAndTheMinimumIsCheckedAtTheEnd() {
        let turns = Self.engine().play("sort", ["", "none", "Nothing", "2"])
        #expect(F.lines(turns[1]) == Self.page2)
        #expect(F.lines(turns[2]) == Self.page3)
        #expect(F.lines(turns[3]) == ["Please pick at least 1 in all; so far: none. Add numbers or names from any page."])
        #expect(turns[4].session.slots["very"] == .list([.text("security")]))
        // The minimum names what is picked so far.
        let short = Self.engine(min: 3).play("sort", ["1", "", ""])
        #expect(F.lines(short[3]) == ["Please pick at least 3 in all; so far: Autonomy. Add numbers or names from any page."])
    }

    @Test func theMaximumCountsEveryPage() {
        let turns = Self.engine().play("sort", ["1, 2", "3, 4", "3"])
        #expect(F.lines(turns[2]) == ["That makes 4; please pick at most 3 in all. Picked so far: Autonomy, Security. "
            + "Type 'back' to change an earlier page."])
        // Once the picks reach the maximum, the pages left have nothing to offer: the answer is complete.
        #expect(turns[3].session.slots["very"] == .list([.text("autonomy"), .text("security"), .text("money")]))
        #expect(!F.lines(turns[3]).contains(Self.page3[0]))
    }

    @Test func backReturnsToThePreviousPageWithThePicksBeforeIt() {
        let turns = Self.engine().play("sort", ["1", "3", "back", "4", ""])
        #expect(F.lines(turns[3]) == Self.page2)
        #expect(turns[5].session.slots["very"] == .list([.text("autonomy"), .text("balance")]),
                "page 1's pick stays; page 2 is answered afresh")
        #expect(F.lines(Self.engine().play("sort", ["back"])[1]) == ["This is the first question; there is nothing to go back to."])
    }

    @Test func backFromTheNextQuestionReturnsToTheLastPage() {
        let turns = Self.engine().play("sort", ["1", "3", "5", "back", ""])
        #expect(F.lines(turns[3]).last == "Your name?")
        #expect(F.lines(turns[4]) == Self.page3)
        #expect(turns[5].session.slots["very"] == .list([.text("autonomy"), .text("money")]))
    }

    @Test func pauseAndResumeComeBackToTheSamePageWithItsPicks() {
        let turns = Self.engine().play("sort", ["1", "pause", "3", "resume", "", ""])
        #expect(F.lines(turns[2]) == ["(Card sort paused; type 'resume' to continue)"])
        #expect(F.lines(turns[3]) == ["The flow is paused; type 'resume' to continue it."])
        #expect(F.lines(turns[4]) == ["Back to Card sort, question 1 of 2:"] + Self.page2)
        #expect(turns[6].session.slots["very"] == .list([.text("autonomy")]))
    }

    @Test func anInvalidPieceKeepsThePage() {
        let turns = Self.engine().play("sort", ["zq", "2", ""])
        #expect(F.lines(turns[1]) == ["'zq' is not one of the options. Type an option's number or its name. Press Enter if none on this page applies."])
        #expect(F.lines(turns[2]) == Self.page2)
    }

    @Test func synonymsAndOwnWordsOnAPageAreConfirmed() {
        let turns = Self.engine(own: true).play("sort", ["salary", "n", "time with family", "y", "", ""])
        #expect(F.lines(turns[1]) == ["Did you mean Financial reward? (y/n)"])
        #expect(F.lines(turns[2]) == ["Then let's try again."] + Self.page1)
        #expect(F.lines(turns[3]) == ["Did you mean Time with family (your own)? (y/n)"])
        #expect(F.lines(turns[4]) == Self.page2)
        #expect(turns[6].session.slots["very"] == .list([.text("Time with family")]))
        #expect(F.lines(turns[6]).first == "Very important: Time with family.")
    }
}
