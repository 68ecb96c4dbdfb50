import Testing
@testable import DialogueEngine

@Suite struct ExpressionEvaluatorTests {
    static let december3 = CalendarDate(year: 2026, month: 12, day: 3)!
    static let facts: [String: Value] = [
        "stage": .text("student"),
        "age": .number(24),
        "deadline": .date(december3),
        "started": .date(CalendarDate(year: 2026, month: 9, day: 1)!),
        "wants_remote": .bool(true),
        "relocate": .bool(false),
        "values.top": .list([.text("autonomy"), .text("security"), .text("growth")]),
        "empty_text": .text(""),
        "empty_list": .list([]),
        "name": .text("Ada Lovelace"),
    ]

    func value(_ text: String) throws -> Value? {
        ExpressionEvaluator.evaluate(try parsed(text)) { Self.facts[$0] }
    }

    func holds(_ text: String) throws -> Bool {
        ExpressionEvaluator.isSatisfied(try parsed(text)) { Self.facts[$0] }
    }

    @Test func comparesPresentValues() throws {
        #expect(try holds("stage == 'student'"))
        #expect(try !holds("stage == 'Student'"))
        #expect(try holds("stage != 'worker'"))
        #expect(try holds("age == 24.0"))
        #expect(try holds("age > 18 and age >= 24 and age < 25 and age <= 24"))
        #expect(try !holds("age < 24"))
        #expect(try holds("values.top == ['autonomy', 'security', 'growth']"))
        #expect(try !holds("values.top == ['security', 'autonomy', 'growth']"))
    }

    @Test func comparesDatesByDay() throws {
        #expect(try holds("started < deadline"))
        #expect(try holds("deadline >= deadline and deadline <= deadline"))
        #expect(try !holds("deadline < started"))
        #expect(try !holds("deadline > age"), "a date and a number do not order")
    }

    @Test func comparisonsWithAMissingValueAreFalseExceptNotEqual() throws {
        #expect(try !holds("unset == 'x'"))
        #expect(try holds("unset != 'x'"))
        #expect(try !holds("unset < 3"))
        #expect(try !holds("unset >= 3"))
        #expect(try !holds("3 > unset"))
        #expect(try !holds("unset == other_unset"))
        #expect(try holds("unset != other_unset"))
    }

    @Test func logicTreatsMissingAsFalse() throws {
        #expect(try !holds("unset and true"))
        #expect(try holds("unset or true"))
        #expect(try !holds("unset or relocate"))
        #expect(try holds("not unset"))
        #expect(try holds("not relocate"))
        #expect(try !holds("not wants_remote"))
        #expect(try value("wants_remote and relocate") == .bool(false))
        #expect(try value("stage") == .text("student"))
    }

    @Test func andOrShortCircuit() throws {
        var asked: [String] = []
        let lookup: (String) -> Value? = { asked.append($0); return Self.facts[$0] }
        _ = ExpressionEvaluator.evaluate(try parsed("relocate and stage == 'x'"), lookup: lookup)
        #expect(asked == ["relocate"])
        asked = []
        _ = ExpressionEvaluator.evaluate(try parsed("wants_remote or stage == 'x'"), lookup: lookup)
        #expect(asked == ["wants_remote"])
        asked = []
        _ = ExpressionEvaluator.evaluate(try parsed("relocate or stage == 'x'"), lookup: lookup)
        #expect(asked == ["relocate", "stage"])
    }

    @Test func inAndContainsWorkOnListsAndText() throws {
        #expect(try holds("'autonomy' in values.top"))
        #expect(try !holds("'money' in values.top"))
        #expect(try holds("values.top contains 'growth'"))
        #expect(try holds("'Love' in name"))
        #expect(try !holds("'love' in name"))
        #expect(try holds("name contains 'Ada'"))
        #expect(try holds("'' in name"))
        #expect(try holds("stage in ['student', 'graduate']"))
        #expect(try !holds("unset in values.top"))
        #expect(try !holds("'x' in unset"))
        #expect(try !holds("unset contains 'x'"))
        #expect(try !holds("name contains unset"))
    }

    @Test func functionsAndTheirMissingCases() throws {
        #expect(try value("count(values.top)") == .number(3))
        #expect(try value("count(name)") == .number(12))
        #expect(try value("count(unset)") == .number(0))
        #expect(try value("count(empty_list)") == .number(0))
        #expect(try value("lower(name)") == .text("ada lovelace"))
        #expect(try value("lower(unset)") == nil)
        #expect(try value("exists(stage)") == .bool(true))
        #expect(try value("exists(relocate)") == .bool(true), "false is a value")
        #expect(try value("exists(unset)") == .bool(false))
        #expect(try value("exists(empty_text)") == .bool(false))
        #expect(try value("exists(empty_list)") == .bool(false))
        #expect(try holds("count(values.top) >= 3 and 'autonomy' in values.top"))
        #expect(try holds("lower(name) contains 'ada'"))
        #expect(try holds("stage == 'student' and not exists(school)"))
    }

    @Test func illTypedOperandsGiveFalseOrNothingRatherThanTrapping() throws {
        #expect(try !holds("stage < 3"))
        #expect(try value("count(age)") == nil)
        #expect(try value("lower(age)") == nil)
        #expect(try value("nope(stage)") == nil)
        #expect(try value("count(stage, name)") == nil)
        #expect(try !holds("stage"))
    }

    @Test func pathsAreListedOnceInOrderOfAppearance() throws {
        let expression = try parsed("stage == 'x' and (values.top contains stage or exists(school)) or count(values.top) > 1")
        #expect(expression.paths == ["stage", "values.top", "school"])
        #expect(try parsed("'a' in ['a'] and true").paths == [])
    }
}
