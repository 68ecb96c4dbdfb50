import ArgumentParser
import CoachShell
import DialogueEngine
import Foundation

/// `coach flows [--json]`: the flows the content offers, as the REPL's `flows` lists them.
struct Flows: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the conversations coach can take you through."
    )

    @Flag(name: .long, help: "Print JSON for scripts: [{\"id\", \"title\", \"purpose\", \"questions\"}].")
    var json = false

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let output = Launcher.plainOutput(settings: settings, environment: environment)
        let program = try ProfileCommandSupport.program(settings, environment: environment, output: output)
        let flows = FlowCommands.startable(program).compactMap { program.flows[$0] }
        if json {
            let items = flows.map { ["id": $0.id, "title": $0.title, "purpose": $0.purpose, "questions": $0.questionCount] as [String: Any] }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            output.sink.write(String(decoding: data, as: UTF8.self) + "\n", error: false)
        } else {
            FlowCommands.printList(of: program, to: output)
        }
    }
}
