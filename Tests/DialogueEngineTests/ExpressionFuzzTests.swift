import Testing
import _TestSupport
@testable import DialogueEngine

/// Throws thousands of broken and nearly-right conditions at the parser, checker, evaluator and
/// printer. Whatever a coach types, none of them may trap, and every error must point inside the
/// text (or just past its end).
@Suite struct ExpressionFuzzTests {
    static let pieces = [
        "a", "b", "stage", "values.top", "age", "count", "exists", "lower", "size", "not", "and", "or",
        "in", "contains", "true", "false", "AND", "(", ")", "[", "]", ",", "==", "!=", "<", "<=", ">", ">=",
        "=", "!", "&", "'", "\"", "\\", "'x'", "\"y\"", "3", "3.5", "-", ".", "e", "1e9", " ", " ", "\t",
        "é", "🙂", "_", "9",
    ]

    static let seeds = [
        "stage == 'student' and not exists(school)",
        "count(values.top) >= 3 and 'autonomy' in values.top",
        "not (a or b) and (c or d) or e",
        #"lower(name) contains 'o\'brien' or x != -2.25"#,
        "deadline < started and age in [1, 2, 3]",
    ]

    static let types: [String: ValueType] = [
        "a": .bool, "b": .bool, "stage": .text, "values.top": .list(.text), "age": .number, "name": .text,
    ]

    static let facts: [String: Value] = [
        "a": .bool(true), "stage": .text("student"), "values.top": .list([.text("autonomy")]), "age": .number(3),
    ]

    func randomText(_ random: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...24, using: &random)
        return (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    func mutated(_ random: inout SeededGenerator) -> String {
        var characters = Array(Self.seeds.randomElement(using: &random)!)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let position = Int.random(in: 0...characters.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where position < characters.count:
                characters.remove(at: position)
            case 1:
                characters.insert(contentsOf: Self.pieces.randomElement(using: &random)!, at: position)
            case 2 where position < characters.count:
                let end = min(characters.count, position + Int.random(in: 1...6, using: &random))
                characters.insert(contentsOf: characters[position..<end], at: end)
            default:
                characters = Array(characters.prefix(position))
            }
        }
        return String(characters)
    }

    @Test func neverTrapsAndKeepsPositionsInsideTheText() {
        var random = SeededGenerator(seed: 20_261_203)
        var parsedCount = 0, failedCount = 0
        for round in 0..<6_000 {
            let text = round.isMultiple(of: 2) ? randomText(&random) : mutated(&random)
            let length = text.count
            switch ExpressionParser.parse(text) {
            case let .failure(error):
                failedCount += 1
                #expect((1...(length + 1)).contains(error.column), "\(error) in \(text.debugDescription)")
                #expect(!error.message.isEmpty)
            case let .success(expression):
                parsedCount += 1
                #expect(expression.range.start >= 1 && expression.range.end <= length, "\(text.debugDescription)")
                let (_, problems) = ExpressionChecker.check(expression, types: Self.types)
                for problem in problems {
                    #expect(problem.range.start >= 1 && problem.range.end <= length, "\(problem) in \(text.debugDescription)")
                    #expect(!problem.message.isEmpty)
                }
                _ = ExpressionEvaluator.evaluate(expression) { Self.facts[$0] }
                // The canonical form must read back as the same condition.
                let reparsed = try? ExpressionParser.parse(expression.description).get()
                #expect(reparsed?.description == expression.description, "\(text.debugDescription) printed as \(expression)")
            }
        }
        // Both paths must have been exercised, or the test proves little.
        #expect(parsedCount > 300)
        #expect(failedCount > 300)
    }
}
