import Testing
@testable import DialogueEngine

/// The grammar transforms templates use: `{{a(role)}}`, `{{s(n)}}`, `{{lower_first(text)}}`.
@Suite struct TextTransformTests {
    func apply(_ name: String, _ text: String) -> String? {
        (TextValue(text: text).transform(name) as? TextValue)?.text
    }

    @Test(arguments: [
        ("intern", "an intern"), ("product manager", "a product manager"), ("UX designer", "a UX designer"),
        ("MBA student", "an MBA student"), ("SEO lead", "an SEO lead"), ("university lecturer", "a university lecturer"),
        ("hour-long chat", "an hour-long chat"), ("honest answer", "an honest answer"), ("European firm", "a European firm"),
        ("one-page report", "a one-page report"), ("engineer", "an engineer"), ("data analyst", "a data analyst"),
    ])
    func theArticleFitsHowTheWordIsSaid(_ word: String, _ expected: String) {
        #expect(apply("a", word) == expected)
    }

    @Test func anEmptyTextGetsNoArticle() {
        #expect(apply("a", "") == "")
        #expect(TextValue(text: "").isNull)
    }

    @Test func pluralsFollowTheNumber() {
        #expect(apply("s", "1") == "")
        #expect(apply("s", "2") == "s")
        #expect(apply("s", "0") == "s")
    }

    @Test func theFirstLetterChangesUnlessItIsANameOrI() {
        #expect(apply("lower_first", "Lead a product team") == "lead a product team")
        #expect(apply("lower_first", "I led the team") == "I led the team")
        #expect(apply("lower_first", "UX research for schools") == "UX research for schools")
        #expect(apply("lower_first", "McKinsey") == "McKinsey")
        #expect(apply("upper_first", "picking up skills") == "Picking up skills")
    }

    @Test func composingRendersNamesBesidesFacts() throws {
        let program = Program()
        let template = Template(source: "{{a(goal.role)}} at {{goal.organization}}",
                                template: try .init(string: "{{% CONTENT_TYPE: TEXT}}{{a(goal.role)}} at {{goal.organization}}"))
        struct NoHost: DialogueHost {
            func fact(_ path: String) -> Value? { nil }
            mutating func perform(action: String, arguments: [String: Value], slots: [String: Value]) -> ActionOutcome { .init() }
            mutating func override(fact path: String, with value: Value) {}
        }
        let engine = Engine(program: program, host: NoHost(), today: CalendarDate(year: 2026, month: 1, day: 1)!)
        #expect(engine.compose(template, names: ["goal.role": .text("engineer"), "goal.organization": .text("Acme")]) == "an engineer at Acme")
    }
}
