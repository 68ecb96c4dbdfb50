import Testing
@testable import DialogueEngine

/// Choice, multichoice and rank questions whose options come from earlier answers (`from`, `except`)
/// or that take the user's own words (`own`).
@Suite struct EngineChoiceTests {
    typealias F = EngineFixtures
    static let options = F.values.options

    func engine(_ steps: [Instruction.Kind]) -> Engine {
        Engine(program: F.program([F.flow("pick", title: "Pick", steps)], catalogs: [F.values]), host: NotebookHost(), today: F.today)
    }

    // MARK: from and except

    @Test func fromIdsShowsThoseOptionsInThatOrder() {
        let engine = engine([F.ask("favourite", "Which one most?", .choice(Self.options), from: "shortlist"),
                             F.say("You chose {{favourite}}.")])
        let session = Session(slots: ["shortlist": .list([.text("money"), .text("autonomy")])])
        let turns = engine.play("pick", ["2"], from: session)
        #expect(F.lines(turns[0]) == ["Which one most?", "  1. Financial reward", "  2. Autonomy"])
        #expect(turns[1].session.slots["favourite"] == .text("autonomy"))
        #expect(F.lines(turns[1]) == ["You chose Autonomy.", "(Pick finished)"])
        #expect(engine.completions(for: turns[0].session).prefix(2) == ["Financial reward", "Autonomy"])
    }

    @Test func fromTheUsersOwnWordsShowsThemAsWritten() {
        let engine = engine([F.ask("favourite", "Which one most?", .choice(Self.options), from: "shortlist"),
                             F.say("You chose {{favourite}}.")])
        let session = Session(slots: ["shortlist": .list([.text("money"), .text("Time with my kids")])])
        let turns = engine.play("pick", ["time with my kids"], from: session)
        #expect(F.lines(turns[0]) == ["Which one most?", "  1. Financial reward", "  2. Time with my kids"])
        #expect(turns[1].session.slots["favourite"] == .text("Time with my kids"))
        #expect(F.lines(turns[1]).first == "You chose Time with my kids.")
    }

    @Test func fromRecordsShowsTheirLabelNameOrTextAndStoresTheirId() {
        let engine = engine([F.ask("goal", "Which goal?", .choice([]), from: "goals")])
        let goals = Value.list([
            .record(["id": .text("goal-1"), "text": .text("Land a data internship")]),
            .record(["id": .text("goal-2"), "name": .text("Learn SQL"), "text": .text("not shown")]),
            .record(["id": .text("goal-3"), "label": .text("Lead a team"), "name": .text("not shown")]),
        ])
        let turns = engine.play("pick", ["learn sql"], from: Session(slots: ["goals": goals]))
        #expect(F.lines(turns[0]) == ["Which goal?", "  1. Land a data internship", "  2. Learn SQL", "  3. Lead a team"])
        #expect(turns[1].session.slots["goal"] == .text("goal-2"))
    }

    @Test func exceptLeavesOutWhatWasAlreadyChosen() {
        let engine = engine([
            F.ask("very", "Very important?", .multiChoice(Self.options, min: 1, max: nil)),
            F.ask("not_important", "Not important?", .multiChoice(Self.options, min: 0, max: nil), number: 2, except: "very"),
        ])
        let turns = engine.play("pick", ["1, 3, 5", "2"])
        #expect(F.lines(turns[1]) == ["Not important?", "  1. Security", "  2. Work-life balance"])
        #expect(turns[2].session.slots["not_important"] == .list([.text("balance")]))
    }

    @Test func aMinimumLargerThanTheOptionsLeftIsLowered() {
        let engine = engine([F.ask("two", "Pick at least three.", .multiChoice(Self.options, min: 3, max: nil), from: "shortlist")])
        let session = Session(slots: ["shortlist": .list([.text("money"), .text("autonomy")])])
        let turns = engine.play("pick", ["1, 2"], from: session)
        #expect(turns[1].session.slots["two"] == .list([.text("money"), .text("autonomy")]))
    }

