import Testing
@testable import DialogueEngine

/// `each`: steps repeated for every item of a list, as the values flow asks what each top value means.
@Suite struct EngineEachTests {
    typealias F = EngineFixtures

    /// Asks for skills, then for a story about each one; `each skills as skill` lowered as the compiler does.
    static let skills = F.flow("skills", title: "Skills", [
        F.ask("skills", "Which skills do you use most? One a line, then an empty line.", .list(minItems: 1, maxItems: nil)),
        .eachStart(loop: "skills-1", items: F.expression("skills")),
        .eachNext(loop: "skills-1", slot: "skill", exit: 6),
        F.ask("story", "When did you last use {{skill}}?", .text(minLength: nil, maxLength: nil), number: 2),
        F.action("add-note", ["note": "story"]),
        .jump(target: 2),
        F.say("Thanks: {{skills}}."),
    ])

    let engine = Engine(program: F.program([skills]), host: NotebookHost(), today: F.today)

    @Test func theStepsRunOnceForEveryItemInOrder() {
        let turns = engine.play("skills", ["SQL", "Python", "", "On Monday", "Last week"])
        #expect(turns.map(F.lines) == [
            ["Which skills do you use most? One a line, then an empty line."],
            [],
            [],
            ["When did you last use SQL?"],
            ["When did you last use Python?"],
            ["Thanks: SQL and Python.", "(Skills finished)"],
        ])
        #expect(turns.flatMap(\.performed) == [
            PerformedAction(name: "add-note", arguments: ["note": .text("On Monday")]),
            PerformedAction(name: "add-note", arguments: ["note": .text("Last week")]),
        ])
    }

    @Test func backInTheSecondRoundReturnsToTheFirstRoundsLastQuestion() {
        let turns = engine.play("skills", ["SQL", "Python", "", "On Monday", "back", "Yesterday", "Last week"])
        #expect(F.lines(turns[5]) == ["You answered: On Monday", "When did you last use SQL?"], "back says what it changes")
        #expect(F.lines(turns[6]) == ["When did you last use Python?"])
        #expect(F.lines(turns[7]) == ["Thanks: SQL and Python.", "(Skills finished)"])
        #expect(turns[6].performed == [PerformedAction(name: "add-note", arguments: ["note": .text("Yesterday")])])
        // Going back twice more reaches the list question itself.
        let further = engine.respond(to: "back", in: engine.respond(to: "back", in: turns[4].session).session)
        #expect(F.lines(further) == ["You answered: SQL, Python", "Which skills do you use most? One a line, then an empty line."])
    }

    @Test func theLoopsOwnStateIsHiddenFromContentAndGoneAfterTheLoop() throws {
        let turns = engine.play("skills", ["SQL", "Python", "", "On Monday"])
        let during = turns.last!.session
        #expect(during.slots["#skills-1"] == .list([]), "Python is taken; nothing is left to go through")
        #expect(during.slots["skill"] == .text("Python"))
        let context = try #require(engine.context(during, host: NotebookHost()) as? TemplateContext)
        #expect(context.child(named: "#skills-1") == nil, "templates cannot read the loop's state")
        #expect((context.child(named: "skill") as? TextValue)?.text == "Python")
        let after = engine.respond(to: "Last week", in: during).session
        #expect(after.slots["#skills-1"] == nil)
    }

    @Test func anEmptyOrMissingListRunsNothingAndASingleValueRunsOnce() {
        let flow = F.flow("each", title: "Each", [
            .eachStart(loop: "each-0", items: F.expression("items")),
            .eachNext(loop: "each-0", slot: "item", exit: 4),
            F.say("Item: {{item}}."),
            .jump(target: 1),
            F.say("Done."),
        ])
        let engine = Engine(program: F.program([flow]), host: NotebookHost(), today: F.today)
        #expect(F.lines(engine.start(flow: "each", in: Session())) == ["Done."])
        #expect(F.lines(engine.start(flow: "each", in: Session(slots: ["items": .list([])]))) == ["Done."])
        #expect(F.lines(engine.start(flow: "each", in: Session(slots: ["items": .text("Chess")]))) == ["Item: Chess.", "Done."])
        #expect(F.lines(engine.start(flow: "each", in: Session(slots: ["items": .list([.text("a"), .text("b")])])))
            == ["Item: a.", "Item: b.", "Done."])
    }
}
