import Testing
@testable import CoachShell

@Suite struct CommandLookupTests {
    let registry = CommandRegistry(BuiltinCommands.all)

    @Test func findsCommandsByNameAliasAndAnyCase() {
        #expect(registry.command(named: "help")?.name == "help")
        #expect(registry.command(named: "HELP")?.name == "help")
        #expect(registry.command(named: "?")?.name == "help")
        #expect(registry.command(named: "exit")?.name == "quit")
        #expect(registry.command(named: "hel") == nil)
    }

    @Test func suggestsTheNearestCommand() {
        #expect(registry.suggestion(for: "hlep") == "help")
        #expect(registry.suggestion(for: "he") == "help")
        #expect(registry.suggestion(for: "qiut") == "quit")
        #expect(registry.suggestion(for: "exti") == "quit")
        #expect(registry.suggestion(for: "targets") == nil)
        #expect(registry.suggestion(for: "café") == nil)
    }

    @Test func completesCommandNamesThenArguments() {
        #expect(registry.completions(for: []) == ["help", "quit", "exit"])
        #expect(registry.completions(for: ["help"]) == ["help", "quit"])
        #expect(registry.completions(for: ["help", "quit"]) == [])
        #expect(registry.completions(for: ["nosuch"]) == [])
    }

    @Test func laterRegistrationReplacesByName() {
        let registry = CommandRegistry(BuiltinCommands.all)
        registry.register(ShellCommand(name: "help", summary: "Replaced.", run: { _ in .success }))
        #expect(registry.commands.map(\.name) == ["quit", "help"])
        #expect(registry.command(named: "help")?.summary == "Replaced.")
    }
}
