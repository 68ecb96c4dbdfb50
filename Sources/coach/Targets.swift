import ArgumentParser
import Coaching
import CoachShell
import DialogueEngine
import Foundation

/// `coach targets [--json]`: whom to meet, as the REPL's `targets` shows it, or as JSON for scripts.
struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who to meet for your goals: kinds of people, then people you know, with reasons.",
        discussion: """
            The JSON has "kinds" (the five most important, numbered as the text numbers them: number, text, rule, \
            because, and the kind of person with its details), "more_kinds" (how many fit less well) and "people" \
            (number, id, name, position, company, score, and the parts of the score with their facts). Text from \
            contacts is given as stored, escape characters included: a script decides how to show it.
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
        // Read only: nothing this command works out is saved.
        let runner = FlowRunner(program: program, store: nil, profile: profile,
                                today: { ContentCompiler.today(environment: environment) }, now: ProfileOpener.now)
        guard json else {
            let command = FlowCommands.all(runner).first { $0.name == "targets" }!
            let outcome = command.run(CommandInvocation(arguments: [], output: output, registry: CommandRegistry()))
            if case let .failure(status) = outcome { throw ExitCode(status.rawValue) }
            return
        }
        let outputs = runner.infer(FlowCommands.targetsGroup)
        let all = outputs.compactMap { output -> (Int, String)? in
            if case let .suggestion(number, text) = output { return (number, text) }
            return nil
        }
        // The kinds the text shows, numbered as there, so that a script and a person mean the same by 6.
        let shown = Array(all.prefix(FlowCommands.targetsShown))
        let kinds: [[String: Any]] = shown.map { number, text in
            let firing = runner.session.firings.first { $0.number == number }
            var kind: [String: Any] = ["number": number, "text": text, "rule": firing?.rule ?? "", "because": firing?.because ?? ""]
            if let item = runner.linkedItem(ofSuggestion: number) {
                kind["kind"] = ["id": item.id, "name": item.name,
                                "details": item.details.map { ["label": $0.label, "text": $0.text] }] as [String: Any]
            }
            return kind
        }
        let people: [[String: Any]] = runner.rankPeople(numberedFrom: shown.count + 1, limit: 25).map { number, ranked in
            let contact = ranked.contact
            return ["number": number, "id": contact.id, "name": ContactRanking.fullName(contact),
                    "position": contact.position ?? NSNull(), "company": contact.company ?? NSNull(), "score": ranked.score,
                    "parts": ranked.parts.map { ["signal": $0.signal, "weight": $0.weight, "reason": $0.reason, "facts": $0.facts] }]
        }
        let object: [String: Any] = ["kinds": kinds, "more_kinds": all.count - shown.count, "people": people]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        output.sink.write(String(decoding: data, as: UTF8.self) + "\n", error: false)
    }
}
