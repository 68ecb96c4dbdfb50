import DialogueEngine

extension CoachingHost {
    /// The facts flows and rules can read, with their types.
    static let factTypes: [String: ValueType] = [
        "today": .date,
        "person.name": .text,
        "person.stage": .text,
        "person.field": .text,
        "person.school": .text,
        "person.stage_name": .text,

        "experiences.count": .number,
        "experiences.next_index": .text,
        "experiences.list": .list(.record),
        "experiences.industries": .list(.text),
        "experiences.industry_count": .number,
        "experiences.kinds": .list(.text),
        "experiences.other_fields": .list(.text),

        "values.very_important": .list(.text),
        "values.important": .list(.text),
        "values.not_important": .list(.text),
        "values.sorted_count": .number,
        "values.top": .list(.text),
        "values.top_names": .list(.text),
        "values.top_list": .list(.record),
        "values.without_meaning": .number,

        "goals.active": .list(.record),
        "goals.active_count": .number,
        "goals.next_id": .text,
        "goals.focus": .record,
        "goals.active_texts": .list(.text),
        "goals.short_count": .number,
        "goals.long_count": .number,
        "goals.without_role": .number,
        "goals.without_deadline": .number,
        "goals.roles": .list(.text),
        "goals.fields": .list(.text),
        "goals.organizations": .list(.text),

        "strengths.top": .list(.text),
        "strengths.top_names": .list(.text),
        "strengths.top3": .list(.text),
        "strengths.top_list": .list(.record),
        "strengths.count": .number,
        "strengths.first_story": .record,
        "strengths.stories": .number,
        "strengths.top3_without_story": .number,

        "contacts.count": .number,
        "contacts.in_goal_roles": .number,
        "contacts.at_goal_organizations": .number,
        "contacts.recruiters": .number,
        "contacts.recruiters_at_goal_organizations": .number,
        "contacts.alumni": .number,
        "contacts.mentors": .number,
        "contacts.former_colleagues": .number,
        "contacts.overdue": .number,
        "goals.organizations_without_contacts": .list(.text),
        "events.upcoming_count": .number,
        "events.days_to_next": .number,
        "events.next_name": .text,
        "followups.due_count": .number,
    ]
}