    @Test func rankCountShrinksToTheOptionsAvailable() {
        let engine = engine([F.ask("top", "Put your top five in order.", .rank(Self.options, count: 5), from: "very")])
        let session = Session(slots: ["very": .list([.text("learning"), .text("autonomy"), .text("money")])])
        let turns = engine.play("pick", ["1, 2", "3, 1, 2"], from: session)
        #expect(F.lines(turns[1]) == ["Please put 3 options in order, best first (you named 2), for example: 2, 1, 3."])
        #expect(turns[2].session.slots["top"] == .list([.text("money"), .text("learning"), .text("autonomy")]))
    }

    @Test func aChoiceFromAnEmptyListIsSkipped() {
        let engine = engine([
            F.ask("favourite", "Which one most?", .choice(Self.options), from: "shortlist"),
            F.ask("others", "Which others?", .multiChoice(Self.options, min: 1, max: nil), number: 2, from: "shortlist"),
            F.ask("top", "In order?", .rank(Self.options, count: 3), number: 3, except: "items('values')"),
            F.ask("name", "Your name?", .text(minLength: nil, maxLength: nil), number: 4),
        ])
        let turn = engine.start(flow: "pick", in: Session(slots: ["shortlist": .list([])]))
        #expect(F.lines(turn) == ["Your name?"])
        #expect(turn.session.slots["favourite"] == nil)
        #expect(turn.session.slots["others"] == .list([]))
        #expect(turn.session.slots["top"] == .list([]))
        // A missing list is as empty as an empty one.
        #expect(F.lines(engine.start(flow: "pick", in: Session())) == ["Your name?"])
    }

    // MARK: own words

    static let ownSteps: [Instruction.Kind] = [
        F.ask("very", "Which matter most?", .multiChoice(options, min: 1, max: 2), own: true),
        F.say("Noted: {{very}}."),
    ]

    @Test func aPieceThatNamesNoOptionBecomesTheUsersOwnAfterAYes() {
        let engine = engine(Self.ownSteps)
        let turns = engine.play("pick", ["autonomy, time with family", "y"])
        #expect(F.lines(turns[1]) == ["Did you mean Autonomy, Time with family (your own)? (y/n)"])
        #expect(turns[2].session.slots["very"] == .list([.text("autonomy"), .text("Time with family")]))
        #expect(F.lines(turns[2]) == ["Noted: Autonomy and Time with family.", "(Pick finished)"])
    }

    @Test func noToTheConfirmationAsksAgain() {
        let engine = engine(Self.ownSteps)
        let turns = engine.play("pick", ["knitting", "n", "2"])
        #expect(F.lines(turns[2]) == ["Then let's try again.", "Which matter most?", "  1. Autonomy", "  2. Security",
                                      "  3. Financial reward", "  4. Work-life balance", "  5. Learning"])
        #expect(turns[2].session.slots["very"] == nil)
        #expect(turns[3].session.slots["very"] == .list([.text("security")]))
    }

    @Test func anAnswerOtherThanYesOrNoToTheConfirmationIsANewAnswer() {
        let engine = engine(Self.ownSteps)
        // The user did not read "(y/n)" and answered the question again: that answer counts.
        let turns = engine.play("pick", ["knitting", "2"])
        #expect(turns[2].session.slots["very"] == .list([.text("security")]))
    }

    @Test func aPieceOfFewerThanThreeLettersIsNotTakenAsOwn() {
        let engine = engine(Self.ownSteps)
        let turn = engine.play("pick", ["zq"]).last!
        #expect(F.lines(turn) == ["'zq' is not one of the options. Type an option's number or its name."])
        #expect(turn.session.slots["very"] == nil)
    }

    @Test func ownItemsCountTowardsTheMaximum() {
        let engine = engine(Self.ownSteps)
        let turn = engine.play("pick", ["autonomy, security, knitting"]).last!
        #expect(F.lines(turn) == ["Pick 1 or 2 options, for example: 1, 2."])
    }

    @Test func aSynonymIsReadBackWhenOwnWordsAreAllowed() {
        let turns = engine(Self.ownSteps).play("pick", ["salary and 1", "yes"])
        #expect(F.lines(turns[1]) == ["Did you mean Financial reward, Autonomy? (y/n)"])
        #expect(turns[1].session.slots["very"] == nil)
        #expect(turns[2].session.slots["very"] == .list([.text("money"), .text("autonomy")]))
    }
}
