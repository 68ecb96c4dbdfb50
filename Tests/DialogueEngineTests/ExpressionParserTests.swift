import Foundation
import Testing
@testable import DialogueEngine

@Suite struct ExpressionParserTests {
    @Test func parsesLiteralsOfEveryKind() throws {
        #expect(try parsed("'student'") == .literal(.text("student"), columns(1, 9)))
        #expect(try parsed("\"student\"") == .literal(.text("student"), columns(1, 9)))
        #expect(try parsed(#"'it\'s'"#) == .literal(.text("it's"), columns(1, 7)))
        #expect(try parsed(#""say \"hi\" \\ bye""#) == .literal(.text(#"say "hi" \ bye"#), columns(1, 19)))
        #expect(try parsed("3") == .literal(.number(3), columns(1, 1)))
        #expect(try parsed("3.5") == .literal(.number(3.5), columns(1, 3)))
        #expect(try parsed("-2") == .literal(.number(-2), columns(1, 2)))
        #expect(try parsed("1e3") == .literal(.number(1000), columns(1, 3)))
        #expect(try parsed("true") == .literal(.bool(true), columns(1, 4)))
        #expect(try parsed("false") == .literal(.bool(false), columns(1, 5)))
        #expect(try parsed("['a', \"b\"]") == .literal(.list([.text("a"), .text("b")]), columns(1, 10)))
        #expect(try parsed("[1, 2.5]") == .literal(.list([.number(1), .number(2.5)]), columns(1, 8)))
        #expect(try parsed("[]") == .literal(.list([]), columns(1, 2)))
    }

    @Test func parsesPathsAndCalls() throws {
        #expect(try parsed("values.top") == .path("values.top", columns(1, 10)))
        #expect(try parsed("_a.b_2.c") == .path("_a.b_2.c", columns(1, 8)))
        #expect(try parsed("count(values.top)") == .call("count", [.path("values.top", columns(7, 16))], columns(1, 17)))
        #expect(try parsed("exists( school )") == .call("exists", [.path("school", columns(9, 14))], columns(1, 16)))
        #expect(try parsed("lower(name)") == .call("lower", [.path("name", columns(7, 10))], columns(1, 11)))
        // Unknown functions parse, so the checker can suggest the right name.
        #expect(try parsed("size()") == .call("size", [], columns(1, 6)))
        #expect(try shape(parsed("f(a, b == 1)")) == "f(a, (b == 1))")
        // Keywords are only keywords on their own: these are paths.
        #expect(try parsed("notes") == .path("notes", columns(1, 5)))
        #expect(try parsed("order.and") == .path("order.and", columns(1, 9)))
    }

    @Test func parsesEveryOperator() throws {
        for op in ComparisonOperator.allCases {
            #expect(try shape(parsed("a \(op.rawValue) 3")) == "(a \(op.rawValue) 3)")
        }
        #expect(try shape(parsed("a in b")) == "(a in b)")
        #expect(try shape(parsed("a contains 'x'")) == "(a contains x)")
        #expect(try shape(parsed("not a")) == "(not a)")
        #expect(try shape(parsed("a and b")) == "(a and b)")
        #expect(try shape(parsed("a or b")) == "(a or b)")
        #expect(try shape(parsed("a<=3")) == "(a <= 3)")
    }

    @Test func notBindsLooserThanComparison() throws {
        #expect(try shape(parsed("not a == b")) == "(not (a == b))")
        #expect(try shape(parsed("not not a")) == "(not (not a))")
        #expect(try shape(parsed("not 'x' in a and b")) == "((not (x in a)) and b)")
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try shape(parsed("a or b and c")) == "(a or (b and c))")
        #expect(try shape(parsed("a and b or c")) == "((a and b) or c)")
        #expect(try shape(parsed("a or b or c")) == "((a or b) or c)")
        #expect(try shape(parsed("(a or b) and c")) == "((a or b) and c)")
        #expect(try shape(parsed("not (a or b)")) == "(not (a or b))")
    }

    @Test func rangesCoverTheWrittenText() throws {
        let text = "stage == 'student' and not exists(school)"
        guard case let .and(left, right, range) = try parsed(text) else {
            Issue.record("expected an 'and' at the top")
            return
        }
        #expect(range == columns(1, 41))
        #expect(left == .comparison(.equal, .path("stage", columns(1, 5)), .literal(.text("student"), columns(10, 18)), columns(1, 18)))
        #expect(right == .not(.call("exists", [.path("school", columns(35, 40))], columns(28, 41)), columns(24, 41)))
    }

    @Test func parenthesesWidenTheEnclosingRangeOnly() throws {
        guard case let .and(left, right, range) = try parsed("(a == b) and c") else {
            Issue.record("expected an 'and' at the top")
            return
        }
        #expect(range == columns(1, 14))
        #expect(left.range == columns(2, 7))
        #expect(right.range == columns(14, 14))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // 'café 🙂' is 8 characters but more UTF-8 bytes and UTF-16 units.
        guard case let .comparison(_, _, right, _) = try parsed("'café 🙂' == name") else {
            Issue.record("expected a comparison")
            return
        }
        #expect(right.range == columns(13, 16))
    }

    @Test func descriptionIsCanonical() throws {
        #expect(try parsed("(a)  and(b)").description == "a and b")
        #expect(try parsed("a and (b or c)").description == "a and (b or c)")
        #expect(try parsed("(a and b) or c").description == "a and b or c")
        #expect(try parsed("a or (b or c)").description == "a or (b or c)")
        #expect(try parsed("not (a and b)").description == "not (a and b)")
        #expect(try parsed("(not a) == b").description == "(not a) == b")
        #expect(try parsed("\"it's\" in ['a',\"b\"]").description == #"'it\'s' in ['a', 'b']"#)
        #expect(try parsed("count( values.top )>=3.50").description == "count(values.top) >= 3.5")
        #expect(try parsed("exists(x)==true").description == "exists(x) == true")
        #expect(try parsed("1e20 > x").description == "1e+20 > x")
    }

    @Test func descriptionParsesBackToTheSameTree() throws {
        let texts = [
            "stage == 'student' and not exists(school)",
            "count(values.top) >= 3 and 'autonomy' in values.top",
            "not (a or b) and (c or d) or e",
            #"lower(name) contains 'o\'brien' or x != -2.25"#,
            "f((a and b) == (c or d), [true, false])",
        ]
        for text in texts {
            let first = try parsed(text)
            let second = try parsed(first.description)
            #expect(shape(second) == shape(first), "\(text)")
            #expect(second.description == first.description)
        }
    }

    @Test func roundTripsThroughCodable() throws {
        let expression = try parsed("count(values.top) >= 3 and 'autonomy' in values.top or not exists(school)")
        let data = try JSONEncoder().encode(expression)
        #expect(try JSONDecoder().decode(Expression.self, from: data) == expression)
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let depth = ExpressionParser.maximumDepth
        let parens = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        #expect(try parsed(parens) == .path("a", columns(depth + 1, depth + 1)))
        let nots = String(repeating: "not ", count: depth - 1) + "a"
        #expect(try parsed(nots).description == nots)
    }
}
