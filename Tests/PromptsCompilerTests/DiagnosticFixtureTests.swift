import Testing
@testable import PromptsCompiler

/// Each directory under Fixtures/invalid is broken in one way. Its files mark where the diagnostic
/// must point with a last line `# expect: P007 11:15`; the compiler must report exactly that.
@Suite struct DiagnosticFixtureTests {
    struct Expected: Hashable, CustomStringConvertible {
        var file: String
        var code: String
        var line: Int
        var column: Int
        var description: String { "\(file):\(line):\(column) \(code)" }
    }

    static let fixtures = FixtureFiles.directories("invalid")

    static func expectations(_ files: [String: String]) -> Set<Expected> {
        var result = Set<Expected>()
        for (path, text) in files {
            for line in text.split(separator: "\n") where line.hasPrefix("# expect: ") {
                let parts = line.dropFirst("# expect: ".count).split(separator: " ")
                let position = parts[1].split(separator: ":").compactMap { Int($0) }
                result.insert(Expected(file: path, code: String(parts[0]), line: position[0], column: position[1]))
            }
        }
        return result
    }

    @Test(arguments: fixtures)
    func fixtureProducesExactlyItsDiagnostic(_ name: String) {
        let files = FixtureFiles.files("invalid/" + name)
        let expected = Self.expectations(files)
        #expect(!expected.isEmpty, "\(name) marks no expected diagnostic")
        let report = FixtureFiles.check(files)
        let actual = Set(report.diagnostics.map {
            Expected(file: $0.file, code: $0.code.rawValue, line: $0.line, column: $0.column)
        })
        #expect(actual == expected, "\(report.diagnostics.map(\.description))")
        #expect(name.hasPrefix(expected.first?.code ?? "?"), "the fixture's name starts with its code")
        for diagnostic in report.diagnostics {
            #expect(diagnostic.line >= 1 && diagnostic.column >= 1, "every diagnostic has a position: \(diagnostic)")
            #expect(!diagnostic.message.isEmpty)
        }
    }

    /// All the broken files in one directory: every diagnostic still comes, each at its place.
    @Test func oneDirectoryWithEveryBrokenFileReportsEveryCode() {
        var files: [String: String] = [:]
        for name in Self.fixtures where !name.hasPrefix(DiagnosticCode.wordingSeam.rawValue) {
            for (path, text) in FixtureFiles.files("invalid/" + name) {
                #expect(files[path] == nil, "two fixtures share the path \(path)")
                files[path] = text
            }
        }
        let expected = Self.expectations(files)
        let report = FixtureFiles.check(files)
        let actual = Set(report.diagnostics.map {
            Expected(file: $0.file, code: $0.code.rawValue, line: $0.line, column: $0.column)
        })
        #expect(actual == expected, "missing: \(expected.subtracting(actual)); extra: \(actual.subtracting(expected))")
        // P024 comes only from content that compiles (it fills the wordings), which this directory does not.
        #expect(Set(report.diagnostics.map(\.code)) == Set(DiagnosticCode.allCases).subtracting([.wordingSeam]))
        #expect(!report.passed)
    }

    @Test func everyCodeHasAFixture() {
        for code in DiagnosticCode.allCases {
            #expect(Self.fixtures.contains { $0.hasPrefix(code.rawValue + "-") }, "no fixture for \(code.rawValue)")
        }
    }

    @Test func warningsDoNotStopTheProgram() {
        let result = PromptsCompiler.compile(FixtureFiles.files("invalid/P015-unreachable-step"), host: .init())
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.program != nil)
        let broken = PromptsCompiler.compile(FixtureFiles.files("invalid/P007-unknown-step"), host: .init())
        #expect(broken.program == nil)
    }

    @Test func unknownKeySuggestsTheNearestKey() {
        let report = FixtureFiles.check(FixtureFiles.files("invalid/P002-unknown-key"))
        #expect(report.diagnostics.first?.hint == "Did you mean 'examples'?")
    }

    @Test func allProblemsAreReportedAtOnce() {
        var files = FixtureFiles.files("invalid/P006-unknown-flow")
        files.merge(FixtureFiles.files("invalid/P009-unknown-catalog")) { a, _ in a }
        files.merge(FixtureFiles.files("invalid/P013-expression-syntax")) { a, _ in a }
        let codes = Set(FixtureFiles.check(files).diagnostics.map(\.code))
        #expect(codes == [.unknownFlow, .unknownCatalog, .expressionSyntax])
    }
}