/// The profile as the facts flows read: computed on demand, one path at a time.
enum CoachingFacts {
    static func value(_ path: String, of profile: Profile, today: CalendarDate, catalogs: [String: Catalog] = [:]) -> Value? {
        func number(_ count: Int) -> Value { .number(Double(count)) }
        func texts(_ items: [String]) -> Value { .list(items.map(Value.text)) }
        // Computed only by the facts that need them: every template render reads every fact.
        var activeGoals: [Goal] { profile.goals.filter { $0.status == .active } }
        var topValues: [ValueChoice] { profile.values.filter { $0.rank != nil }.sorted { $0.rank! < $1.rank! } }
        var topStrengths: [Strength] {
            profile.strengths.enumerated().sorted { a, b in
                (a.element.rank ?? Int.max, a.offset) < (b.element.rank ?? Int.max, b.offset)
            }.map(\.element)
        }

        switch path {
        case "person.name": return profile.person.name.map(Value.text)
        case "person.stage": return profile.person.stage.map { .text($0.rawValue) }
        case "person.field": return profile.person.field.map(Value.text)
        case "person.school": return profile.person.school.map(Value.text)
        case "person.stage_name":
            return profile.person.stage.map { .text(catalogs["stages"]?.item($0.rawValue)?.name ?? $0.rawValue) }

        case "experiences.count": return number(profile.experiences.count)
        case "experiences.next_index": return .text(String(profile.experiences.count + 1))
        case "experiences.list":
            return .list(profile.experiences.enumerated().map { offset, experience in
                var fields: [String: Value] = ["organization": .text(experience.organization), "role": .text(experience.role),
                                               "highlights": texts(experience.highlights), "id": .text(String(offset + 1)),
                                               "label": .text("\(experience.role), \(experience.organization)")]
                fields["kind"] = experience.kind.map { .text($0.rawValue) }
                fields["industry"] = experience.industry.map(Value.text)
                fields["start"] = experience.start.map(Value.date)
                fields["end"] = experience.end.map(Value.date)
                return .record(fields)
            })
        case "experiences.industries": return texts(distinctIndustries(profile))
        case "experiences.industry_count": return number(distinctIndustries(profile).count)
        case "experiences.other_fields":
            // Industries that are not the person's own field: the same catalog field, or else the same words.
            guard let own = profile.person.field else { return texts(distinctIndustries(profile)) }
            let fields = catalogs["fields"]
            func key(_ text: String) -> String { fields?.item(named: text)?.id ?? Catalog.words(of: text).joined(separator: " ") }
            return texts(distinctIndustries(profile).filter { key($0) != key(own) })
        case "experiences.kinds":
            var kinds: [String] = []
            for kind in profile.experiences.compactMap(\.kind) where !kinds.contains(kind.rawValue) { kinds.append(kind.rawValue) }
            return texts(kinds)

        case "values.very_important": return texts(profile.values.filter { $0.pile == .veryImportant }.map(\.id))
        case "values.important": return texts(profile.values.filter { $0.pile == .important }.map(\.id))
        case "values.not_important": return texts(profile.values.filter { $0.pile == .notImportant }.map(\.id))
        case "values.sorted_count": return number(profile.values.count)
        case "values.top": return texts(topValues.map(\.id))
        case "values.top_names": return texts(topValues.map(\.name))
        case "values.top_list":
            return .list(topValues.map { value in
                var fields: [String: Value] = ["id": .text(value.id), "name": .text(value.name), "rank": number(value.rank ?? 0)]
                fields["meaning"] = value.meaning.map { .text(sentence($0)) }
                return .record(fields)
            })
        case "values.without_meaning": return number(topValues.filter { ($0.meaning ?? "").isEmpty }.count)

        case "goals.active": return .list(activeGoals.map(goalRecord))
        case "goals.focus":
            return (activeGoals.first { $0.horizon == .short } ?? activeGoals.first).map(goalRecord)
        case "strengths.first_story":
            guard let story = topStrengths.first(where: { !$0.stories.isEmpty })?.stories.first else { return nil }
            return storyRecord(story)
        case "goals.active_count": return number(activeGoals.count)
        case "goals.next_id": return .text(nextGoalID(profile))
        case "goals.active_texts": return texts(activeGoals.map(\.text))
        case "goals.short_count": return number(activeGoals.filter { $0.horizon == .short }.count)
        case "goals.long_count": return number(activeGoals.filter { $0.horizon == .long }.count)
        case "goals.without_role": return number(activeGoals.filter { ($0.role ?? "").isEmpty }.count)
        case "goals.without_deadline": return number(activeGoals.filter { $0.deadline == nil }.count)
        case "goals.roles": return texts(distinct(activeGoals.compactMap(\.role)))
        case "goals.fields": return texts(distinct(activeGoals.compactMap(\.field)))
        case "goals.organizations": return texts(distinct(activeGoals.flatMap(\.organizations)))

        case "strengths.top": return texts(topStrengths.map(\.id))
        case "strengths.top_names": return texts(topStrengths.map(\.name))
        case "strengths.top3": return texts(topStrengths.prefix(3).map(\.id))
        case "strengths.top_list":
            return .list(topStrengths.enumerated().map { index, strength in
                var fields: [String: Value] = ["id": .text(strength.id), "name": .text(strength.name),
                                               "rank": number(strength.rank ?? index + 1)]
                if let story = strength.stories.first { fields["story"] = storyRecord(story) }
                return .record(fields)
            })
        case "strengths.count": return number(profile.strengths.count)
        case "strengths.stories": return number(profile.strengths.reduce(0) { $0 + $1.stories.count })
        case "strengths.top3_without_story": return number(topStrengths.prefix(3).filter { $0.stories.isEmpty }.count)

        case "contacts.count": return number(profile.contacts.count)
        case "contacts.in_goal_roles":
            let names = activeGoals.compactMap(\.role).flatMap { ContactMatching.names(of: $0, roles: catalogs["roles"]) }
            return number(profile.contacts.filter { ContactMatching.position($0.position, fits: names) }.count)
        case "contacts.at_goal_organizations":
            let organizations = activeGoals.flatMap(\.organizations)
            return number(profile.contacts.filter { ContactMatching.company($0.company, isAmong: organizations) }.count)
        case "contacts.recruiters": return number(profile.contacts.filter { ContactMatching.isRecruiter($0.position) }.count)
        case "contacts.recruiters_at_goal_organizations":
            let organizations = activeGoals.flatMap(\.organizations)
            return number(profile.contacts.filter {
                ContactMatching.isRecruiter($0.position) && ContactMatching.company($0.company, isAmong: organizations)
            }.count)
        case "contacts.alumni":
            return number(profile.contacts.filter { ContactMatching.isAlumnus($0, school: profile.person.school) }.count)
        case "contacts.mentors": return number(profile.contacts.filter { $0.tags.contains { $0.lowercased() == "mentor" } }.count)
        case "contacts.former_colleagues":
            let places = profile.experiences.map(\.organization)
            return number(profile.contacts.filter { ContactMatching.company($0.company, isAmong: places) }.count)
        case "contacts.overdue": return number(profile.contacts.filter { ContactMatching.isOverdue($0, today: today) }.count)
        case "goals.organizations_without_contacts":
            var seen = Set<String>(), missing: [String] = []
            for organization in activeGoals.flatMap(\.organizations) where seen.insert(organization.lowercased()).inserted {
                if !profile.contacts.contains(where: { ContactMatching.company($0.company, isAmong: [organization]) }) {
                    missing.append(organization)
                }
            }
            return texts(missing)
        case "events.upcoming_count": return number(upcoming(profile, today).count)
        case "events.days_to_next":
            return upcoming(profile, today).first.flatMap { $0.start?.date }.map { number($0.dayNumber - today.dayNumber) }
        case "events.next_name": return upcoming(profile, today).first.map { .text($0.name) }
        case "followups.due_count": return number(profile.followUps.filter { !$0.done && $0.due <= today }.count)
        default: return nil
        }
    }

