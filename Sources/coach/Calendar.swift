import ArgumentParser
import Coaching
import CoachShell
import Foundation
import ProfileStore

/// `coach calendar export [--output FILE]`. Not named `Calendar`, which would hide Foundation's in this module.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Put your events and follow-ups in a calendar app.",
        subcommands: [CalendarExport.self]
    )
}

struct CalendarExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write your events and open follow-ups as an iCalendar (.ics) file.",
        discussion: """
            Events become calendar entries at their time on your own clock (no time zone: 6 pm stays 6 pm \
            wherever you are), with the aim and who is expected, and a reminder the day before. Open follow-ups \
            become to-dos due on their day, with the drafted message and a reminder at 9 am. An event with no \
            start time cannot be a calendar entry: it is left out and named on standard error. Exporting \
            unchanged data again gives the same file, and every entry keeps its UID (with a SEQUENCE that counts \
            its changes), so a calendar app that matches entries by UID can update them rather than add them \
            twice. Written to standard output unless --output \
            names a file (created with mode 0600).
            """
    )

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output ('-' is standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    mutating func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(environment: environment)
        let shellOutput = Launcher.plainOutput(settings: settings, environment: environment)
        let store = try ProfileCommandSupport.open(settings, environment: environment, create: false, output: shellOutput)
        let profile = try ProfileCommandSupport.load(store, output: shellOutput)
        let export = ICalendar.export(profile, namespace: Self.namespace(settings.profile),
                                      productVersion: CoachVersion.current)
        for line in Self.skippedLines(export) { shellOutput.warning(line) }

        guard try ProfileCommandSupport.write(export.text, to: output, output: shellOutput), let output else { return }
        shellOutput.sink.write("Wrote \(Self.count(export.eventCount, "event")) and "
                               + "\(Self.count(export.toDoCount, "to-do")) to \(output).\n", error: true)
    }

    /// What keeps UIDs apart across profiles: the profile's name, or its file's name without `.sqlite`.
    static func namespace(_ selection: ProfileSelection) -> String {
        switch selection {
        case let .named(name):
            return name
        case let .file(path):
            let file = URL(fileURLWithPath: path).lastPathComponent
            return file.hasSuffix(".sqlite") ? String(file.dropLast(".sqlite".count)) : file
        }
    }

    /// A warning for each kind of item left out, naming them.
    static func skippedLines(_ export: ICalendar.Export) -> [String] {
        func names(_ events: [Event]) -> String { events.map { "'\(DisplayText.clean($0.name))'" }.joined(separator: ", ") }
        let undated = export.skippedEvents.filter { $0.start == nil }
        let outOfRange = export.skippedEvents.filter { $0.start != nil }
        var lines: [String] = []
        if !undated.isEmpty {
            lines.append("left out \(count(undated.count, "event")) with no start time (a calendar entry needs one): \(names(undated)).")
        }
        if !outOfRange.isEmpty {
            lines.append("left out \(count(outOfRange.count, "event")) starting in a year a calendar cannot hold: \(names(outOfRange)).")
        }
        if !export.skippedFollowUps.isEmpty {
            let ids = export.skippedFollowUps.map { DisplayText.clean($0.id) }.joined(separator: ", ")
            lines.append("left out \(count(export.skippedFollowUps.count, "follow-up")) due in a year a calendar cannot hold: \(ids).")
        }
        return lines
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
