import Testing
@testable import DialogueEngine

/// What one turn says and hands back: suggestions outside a flow, the host as actions leave it,
/// full lists, `where` before the counted questions, the end of a flow, and how templates show
/// lists and dates.
@Suite struct EngineTurnTests {
    typealias F = EngineFixtures

    // MARK: Inference outside a flow

    static let rules = [
        F.rule("fair-first", group: "next", when: "stage == 'student'", salience: 10,
               [.suggest(F.template("Go to the career fair on {{fair}}."), item: nil), .set(slot: "fair_suggested", value: F.expression("true"))],
               because: "Students meet employers most easily at fairs."),
        F.rule("values-first", group: "next", when: "not exists(values.top)",
               [.suggest(F.template("Sort your values first."), item: nil)], because: "Everything else builds on them."),
        F.rule("bring-cv", group: "next", when: "fair_suggested", [.tip(F.template("Bring your CV."))],
               because: "Recruiters ask for it."),
    ]

    static func nextEngine(_ flows: [Flow] = []) -> Engine {
        let host = NotebookHost(facts: ["stage": .text("student"), "fair": .date(CalendarDate(year: 2027, month: 6, day: 1)!)])
        return Engine(program: F.program(flows, rules: rules, facts: ["stage": .text, "fair": .date, "values.top": .list(.text)]),
                      host: host, today: F.today)
    }

    @Test func inferOutsideAFlowNumbersItsSuggestionsAndKeepsNoSlot() {
        let engine = Self.nextEngine()
        let turn = engine.infer(group: "next", in: Session())
        #expect(F.lines(turn) == ["1. Go to the career fair on 1 June 2027.", "2. Sort your values first.", "Tip: Bring your CV."])
        #expect(turn.session.slots.isEmpty, "fair_suggested was only for the rules")
        #expect(turn.session.firings.map(\.rule) == ["fair-first", "values-first", "bring-cv"])
        // Inferring again reads the same: no flag was left set.
        #expect(F.lines(engine.infer(group: "next", in: turn.session)) == F.lines(turn))
    }

