import DialogueEngine

/// Everything the self-assessment stores, a line a fact: what a transcript's `@profile` compares, so
/// a coach can see exactly what a flow saved. Unlike the Markdown export it hides nothing (all three
/// value piles, dropped goals, ids); unlike the JSON it is short enough to read in a diff.
public enum ProfileSummary {
    public static func lines(_ profile: Profile) -> [String] {
        var lines: [String] = []
        let person = profile.person
        let basics = [person.name, person.stage?.rawValue, person.field, person.school].map { $0 ?? "-" }
        lines.append("person: " + basics.joined(separator: " | "))
        for experience in profile.experiences {
            var parts = [experience.kind?.rawValue ?? "-", experience.role, experience.organization, experience.industry ?? "-"]
            parts.append((experience.start?.iso ?? "?") + " to " + (experience.end?.iso ?? "?"))
            parts += experience.highlights
            lines.append("experience: " + parts.joined(separator: " | "))
        }
        for pile in ValueChoice.Pile.allCases {
            let names = profile.values.filter { $0.pile == pile }.map(\.name)
            if !names.isEmpty { lines.append("values \(pile.rawValue): " + names.joined(separator: ", ")) }
        }
        for value in profile.values.filter({ $0.rank != nil }).sorted(by: { $0.rank! < $1.rank! }) {
            lines.append("top value \(value.rank!): \(value.name)" + (value.meaning.map { " | \($0)" } ?? ""))
        }
        for goal in profile.goals {
            var parts = ["\(goal.id) (\(goal.horizon.rawValue), \(goal.status.rawValue)): \(goal.text)"]
            parts.append("role: " + (goal.role ?? "-"))
            parts.append("field: " + (goal.field ?? "-"))
            parts.append("at: " + (goal.organizations.isEmpty ? "-" : goal.organizations.joined(separator: ", ")))
            parts.append("by: " + (goal.deadline?.iso ?? "-"))
            parts.append("measure: " + (goal.measure ?? "-"))
            lines.append("goal " + parts.joined(separator: " | "))
        }
        for strength in profile.strengths {
            lines.append("strength \(strength.rank.map(String.init) ?? "-"): \(strength.name)")
            for story in strength.stories {
                lines.append("  S: \(story.situation)")
                lines.append("  T: \(story.task)")
                lines.append("  A: \(story.action)")
                lines.append("  R: \(story.result)")
            }
        }
        for contact in profile.contacts {
            var parts = [contact.id, ContactRanking.fullName(contact), contact.position ?? "-", contact.company ?? "-"]
            parts.append("tags: " + (contact.tags.isEmpty ? "-" : contact.tags.joined(separator: ", ")))
            parts.append("met: " + (contact.howMet ?? "-"))
            parts.append("notes: " + (contact.notes ?? "-"))
            parts.append("every: " + (contact.cadenceDays.map { "\($0) days" } ?? "-"))
            lines.append("contact " + parts.map(DisplayText.clean).joined(separator: " | "))
        }
        return lines
    }
}
