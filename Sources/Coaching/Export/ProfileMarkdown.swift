import DialogueEngine

/// A professional profile in Markdown that a student can hand to a mentor.
///
/// It is meant to be shared, so it names no contact and gives only counts of the network. Empty sections
/// are left out rather than shown with an empty heading.
public enum ProfileMarkdown {
    /// - Parameter today: when given, only events starting on or after it are counted as upcoming; without
    ///   it (the core reads no clock) every recorded event is counted.
    public static func render(_ profile: Profile, today: CalendarDate? = nil) -> String {
        var blocks: [String] = []
        let name = profile.person.name.map(inline).flatMap(nonEmpty)
        blocks.append(name.map { "# \($0) — professional profile" } ?? "# Professional profile")
        let stage = profile.person.stage.map(stageName)
        let line = [stage, profile.person.field, profile.person.school].compactMap { $0.map(inline).flatMap(nonEmpty) }
        if !line.isEmpty { blocks.append(line.joined(separator: " · ")) }

        blocks += [values(profile.values), goals(profile.goals), strengths(profile.strengths),
                   skills(profile.skills), experience(profile.experiences), network(profile, today: today)]
            .compactMap { $0 }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func values(_ values: [ValueChoice]) -> String? {
        let ranked = values.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! }
        let top = ranked.isEmpty ? values.filter { $0.pile == .veryImportant } : ranked
        guard !top.isEmpty else { return nil }
        let items = top.enumerated().map { index, value in
            "\(value.rank ?? index + 1). **\(inline(value.name))**" + (value.meaning.map(inline).flatMap(nonEmpty).map { " — \($0)" } ?? "")
        }
        return "## Top values\n\n" + items.joined(separator: "\n")
    }

    private static func goals(_ goals: [Goal]) -> String? {
        let shown = goals.filter { $0.status != .dropped }
        let parts = [(Goal.Horizon.short, "Short term"), (.long, "Long term")].compactMap { horizon, title -> String? in
            let items = shown.filter { $0.horizon == horizon }.map(goalLine)
            return items.isEmpty ? nil : "### \(title)\n\n" + items.joined(separator: "\n")
        }
        return parts.isEmpty ? nil : "## Goals\n\n" + parts.joined(separator: "\n\n")
    }

    private static func goalLine(_ goal: Goal) -> String {
        var details: [String] = []
        if let role = goal.role.map(inline).flatMap(nonEmpty) { details.append("role: \(role)") }
        if let field = goal.field.map(inline).flatMap(nonEmpty) { details.append("field: \(field)") }
        let organizations = goal.organizations.map(inline).filter { !$0.isEmpty }
        if !organizations.isEmpty { details.append("at: \(organizations.joined(separator: ", "))") }
        if let deadline = goal.deadline { details.append("by \(deadline.iso)") }
        if let measure = goal.measure.map(inline).flatMap(nonEmpty) { details.append("done when: \(measure)") }
        let done = goal.status == .done ? " (done)" : ""
        return "- **\(inline(goal.text))**\(done)" + (details.isEmpty ? "" : " — " + details.joined(separator: "; "))
    }

    private static func strengths(_ strengths: [Strength]) -> String? {
        guard !strengths.isEmpty else { return nil }
        let ordered = strengths.enumerated().sorted { a, b in
            (a.element.rank ?? Int.max, a.offset) < (b.element.rank ?? Int.max, b.offset)
        }.map(\.element)
        // Strengths with a story get a heading and the story; the others are listed after them, as a
        // heading with nothing under it reads like something went missing.
        let told = ordered.filter { !$0.stories.isEmpty }
        let untold = ordered.filter(\.stories.isEmpty).map { inline($0.name) }.filter { !$0.isEmpty }
        var items = told.map { strength -> String in
            var text = "### \(inline(strength.name))"
            for story in strength.stories {
                text += "\n\n" + [("Situation", story.situation), ("Task", story.task), ("Action", story.action),
                                  ("Result", story.result)]
                    .compactMap { label, value in nonEmpty(inline(value)).map { "- **\(label):** \($0)" } }
                    .joined(separator: "\n")
            }
            return text
        }
        if !untold.isEmpty { items.append((told.isEmpty ? "" : "Also: ") + untold.joined(separator: " · ")) }
        return "## Strengths\n\n" + items.joined(separator: "\n\n")
    }

    private static func skills(_ skills: [Skill]) -> String? {
        let names = skills.map { inline($0.name) }.filter { !$0.isEmpty }
        return names.isEmpty ? nil : "## Skills\n\n" + names.joined(separator: " · ")
    }

    private static func experience(_ experiences: [Experience]) -> String? {
        guard !experiences.isEmpty else { return nil }
        // Most recent first: ongoing roles, then by end, then by start; undated ones last, in their order.
        func key(_ experience: Experience) -> Int {
            if experience.end == nil, experience.start != nil { return Int.max }
            return (experience.end ?? experience.start)?.dayNumber ?? Int.min
        }
        let ordered = experiences.enumerated().sorted { a, b in
            let (left, right) = (key(a.element), key(b.element))
            return left != right ? left > right : a.offset < b.offset
        }.map(\.element)
        let items = ordered.map { experience -> String in
            var text = experience.kind.map { "### \(kindName($0)) — \(inline(experience.role)), \(inline(experience.organization))" }
                ?? "### \(inline(experience.role)) — \(inline(experience.organization))"
            var details: [String] = []
            if let industry = experience.industry.map(inline).flatMap(nonEmpty) { details.append(industry) }
            switch (experience.start, experience.end) {
            case let (start?, end?): details.append("\(start.iso) – \(end.iso)")
            case let (start?, nil): details.append("\(start.iso) – present")
            case let (nil, end?): details.append("until \(end.iso)")
            case (nil, nil): break
            }
            if !details.isEmpty { text += "\n\n" + details.joined(separator: " · ") }
            let highlights = experience.highlights.map(inline).filter { !$0.isEmpty }
            if !highlights.isEmpty { text += "\n\n" + highlights.map { "- \($0)" }.joined(separator: "\n") }
            return text
        }
        return "## Experience\n\n" + items.joined(separator: "\n\n")
    }

    private static func network(_ profile: Profile, today: CalendarDate?) -> String? {
        let events = today.map { day in profile.events.filter { ($0.start?.date).map { $0 >= day } ?? false } } ?? profile.events
        var parts: [String] = []
        if !profile.contacts.isEmpty { parts.append(count(profile.contacts.count, "contact")) }
        if !events.isEmpty { parts.append(count(events.count, today == nil ? "event" : "upcoming event")) }
        return parts.isEmpty ? nil : "## Network\n\n" + parts.joined(separator: " · ")
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    private static func stageName(_ stage: Stage) -> String {
        switch stage {
        case .student: "Student"
        case .intern: "Intern"
        case .graduate: "Graduate"
        case .careerChanger: "Career changer"
        case .professional: "Professional"
        }
    }

    private static func kindName(_ kind: Experience.Kind) -> String {
        switch kind {
        case .internship: "Internship"
        case .job: "Job"
        case .project: "Project"
        case .volunteering: "Volunteering"
        }
    }

    /// One line of text: line breaks become spaces and control characters go, so user text cannot break
    /// the document's structure.
    private static func inline(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> String in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" || scalar == "\u{2028}" || scalar == "\u{2029}" { return " " }
            if scalar.value < 0x20 || scalar.value == 0x7F { return "" }
            return String(scalar)
        }.joined()
        return scalars.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
