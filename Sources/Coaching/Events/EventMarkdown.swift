import Foundation
import DialogueEngine

/// An event's plan as Markdown, to print or keep on a phone: `event export NAME --format markdown`.
public enum EventMarkdown {
    public static func render(_ event: Event, plan: EventPlan, profile: Profile, kindName: String) -> String {
        var lines = ["# \(escape(event.name))", ""]
        var facts: [(String, String)] = [("Kind", kindName)]
        if let start = event.start {
            var when = start.longForm
            if let minutes = event.durationMinutes { when += " (\(AnswerInterpreter.describeDuration(minutes)))" }
            facts.append(("When", when))
        }
        if let place = event.place { facts.append(("Where", place)) }
        if let aim = event.aim { facts.append(("Aim", aim)) }
        if !event.expected.isEmpty { facts.append(("Organisations", event.expected.joined(separator: ", "))) }
        let people = event.people.compactMap { id in profile.contacts.first { $0.id == id } }.map(ContactRanking.fullName)
        if !people.isEmpty { facts.append(("People", people.joined(separator: ", "))) }
        for (label, text) in facts { lines.append("- **\(label):** \(escape(text))") }
        var number = 0
        for section in plan.sections {
            lines += ["", "## \(section.title)", ""]
            for item in section.items {
                number += 1
                if item.details.isEmpty {
                    lines.append("\(number). \(escape(item.text))")
                } else {
                    let marker = "\(number). "
                    lines.append(marker + "**\(escape(item.text))**")
                    // CommonMark nests a list under an item indented as far as the item's text starts.
                    let indent = String(repeating: " ", count: marker.count)
                    for detail in item.details {
                        let text = escape(detail.text).replacingOccurrences(of: "\n", with: " ")
                        lines.append(indent + "- *\(detail.label):* \(text)")
                    }
                }
            }
        }
        lines += ["", "*Planned by coach on \(plan.made.mediumForm).*", ""]
        return lines.joined(separator: "\n")
    }

    /// The user's text with escape sequences removed and Markdown's own characters made literal.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in DisplayText.clean(text) {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

/// The open follow-ups in the order they are due: overdue, due today, upcoming.
public struct FollowUpAgenda: Sendable {
    public var overdue: [FollowUp] = []
    public var today: [FollowUp] = []
    public var upcoming: [FollowUp] = []

    public init(_ followUps: [FollowUp], today day: CalendarDate) {
        let open = followUps.filter { !$0.done }.sorted { ($0.due, Int($0.id) ?? 0, $0.id) < ($1.due, Int($1.id) ?? 0, $1.id) }
        overdue = open.filter { $0.due < day }
        today = open.filter { $0.due == day }
        upcoming = open.filter { $0.due > day }
    }

    /// How many are due now: overdue or due today.
    public var dueCount: Int { overdue.count + today.count }
}
