import DialogueEngine
import Testing
import _TestSupport
@testable import PromptsCompiler

/// Random and mutated Prompts source must give diagnostics, never a crash, and every diagnostic a
/// position inside the file it names.
@Suite struct CompilerRobustnessTests {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz_-: \n\t'\"{}[]#>|&*!%@,.0123456789é日")

    func check(_ files: [String: String]) {
        let result = PromptsCompiler.compile(files, host: CoachingHostInterface.value)
        for diagnostic in result.diagnostics {
            let lines = (files[diagnostic.file] ?? "").split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(files[diagnostic.file] != nil, "\(diagnostic) names a file that was not compiled")
            #expect(diagnostic.line >= 0 && diagnostic.line <= max(lines, 1) + 1, "\(diagnostic) is outside its file")
        }
    }

    @Test func randomTextNeverCrashes() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<400 {
            let length = generator.below(200)
            let text = String((0..<length).map { _ in Self.alphabet[generator.below(Self.alphabet.count)] })
            check(["flows/random.yaml": text, "templates/random.mustache": text])
        }
    }

    @Test func mutatedDemoNeverCrashes() {
        let demo = FixtureFiles.files("demo").filter { PromptsCompiler.isSource($0.key) }
        var generator = SeededGenerator(seed: 7)
        let paths = demo.keys.sorted()
        for _ in 0..<300 {
            var files = demo
            let path = paths[generator.below(paths.count)]
            var characters = Array(files[path]!)
            for _ in 0..<(1 + generator.below(4)) where !characters.isEmpty {
                let index = generator.below(characters.count)
                switch generator.below(3) {
                case 0: characters.remove(at: index)
                case 1: characters.insert(Self.alphabet[generator.below(Self.alphabet.count)], at: index)
                default: characters.swapAt(index, generator.below(characters.count))
                }
            }
            files[path] = String(characters)
            check(files)
        }
    }
}