    @Test func suggestionsFromInferenceCanBeExplained() {
        let engine = Self.nextEngine()
        let session = engine.infer(group: "next", in: Session()).session
        #expect(engine.explain(suggestion: 1, in: session) == .info(
            "Suggestion 1 comes from the rule 'fair-first' (rules/next.yaml:3:5).\nIt matched: stage = student.\n"
                + "Because: Students meet employers most easily at fairs."))
        #expect(F.lines(engine.respond(to: "why 2", in: session)) == [
            "Suggestion 2 comes from the rule 'values-first' (rules/next.yaml:3:5).",
            "It matched: values.top = (not set).", "Because: Everything else builds on them.",
        ])
        #expect(engine.explain(suggestion: 3, in: session) == .info("There is no suggestion 3; the suggestions are numbered 1 to 2."))
        #expect(engine.explain(suggestion: 1, in: Session()) == .info("There are no numbered suggestions to explain yet."))
    }

    @Test func inferenceLeavesAFlowUnderWayAsItWas() {
        let flow = F.flow("name", title: "Name", [F.ask("name", "Your name?", .text(minLength: nil, maxLength: nil)),
                                                  F.say("Hello {{name}}.")])
        let engine = Self.nextEngine([flow])
        let asking = engine.start(flow: "name", in: Session()).session
        let inferred = engine.infer(group: "next", in: asking).session
        #expect(inferred.frames == asking.frames)
        #expect(inferred.waiting == asking.waiting)
        #expect(F.lines(engine.respond(to: "Ana", in: inferred)) == ["Hello Ana.", "(Name finished)"])
    }

    // MARK: The host through a turn

    @Test func anActionsChangeIsSeenLaterInTheSameTurnAndHandedBack() {
        let flow = F.flow("notes", title: "Notes", [
            F.action("add-note", ["note": "'first'"]),
            F.say("You have {{notes.count}} notes."),
            .jumpUnless(Condition(text: "notes.count > 1", expression: F.expression("notes.count > 1")), target: 4),
            F.say("That is more than one."),
            F.action("add-note", ["note": "'second'"]),
            F.set("total", "notes.count"),
        ])
        let host = NotebookHost(facts: ["notes.all": .list([.text("old")])])
        let engine = Engine(program: F.program([flow], facts: ["notes.count": .number]), host: host, today: F.today)
        let turn = engine.start(flow: "notes", in: Session())
        #expect(F.lines(turn) == ["You have 2 notes.", "That is more than one."])
        #expect(turn.session.slots["total"] == .number(3))
        #expect(turn.session.slots["note_number"] == .number(3), "the action's result slot")
        #expect(turn.host.fact("notes.all") == .list([.text("old"), .text("first"), .text("second")]))
        #expect(engine.host.fact("notes.count") == .number(1), "the engine's own host is not changed")
    }

    // MARK: Lists, where, and the end of a flow

    @Test func aFullListWaitsForTheEmptyLineAndSaysSo() {
        let flow = F.flow("refs", title: "References", [
            F.ask("refs", "Up to two references, one a line; an empty line when done.", .list(minItems: 1, maxItems: 2)),
            F.ask("name", "Your name?", .text(minLength: nil, maxLength: nil), number: 2),
        ])
        let engine = Engine(program: F.program([flow]), host: NotebookHost(), today: F.today)
        let turns = engine.play("refs", ["", "Ana", "Bo", "Cy", ""])
        #expect(F.lines(turns[1]) == ["Please add 1 more item, one a line."])
        #expect(F.lines(turns[3]) == [])
        #expect(F.lines(turns[4]) == ["That is all this list takes (2); press Enter on an empty line to go on."])
        #expect(turns[4].session.slots["refs"] == nil)
        #expect(F.lines(turns[5]) == ["Your name?"])
        #expect(turns[5].session.slots["refs"] == .list([.text("Ana"), .text("Bo")]))
    }

    static let values = F.flow("values", title: "Your values", [
        F.ask("choice", "Keep or redo?", .choice([ChoiceOption(id: "keep", label: "Keep"), ChoiceOption(id: "redo", label: "Redo")]),
              number: 0),
        F.ask("first", "First?", .text(minLength: nil, maxLength: nil), number: 1),
        F.ask("second", "Second?", .text(minLength: nil, maxLength: nil), number: 2),
    ])

    @Test func whereBeforeTheCountedQuestionsSaysSo() {
        let engine = Engine(program: F.program([Self.values]), host: NotebookHost(), today: F.today)
        let turns = engine.play("values", ["where", "redo", "where"])
        #expect(F.lines(turns[1]) == ["Your values: an extra question, besides its 2 numbered ones."])
        #expect(F.lines(turns[3]) == ["Your values: question 1 of 2."])
        #expect(engine.position(of: turns[0].session)?.question == 0)
        #expect(engine.position(of: turns[0].session)?.questionCount == 2)
    }

    @Test
    func whereAtAQuestionAskedAgainAfterTheCountedOnesDoesNotSayBefore() {
        // As the strengths flow asks a STAR part again after a rule found it weak (counted: false).
        let stories = F.flow("stories", title: "Your stories", [
            F.ask("situation", "Situation?", .text(minLength: nil, maxLength: nil), number: 1),
            F.ask("result", "Result?", .text(minLength: nil, maxLength: nil), number: 2),
            F.ask("result", "What changed, in numbers?", .text(minLength: nil, maxLength: nil), number: 0),
        ])
        let engine = Engine(program: F.program([stories]), host: NotebookHost(), today: F.today)
        let turn = engine.play("stories", ["A flaky build", "It worked", "where"]).last!
        #expect(F.lines(turn).count == 1)
        #expect(!F.lines(turn).joined().contains("before"), "two of its questions are behind the user: \(F.lines(turn))")
    }

    @Test
    func whereInAFlowWhoseQuestionsAreAllUncountedDoesNotCountZero() {
        // As the goals flow, whose own questions are all counted: false (the counted ones are in goal-details).
        let goals = F.flow("goals", title: "Your goals", [
            F.ask("second_short", "Is there a second goal for the next 12 months?", .yesNo, number: 0),
        ])
        let engine = Engine(program: F.program([goals]), host: NotebookHost(), today: F.today)
        let turn = engine.play("goals", ["where"]).last!
        #expect(!F.lines(turn).joined().contains("0 questions"), "\(F.lines(turn))")
    }

    @Test func whereNamesTheCallingFlows() {
        let start = F.flow("start", title: "Getting started", [.call(flow: "values")])
        let engine = Engine(program: F.program([start, Self.values]), host: NotebookHost(), today: F.today)
        let turns = engine.play("start", ["where", "keep", "a", "b"])
        #expect(F.lines(turns[1]) == ["Your values: an extra question, besides its 2 numbered ones. (Inside: Getting started.)"])
        #expect(F.lines(turns[4]) == ["(Getting started finished)"], "one line, for the flow the user started")
    }

    @Test func aFlowThatAskedNothingEndsWithoutAFinishedLine() {
        let summary = F.flow("summary", title: "Summary", [F.say("Your top values: none yet.")])
        let skipped = F.flow("pick", title: "Pick", [
            F.ask("favourite", "Which one?", .choice(F.values.options), from: "shortlist"),
            F.say("Nothing to choose from yet."),
        ])
        let engine = Engine(program: F.program([summary, skipped, Self.values]), host: NotebookHost(), today: F.today)
        #expect(F.lines(engine.start(flow: "summary", in: Session())) == ["Your top values: none yet."])
        #expect(F.lines(engine.start(flow: "pick", in: Session())) == ["Nothing to choose from yet."])
        #expect(F.lines(engine.play("values", ["keep", "a", "b"]).last!) == ["(Your values finished)"])
    }

    // MARK: Templates

    @Test func listsReadAsInASentence() {
        let flow = F.flow("lists", title: "Lists", [
            F.ask("skills", "Skills?", .list(minItems: 0, maxItems: nil)),
            F.ask("very", "Values?", .multiChoice(F.values.options, min: 0, max: nil), number: 2),
            F.say("Skills: {{skills}}{{^skills}}none{{/skills}}. Values: {{very}}. Known for: {{known_for}}."),
            F.say("{{#skills}}[{{.}}]{{/skills}}"),
        ])
        let host = NotebookHost(facts: ["known_for": .list([.text("SQL"), .text("teaching"), .text("patience")])])
        let engine = Engine(program: F.program([flow], facts: ["known_for": .list(.text)]), host: host, today: F.today)
        let three = engine.play("lists", ["SQL", "Python", "Excel", "", "1, 5"]).last!
        #expect(F.lines(three).prefix(2) == [
            "Skills: SQL, Python and Excel. Values: Autonomy and Learning. Known for: SQL, teaching and patience.",
            "[SQL][Python][Excel]",
        ])
        let two = engine.play("lists", ["SQL", "Python", "", "3"]).last!
        #expect(F.lines(two).first == "Skills: SQL and Python. Values: Financial reward. Known for: SQL, teaching and patience.")
        let none = engine.play("lists", ["", "4, 2, 1"]).last!
        #expect(F.lines(none).first
            == "Skills: none. Values: Work-life balance, Security and Autonomy. Known for: SQL, teaching and patience.")
    }

    @Test func datesReadAsPeopleWriteThem() {
        let flow = F.flow("dates", title: "Dates", [
            F.ask("start", "When do you start?", .date),
            F.say("You start on {{start}}; the fair is on {{fair}}."),
            F.say("{{#goals}}{{text}} by {{deadline}}{{/goals}}"),
        ])
        let june = CalendarDate(year: 2027, month: 6, day: 1)!
        let host = NotebookHost(facts: [
            "fair": .date(CalendarDate(year: 2026, month: 12, day: 3)!),
            "goals": .list([.record(["text": .text("Land an internship"), "deadline": .date(june)])]),
        ])
        let engine = Engine(program: F.program([flow], facts: ["fair": .date, "goals": .list(.record)]), host: host, today: F.today)
        let turn = engine.play("dates", ["June 2027"]).last!
        #expect(F.lines(turn).prefix(2) == ["You start on Tuesday 1 June 2027; the fair is on 3 December 2026.",
                                            "Land an internship by 1 June 2027"])
    }
}
