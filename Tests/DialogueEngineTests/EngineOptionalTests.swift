import Testing
@testable import DialogueEngine

/// Questions that may be skipped, always or only while a condition holds, and slots forgotten between rounds.
@Suite struct EngineOptionalTests {
    typealias F = EngineFixtures

    static let text = SlotType.text(minLength: 2, maxLength: nil)

    @Test func enterOnAnOptionalQuestionSkipsItQuietly() {
        let flow = F.flow("f", title: "F", [F.ask("school", "School?", Self.text, optional: true), F.say("Done.")])
        let engine = Engine(program: F.program([flow]), host: NotebookHost(), today: F.today)
        let turns = engine.play("f", [""])
        #expect(F.lines(turns[1]) == ["Done.", "(F finished)"], "Enter keeps what is there without a word; 'skip' says 'Skipped.'")
        #expect(turns[1].session.slots["school"] == nil)
        // On a question that needs an answer, Enter still asks for one.
        let required = F.flow("g", title: "G", [F.ask("school", "School?", Self.text)])
        let strict = Engine(program: F.program([required]), host: NotebookHost(), today: F.today).play("g", [""])
        #expect(F.lines(strict[1]) == ["Please type an answer."])
    }

    @Test func aQuestionOptionalWhileAConditionHoldsCanBeSkippedOnlyThen() {
        guard case var .ask(name) = F.ask("name", "Name?", Self.text) else { return }
        name.optionalWhen = F.expression("editing")
        let flow = F.flow("f", title: "F", [.ask(name), F.say("Hello{{#name}}, {{name}}{{/name}}.")])
        let engine = Engine(program: F.program([flow]), host: NotebookHost(), today: F.today)
        let editing = engine.play("f", ["skip"], from: Session(slots: ["editing": .bool(true)]))
        #expect(F.lines(editing[1]) == ["Skipped.", "Hello.", "(F finished)"])
        let fresh = engine.play("f", ["skip", "Ana"], from: Session(slots: ["editing": .bool(false)]))
        #expect(F.lines(fresh[1]) == ["This question needs an answer. Type 'help' for more about it."])
        #expect(F.lines(fresh[2]) == ["Hello, Ana.", "(F finished)"])
    }

    @Test func enterFirstOnAnOptionalListKeepsRatherThanEmptying() {
        let flow = F.flow("f", title: "F", [F.ask("orgs", "Organisations?", .list(minItems: 0, maxItems: 3), optional: true)])
        let engine = Engine(program: F.program([flow]), host: NotebookHost(), today: F.today)
        #expect(engine.play("f", [""])[1].session.slots["orgs"] == nil)
        #expect(engine.play("f", ["Acme", ""])[2].session.slots["orgs"] == .list([.text("Acme")]))
    }

    @Test func forgetClearsSlotsSoALoopRoundStartsClean() {
        let flow = F.flow("f", title: "F", [
            F.set("end", "'2025-06'"),
            .forget(slots: ["end", "never_set"]),
            F.say("{{^end}}No end.{{/end}}{{#end}}End {{end}}.{{/end}}"),
        ])
        let turn = Engine(program: F.program([flow]), host: NotebookHost(), today: F.today).play("f", []).first!
        #expect(F.lines(turn) == ["No end."])
        #expect(turn.session.slots["end"] == nil)
    }
}
