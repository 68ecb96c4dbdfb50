import ArgumentParser
import Coaching
import CoachShell
import DialogueEngine
import Foundation

/// `coach linkedin [--json]`: the LinkedIn drafts the REPL's `linkedin` shows, or JSON for scripts.
struct LinkedIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linkedin",
        abstract: "Draft a LinkedIn headline, About section and post ideas from your profile.",
        discussion: """
            The JSON has "headline" (text, characters, limit; null when the profile says too little), "about" \
            (text, characters, limit, and "checks": what the critique checks found, each with check, message and \
            suggestion), "posts" and "reminders" (lists of text). Each drafted piece names the wording it came from \
            ("wording": id and place in Prompts).
            """
    )

    @Flag(name: .long, help: "Print JSON for scripts.")
    var json = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)
        let program = try ProfileCommandSupport.program(settings, environment: environment, output: output)
        let store = try ProfileCommandSupport.open(settings, environment: environment, create: false, output: output)
        let profile = try ProfileCommandSupport.load(store, output: output)
        let draft = Composer(program: program, profile: profile, today: ContentCompiler.today(environment: environment)).linkedIn()
        // An empty profile is refused alike with or without --json, and the command fails.
        if let refusal = ComposeCommands.linkedInRefusal(draft) {
            output.error(refusal.message, hint: refusal.hint)
            throw ExitCode(ExitStatus.dataError.rawValue)
        }
        guard json else {
            ComposeCommands.render(draft, program: program, output: output)
            return
        }
        func wording(_ piece: LinkedInDraft.Piece) -> [String: Any] {
            ["id": piece.id, "place": piece.source.description]
        }
        let about = draft.aboutText
        let checks = Critique.review(about, kind: "linkedin", budget: nil, seconds: nil, program: program).findings.map {
            ["check": $0.check, "message": $0.message, "suggestion": $0.suggestion]
        }
        let object: [String: Any] = [
            "headline": draft.headline.map { ["text": $0.text, "characters": $0.text.count, "limit": draft.headlineLimit,
                                              "wording": wording($0)] as [String: Any] } ?? NSNull(),
            "about": ["text": about, "characters": about.count, "limit": draft.aboutLimit, "checks": checks,
                      "wordings": draft.about.map(wording)] as [String: Any],
            "posts": draft.posts.map { ["text": $0.text, "wording": wording($0)] as [String: Any] },
            "reminders": draft.reminders.map(\.text),
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        output.sink.write(String(decoding: data, as: UTF8.self) + "\n", error: false)
    }
}
