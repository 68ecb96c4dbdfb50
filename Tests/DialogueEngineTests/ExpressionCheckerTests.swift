import Testing
@testable import DialogueEngine

@Suite struct ExpressionCheckerTests {
    /// The slots of a typical career-change flow.
    static let slots: [String: ValueType] = [
        "stage": .text,
        "school": .text,
        "age": .number,
        "deadline": .date,
        "started": .date,
        "wants_remote": .bool,
        "values.top": .list(.text),
        "scores": .list(.number),
        "notes": .any,
    ]

    func check(_ text: String) throws -> (type: ValueType, problems: [ExpressionProblem]) {
        ExpressionChecker.check(try parsed(text), types: Self.slots)
    }

    @Test func wellTypedConditionsHaveNoProblems() throws {
        let conditions = [
            "stage == 'student' and not exists(school)",
            "count(values.top) >= 3 and 'autonomy' in values.top",
            "values.top contains 'security' or wants_remote",
            "'eng' in stage and stage contains 'eng'",
            "deadline > started and age <= 30.5",
            "lower(stage) == 'student'",
            "count(stage) > 0 and 3 in scores and scores == [1, 2]",
            "notes == 3 and notes in values.top and notes < 2",
            "values.top == [] and not wants_remote == false",
        ]
        for condition in conditions {
            let result = try check(condition)
            #expect(result.problems == [], "\(condition)")
            #expect(result.type == .bool, "\(condition)")
        }
    }

    @Test func reportsTheOverallTypeForTheCallerToJudge() throws {
        #expect(try check("count(values.top)").type == .number)
        #expect(try check("lower(stage)").type == .text)
        #expect(try check("values.top").type == .list(.text))
        #expect(try check("['a']").type == .list(.text))
        #expect(try check("stag").type == .any)
    }

    @Test func unknownPathSuggestsTheNearestKnownOne() throws {
        let result = try check("stag == 'student'")
        #expect(result.problems == [.unknownPath("stag", range: columns(1, 4), suggestion: "stage")])
        #expect(result.problems.first?.message == "'stag' is not a slot or fact this flow knows; did you mean 'stage'?")
        // An unknown path is typed 'any', so the comparison adds no second complaint.
        #expect(try check("stag == 3").problems.count == 1)
        #expect(try check("values.topp contains 'x'").problems
            == [.unknownPath("values.topp", range: columns(1, 11), suggestion: "values.top")])
        #expect(try check("zebra").problems == [.unknownPath("zebra", range: columns(1, 5), suggestion: nil)])
    }

    @Test func candidatesAreTheCallersToGive() throws {
        let expression = try parsed("stag == 'x'")
        let without = ExpressionChecker.check(expression) { $0 == "stage" ? .text : nil }
        #expect(without.problems == [.unknownPath("stag", range: columns(1, 4), suggestion: nil)])
        let with = ExpressionChecker.check(expression, candidates: ["stage", "school"]) { $0 == "stage" ? .text : nil }
        #expect(with.problems == [.unknownPath("stag", range: columns(1, 4), suggestion: "stage")])
    }

    @Test func logicNeedsYesNo() throws {
        #expect(try check("stage and wants_remote").problems
            == [.typeMismatch(expected: [.bool], found: .text, range: columns(1, 5))])
        #expect(try check("wants_remote or age").problems
            == [.typeMismatch(expected: [.bool], found: .number, range: columns(17, 19))])
        let notText = try check("not stage")
        #expect(notText.problems == [.typeMismatch(expected: [.bool], found: .text, range: columns(5, 9))])
        #expect(notText.problems.first?.message == "expected yes/no, found text")
    }

    @Test func equalityNeedsMatchingTypes() throws {
        let result = try check("stage == 3")
        #expect(result.problems == [.typeMismatch(expected: [.text], found: .number, range: columns(10, 10))])
        #expect(result.problems.first?.message == "expected text, found a number")
        #expect(try check("values.top != 'a'").problems
            == [.typeMismatch(expected: [.list(.text)], found: .text, range: columns(15, 17))])
    }

    @Test func orderingNeedsTwoNumbersOrTwoDates() throws {
        let text = try check("stage < 'b'")
        #expect(text.problems == [.typeMismatch(expected: [.number, .date, .dateTime], found: .text, range: columns(1, 5)),
                                  .typeMismatch(expected: [.number, .date, .dateTime], found: .text, range: columns(9, 11))])
        #expect(text.problems.first?.message == "expected a number, a date or a date and time, found text")
        #expect(try check("age >= deadline").problems
            == [.typeMismatch(expected: [.number], found: .date, range: columns(8, 15))])
        #expect(try check("deadline < 3").problems
            == [.typeMismatch(expected: [.date], found: .number, range: columns(12, 12))])
    }

    @Test func membershipNeedsAContainerAndAFittingElement() throws {
        #expect(try check("3 in values.top").problems
            == [.typeMismatch(expected: [.text], found: .number, range: columns(1, 1))])
        #expect(try check("values.top contains 3").problems
            == [.typeMismatch(expected: [.text], found: .number, range: columns(21, 21))])
        let notAContainer = try check("'x' in age")
        #expect(notAContainer.problems == [.typeMismatch(expected: [.list(.any), .text], found: .number, range: columns(8, 10))])
        #expect(notAContainer.problems.first?.message == "expected a list or text, found a number")
        #expect(try check("stage contains 1").problems
            == [.typeMismatch(expected: [.text], found: .number, range: columns(16, 16))])
    }

    @Test func functionsCheckTheirArguments() throws {
        #expect(try check("count(age) > 1").problems
            == [.typeMismatch(expected: [.list(.any), .text], found: .number, range: columns(7, 9))])
        #expect(try check("lower(age) == 'x'").problems
            == [.typeMismatch(expected: [.text], found: .number, range: columns(7, 9))])
        let notAPath = try check("exists('school')")
        #expect(notAPath.problems == [.notAPath(range: columns(8, 15))])
        #expect(notAPath.problems.first?.message == "exists(...) takes the name of a slot or fact, such as exists(school)")
        let count = try check("exists(stage, school)")
        #expect(count.problems == [.wrongArgumentCount(function: "exists", expected: 1, found: 2, range: columns(1, 21))])
        #expect(count.problems.first?.message == "exists(...) takes 1 argument, found 2")
        #expect(try check("count() == 0").problems == [.wrongArgumentCount(function: "count", expected: 1, found: 0, range: columns(1, 7))])
    }

    @Test func unknownFunctionsSuggestAKnownOne() throws {
        let typo = try check("exist(school)")
        #expect(typo.problems == [.unknownFunction("exist", range: columns(1, 5), suggestion: "exists")])
        #expect(typo.problems.first?.message
            == "there is no function 'exist'; did you mean 'exists'? (known: count(), exists(), lower(), words(), matches(), "
                + "items(), tags(), tagged(), names(), without(), union(), first(), rest(), days_between())")
        #expect(try check("len(values.top) > 2").problems == [.unknownFunction("len", range: columns(1, 3), suggestion: "count")])
        #expect(try check("frobnicate(stage)").problems == [.unknownFunction("frobnicate", range: columns(1, 10), suggestion: nil)])
        // Arguments of an unknown function are still checked.
        #expect(try check("size(stag)").problems.count == 2)
    }

    @Test func reportsEveryProblemInOnePass() throws {
        let result = try check("stag == 'x' and age > 'ten' or not exits(school)")
        #expect(result.problems.map(\.range) == [columns(1, 4), columns(23, 27), columns(36, 40)])
        #expect(result.type == .bool)
    }
}
