import Testing
@testable import DialogueEngine

/// What `coach check` tells a content author about calls to the text, catalog and date functions.
@Suite struct ExpressionFunctionCheckerTests {
    static let slots: [String: ValueType] = [
        "goal_text": .text,
        "pattern": .text,
        "catalog_id": .text,
        "age": .number,
        "today": .date,
        "deadline": .date,
        "top": .list(.text),
        "scores": .list(.number),
    ]
    static let catalogs = ["fields", "values", "strengths"]

    func check(_ text: String) throws -> (type: ValueType, problems: [ExpressionProblem]) {
        ExpressionChecker.check(try parsed(text), types: Self.slots, catalogs: Self.catalogs)
    }

    @Test func wellFormedCallsHaveNoProblemsAndTheirResultTypes() throws {
        let typed: [(String, ValueType)] = [
            ("words(goal_text)", .list(.text)),
            (#"matches(goal_text, '\b(job|role)\b')"#, .bool),
            ("items('values')", .list(.text)),
            ("tags('fields', goal_text)", .list(.text)),
            ("tags('values', top)", .list(.text)),
            ("tagged('values', top, 'long-hours-tension')", .list(.text)),
            ("names('values', top)", .list(.text)),
            ("without(items('values'), top)", .list(.text)),
            ("union(scores, [3])", .list(.number)),
            ("days_between(today, deadline)", .number),
        ]
        for (condition, type) in typed {
            let result = try check(condition)
            #expect(result.problems == [], "\(condition)")
            #expect(result.type == type, "\(condition)")
        }
        #expect(try check("count(words(goal_text)) < 4 and days_between(today, deadline) > 30").type == .bool)
    }

    @Test func anUnknownCatalogSuggestsTheNearestOne() throws {
        let result = try check("items('feilds')")
        #expect(result.problems == [.unknownCatalog("feilds", range: columns(7, 14), suggestion: "fields")])
        #expect(result.problems.first?.message == "there is no catalog 'feilds'; did you mean 'fields'?")
        #expect(try check("tags('strenghts', top)").problems.first?.message
            == "there is no catalog 'strenghts'; did you mean 'strengths'?")
        #expect(try check("names('planets', top)").problems.first?.message == "there is no catalog 'planets'")
        // Without a list of catalogs (a checker with no content behind it) any id is accepted.
        #expect(ExpressionChecker.check(try parsed("items('planets')"), types: Self.slots).problems == [])
    }

    @Test func theCatalogMustBeWrittenOut() throws {
        let result = try check("tags(catalog_id, top)")
        #expect(result.problems == [.notALiteral(function: "tags", what: "a catalog id in quotes", range: columns(6, 15))])
        #expect(result.problems.first?.message == "tags(...) needs a catalog id in quotes here, written out rather than computed")
        #expect(try check("items(catalog_id)").problems.count == 1)
        #expect(try check("tagged(catalog_id, top, 'x')").problems.count == 1)
    }

    @Test func thePatternMustBeWrittenOutAndReadable() throws {
        let computed = try check("matches(goal_text, pattern)")
        #expect(computed.problems == [.notALiteral(function: "matches", what: "a pattern in quotes", range: columns(20, 26))])
        #expect(computed.problems.first?.message == "matches(...) needs a pattern in quotes here, written out rather than computed")
        let broken = try check("matches(goal_text, '(job')")
        #expect(broken.problems.count == 1)
        guard case let .invalidPattern(_, range)? = broken.problems.first else {
            Issue.record("expected an invalid pattern, found \(broken.problems)")
            return
        }
        #expect(range == columns(20, 25))
        #expect(broken.problems.first?.message.hasPrefix("the pattern cannot be read: ") == true)
    }

    @Test func wrongArgumentCountsNameWhatTheFunctionTakes() throws {
        let cases: [(String, String, Int, Int)] = [
            ("matches(goal_text)", "matches", 2, 1),
            ("words(goal_text, top)", "words", 1, 2),
            ("items()", "items", 1, 0),
            ("tagged('values', top)", "tagged", 3, 2),
            ("days_between(today)", "days_between", 2, 1),
            ("union(top, top, top)", "union", 2, 3),
        ]
        for (condition, function, expected, found) in cases {
            let problems = try check(condition).problems
            #expect(problems.count == 1, "\(condition)")
            guard case let .wrongArgumentCount(name, wanted, given, _)? = problems.first else {
                Issue.record("\(condition): \(problems)")
                continue
            }
            #expect((name, wanted, given) == (function, expected, found), "\(condition)")
        }
        #expect(try check("tagged('values', top)").problems.first?.message == "tagged(...) takes 3 arguments, found 2")
    }

    @Test func argumentsOfTheWrongTypeAreUnderlined() throws {
        #expect(try check("words(age)").problems == [.typeMismatch(expected: [.text], found: .number, range: columns(7, 9))])
        #expect(try check("matches(top, 'x')").problems
            == [.typeMismatch(expected: [.text], found: .list(.text), range: columns(9, 11))])
        #expect(try check("tags('fields', age)").problems
            == [.typeMismatch(expected: [.text, .list(.text)], found: .number, range: columns(16, 18))])
        #expect(try check("tagged('values', top, 3)").problems
            == [.typeMismatch(expected: [.text], found: .number, range: columns(23, 23))])
        #expect(try check("without(top, goal_text)").problems
            == [.typeMismatch(expected: [.list(.text)], found: .text, range: columns(14, 22))])
        #expect(try check("union(top, scores)").problems
            == [.typeMismatch(expected: [.list(.text)], found: .list(.number), range: columns(12, 17))])
        #expect(try check("days_between(today, age)").problems
            == [.typeMismatch(expected: [.date], found: .number, range: columns(21, 23))])
        #expect(try check("days_between(today, deadline) == 'soon'").problems
            == [.typeMismatch(expected: [.number], found: .text, range: columns(34, 39))])
    }

    @Test func habitualNamesSuggestOurs() throws {
        #expect(try check("regex(goal_text, 'x')").problems.first?.message.hasPrefix("there is no function 'regex'; did you mean 'matches'?") == true)
        let suggestions = [("match", "matches"), ("concat", "union"), ("except", "without"), ("datediff", "days_between"),
                           ("tag", "tags"), ("name", "names")]
        for (typed, meant) in suggestions {
            let problems = try check("\(typed)(top, top)").problems
            #expect(problems.contains { problem in
                if case let .unknownFunction(name, _, suggestion) = problem { return name == typed && suggestion == meant }
                return false
            }, "\(typed): \(problems)")
        }
    }
}