    /// A STAR story for templates, each part without a final full stop so that a template can go on
    /// after it.
    static func storyRecord(_ story: StarStory) -> Value {
        .record(["situation": .text(sentence(story.situation)), "task": .text(sentence(story.task)),
                 "action": .text(sentence(story.action)), "result": .text(sentence(story.result))])
    }

    /// The user's words without white space or a full stop at the end.
    static func sentence(_ text: String) -> String {
        var words = text.trimmingWhitespace
        while words.hasSuffix(".") { words.removeLast() }
        return words
    }

    /// The id a new goal gets: `goal-N`, one past the highest N stored, so that ids are not reused.
    static func nextGoalID(_ profile: Profile) -> String {
        let numbers = profile.goals.compactMap { goal in goal.id.hasPrefix("goal-") ? Int(goal.id.dropFirst(5)) : nil }
        let used = Set(profile.goals.map(\.id))
        var number = max(numbers.max() ?? 0, profile.goals.count) + 1
        while used.contains("goal-\(number)") { number += 1 }
        return "goal-\(number)"
    }

    /// A goal as templates and `from:` read it.
    static func goalRecord(_ goal: Goal) -> Value {
        var fields: [String: Value] = ["id": .text(goal.id), "text": .text(goal.text), "horizon": .text(goal.horizon.rawValue),
                                       "organizations": .list(goal.organizations.map(Value.text))]
        fields["short"] = goal.horizon == .short ? .bool(true) : nil
        fields["role"] = goal.role.map(Value.text)
        // Whether the goal's words already name its role, so a template need not repeat it.
        if let role = goal.role, goal.text.lowercased().contains(role.lowercased()) { fields["mentions_role"] = .bool(true) }
        fields["field"] = goal.field.map(Value.text)
        fields["deadline"] = goal.deadline.map(Value.date)
        fields["measure"] = goal.measure.map(Value.text)
        return .record(fields)
    }

    /// Each text once, compared without case, in order.
    static func distinct(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Industries of the experiences, each once (compared without case), in order.
    static func distinctIndustries(_ profile: Profile) -> [String] {
        var seen = Set<String>(), industries: [String] = []
        for industry in profile.experiences.compactMap(\.industry) where seen.insert(industry.lowercased()).inserted {
            industries.append(industry)
        }
        return industries
    }

    /// Events from today on, soonest first.
    static func upcoming(_ profile: Profile, _ today: CalendarDate) -> [Event] {
        profile.events.filter { ($0.start?.date).map { $0 >= today } ?? false }
            .sorted { $0.start!.date < $1.start!.date }
    }
}
