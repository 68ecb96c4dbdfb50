import DialogueEngine

extension CoachingHost {
    static let actions: [String: ActionSignature] = [
        "save-person": ActionSignature(
            summary: "Saves the person's basics to the profile; a parameter without a value keeps what is stored.",
            parameters: ["name": .text, "stage": .text, "field": .text, "school": .text]
        ),
        "save-experience": ActionSignature(
            summary: "Adds an experience (kind: internship, job, project or volunteering), or changes the one at `index` "
                + "(1, 2, …), keeping what is not given; with `replace`, the ones stored before go first (starting over).",
            parameters: ["index": .text, "replace": .bool, "kind": .text, "organization": .text, "role": .text, "industry": .text, "start": .date,
                         "end": .date, "highlights": .list(.text)]
        ),
        "load-experience": ActionSignature(
            summary: "Reads the experience at `index` into slots, to change it.",
            parameters: ["index": .text],
            results: ["previous_kind": .text, "previous_organization": .text, "previous_role": .text, "previous_industry": .text,
                      "previous_start": .date, "previous_end": .date, "previous_highlights": .list(.text)]
        ),
        "save-values": ActionSignature(
            summary: "Stores the card sort: the three piles, by catalog id or the user's own words (meanings of values "
                + "still very important are kept).",
            parameters: ["very_important": .list(.text), "important": .list(.text), "not_important": .list(.text),
                         "catalog": .text]
        ),
        "rank-values": ActionSignature(
            summary: "Ranks the top values, most important first; they join the very important pile.",
            parameters: ["top": .list(.text), "catalog": .text]
        ),
        "load-value": ActionSignature(
            summary: "Reads what the user said a value means, into stored_meaning (unset when nothing is stored).",
            parameters: ["value": .text],
            results: ["stored_meaning": .text]
        ),
        "save-value-meaning": ActionSignature(
            summary: "Stores what a value means to the user, in their words; without a meaning, keeps the stored one.",
            parameters: ["value": .text, "meaning": .text]
        ),
        "save-goal": ActionSignature(
            summary: "Adds a goal (horizon: short or long), or updates the goal with the given id; with `replace`, the "
                + "goals stored before go first (setting goals again). Fills goal_id.",
            parameters: ["id": .text, "replace": .bool, "horizon": .text, "text": .text, "role": .text, "field": .text,
                         "organizations": .list(.text), "deadline": .date, "measure": .text],
            results: ["goal_id": .text]
        ),
        "load-goal": ActionSignature(
            summary: "Reads a stored goal by id into slots, to change it: its horizon, its words and its parts as they are.",
            parameters: ["id": .text],
            results: ["goal_horizon": .text, "goal_previous": .text, "previous_role": .text, "previous_field": .text,
                      "previous_organizations": .list(.text), "previous_deadline": .date, "previous_measure": .text]
        ),
        "focus-goals": ActionSignature(
            summary: "Keeps the named active goals (by id or by their words) and sets the other active ones aside.",
            parameters: ["keep": .list(.text)]
        ),
        "save-strengths": ActionSignature(
            summary: "Stores the top strengths in order, by catalog id or the user's own words; stories of strengths "
                + "kept are kept.",
            parameters: ["top": .list(.text), "catalog": .text]
        ),
        "load-star": ActionSignature(
            summary: "Reads a strength's STAR story into slots, to tell it again.",
            parameters: ["strength": .text],
            results: ["previous_situation": .text, "previous_task": .text, "previous_action": .text, "previous_result": .text]
        ),
        "save-star": ActionSignature(
            summary: "Stores the STAR story (situation, task, action, result) for a strength; a part not given keeps the stored one.",
            parameters: ["strength": .text, "situation": .text, "task": .text, "action": .text, "result": .text]
        ),
        "save-contact": ActionSignature(
            summary: "Adds a contact, or changes the one with `id`, keeping what is not given; fills contact_id.",
            parameters: ["id": .text, "first_name": .text, "last_name": .text, "company": .text, "position": .text,
                         "email": .text, "how_met": .text, "tags": .list(.text), "notes": .text, "cadence_days": .number],
            results: ["contact_id": .text]
        ),
        "find-contact": ActionSignature(
            summary: "Looks a contact up by name (the whole name, else a unique start or part): fills contact_id when "
                + "one matches, and contact_matches with how many do.",
            parameters: ["name": .text],
            results: ["contact_id": .text, "contact_matches": .number]
        ),
        "load-contact": ActionSignature(
            summary: "Reads the contact with `id` into slots, to change it.",
            parameters: ["id": .text],
            results: ["previous_name": .text, "previous_first_name": .text, "previous_last_name": .text,
                      "previous_company": .text, "previous_position": .text, "previous_email": .text,
                      "previous_how_met": .text, "previous_tags": .list(.text), "previous_notes": .text,
                      "previous_cadence_days": .number]
        ),
        "clear-part": ActionSignature(
            summary: "Removes a stored part to do it again: values, goals, strengths or experiences.",
            parameters: ["part": .text]
        ),
        "word-count": ActionSignature(
            summary: "Counts the words of a text and the seconds it takes to say at about 130 words a minute.",
            parameters: ["text": .text],
            results: ["word_count": .number, "speaking_seconds": .number]
        ),
    ]

    /// Applies what an action does to the profile. Returns the id of what it saved, when it has one.
    @discardableResult
    public static func apply(_ action: PerformedAction, to profile: inout Profile, catalogs: [String: Catalog] = [:]) -> String? {
        let arguments = action.arguments
        let given = ActionArguments(arguments)
        let text = given.text, date = given.date
        func list(_ key: String) -> [String] { given.list(key) ?? [] }
        /// The catalog item's name for an id, or the user's own words as they are.
        func name(_ id: String, in catalog: String) -> String {
            catalogs[catalog]?.item(id)?.name ?? id
        }

        switch action.name {
        case "save-person":
            // Only values given are saved: a question skipped ("not now") or not asked keeps what
            // is stored, so nothing the user said before is lost.
            if let name = text("name") { profile.person.name = name }
            if let stage = text("stage").flatMap(Stage.init(rawValue:)) { profile.person.stage = stage }
            if let field = text("field") { profile.person.field = field }
            if let school = text("school") { profile.person.school = school }

        case "save-experience":
            if arguments["replace"] == .bool(true), text("organization") != nil, text("role") != nil { profile.experiences = [] }
            if let index = text("index").flatMap(Int.init), profile.experiences.indices.contains(index - 1) {
                var experience = profile.experiences[index - 1]
                if let kind = text("kind").flatMap(Experience.Kind.init(rawValue:)) { experience.kind = kind }
                if let organization = text("organization") { experience.organization = organization }
                if let role = text("role") { experience.role = role }
                if let industry = text("industry") { experience.industry = industry }
                if let start = date("start") { experience.start = start }
                if let end = date("end") { experience.end = end }
                if arguments["highlights"] != nil { experience.highlights = list("highlights") }
                profile.experiences[index - 1] = experience
                return String(index)
            }
            guard let organization = text("organization"), let role = text("role") else { return nil }
            profile.experiences.append(Experience(
                kind: text("kind").flatMap(Experience.Kind.init(rawValue:)), organization: organization, role: role,
                industry: text("industry"), start: date("start"), end: date("end"), highlights: list("highlights")))

        case "save-values":
            let catalog = text("catalog") ?? "values"
            let previous = Dictionary(profile.values.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var sorted: [ValueChoice] = []
            for (key, pile) in [("very_important", ValueChoice.Pile.veryImportant), ("important", .important),
                                ("not_important", .notImportant)] {
                for id in list(key) where !sorted.contains(where: { $0.id == id }) {
                    let kept = pile == .veryImportant ? previous[id] : nil
                    sorted.append(ValueChoice(id: id, name: name(id, in: catalog), pile: pile,
                                              rank: kept?.pile == .veryImportant ? kept?.rank : nil, meaning: kept?.meaning))
                }
            }
            profile.values = sorted

        case "rank-values":
            // No ranking given (the user kept the order): nothing changes.
            guard arguments["top"] != nil else { return nil }
            let catalog = text("catalog") ?? "values"
            let top = list("top")
            for index in profile.values.indices { profile.values[index].rank = nil }
            for (position, id) in top.enumerated() {
                if let index = profile.values.firstIndex(where: { $0.id == id }) {
                    profile.values[index].rank = position + 1
                    profile.values[index].pile = .veryImportant
                } else {
                    profile.values.append(ValueChoice(id: id, name: name(id, in: catalog), pile: .veryImportant, rank: position + 1))
                }
            }

        case "save-value-meaning":
            guard let id = text("value"), let index = profile.values.firstIndex(where: { $0.id == id }),
                  let meaning = text("meaning") else { return nil }
            profile.values[index].meaning = meaning

        case "save-goal":
            if arguments["replace"] == .bool(true), text("text") != nil {
                profile.goals.removeAll { $0.id != text("id") }
            }
            if let id = text("id"), let index = profile.goals.firstIndex(where: { $0.id == id }) {
                var goal = profile.goals[index]
                if let words = text("text") { goal.text = words }
                if let horizon = text("horizon").flatMap(Goal.Horizon.init(rawValue:)) { goal.horizon = horizon }
                if let role = text("role") { goal.role = role }
                if let field = text("field") { goal.field = field }
                if arguments["organizations"] != nil { goal.organizations = list("organizations") }
                if let deadline = date("deadline") { goal.deadline = deadline }
                if let measure = text("measure") { goal.measure = measure }
                profile.goals[index] = goal
                return id
            }
            guard let words = text("text") else { return nil }
            let goal = Goal(id: text("id") ?? CoachingFacts.nextGoalID(profile), text: words, horizon: text("horizon").flatMap(Goal.Horizon.init(rawValue:)) ?? .short,
                            role: text("role"), field: text("field"), organizations: list("organizations"),
                            deadline: date("deadline"), measure: text("measure"))
            profile.goals.append(goal)
            return goal.id

        case "focus-goals":
            let keep = Set(list("keep").map { $0.lowercased() })
            guard !keep.isEmpty else { return nil }
            for index in profile.goals.indices where profile.goals[index].status == .active {
                let goal = profile.goals[index]
                if !keep.contains(goal.text.lowercased()) && !keep.contains(goal.id.lowercased()) { profile.goals[index].status = .dropped }
            }

        case "save-strengths":
            let catalog = text("catalog") ?? "strengths"
            let previous = Dictionary(profile.strengths.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var strengths: [Strength] = []
            for id in list("top") where !strengths.contains(where: { $0.id == id }) {
                strengths.append(Strength(id: id, name: name(id, in: catalog), rank: strengths.count + 1,
                                          stories: previous[id]?.stories ?? []))
            }
            profile.strengths = strengths

        case "save-star":
            guard let id = text("strength") else { return nil }
            let stored = profile.strengths.first(where: { $0.id == id })?.stories.first
            let story = StarStory(situation: text("situation") ?? stored?.situation ?? "", task: text("task") ?? stored?.task ?? "",
                                  action: text("action") ?? stored?.action ?? "", result: text("result") ?? stored?.result ?? "")
            if let index = profile.strengths.firstIndex(where: { $0.id == id }) {
                if profile.strengths[index].stories.isEmpty {
                    profile.strengths[index].stories = [story]
                } else {
                    profile.strengths[index].stories[0] = story
                }
            } else {
                profile.strengths.append(Strength(id: id, name: name(id, in: "strengths"), stories: [story]))
            }

        case "save-contact":
            let cadence: Int? = {
                guard case let .number(days)? = arguments["cadence_days"], days >= 0 else { return nil }
                return Int(days)
            }()
            if let id = text("id"), let index = profile.contacts.firstIndex(where: { $0.id == id }) {
                var contact = profile.contacts[index]
                if let first = text("first_name") { contact.firstName = first }
                if let last = text("last_name") { contact.lastName = last }
                if let company = text("company") { contact.company = company }
                if let position = text("position") { contact.position = position }
                if let email = text("email") { contact.email = email }
                if let howMet = text("how_met") { contact.howMet = howMet }
                if arguments["tags"] != nil { contact.tags = list("tags") }
                if let notes = text("notes") { contact.notes = notes }
                // 0 days: no more reminders.
                if let cadence { contact.cadenceDays = cadence == 0 ? nil : cadence }
                profile.contacts[index] = contact
                return id
            }
            guard let first = text("first_name") else { return nil }
            var contact = Contact(id: "", firstName: first, lastName: text("last_name") ?? "", company: text("company"),
                                  position: text("position"), email: text("email"), howMet: text("how_met"), tags: list("tags"),
                                  notes: text("notes"), cadenceDays: cadence == 0 ? nil : cadence, source: "manual")
            var taken = Set(profile.contacts.map(\.id))
            contact.id = ContactId.unique(for: contact, taken: &taken)
            profile.contacts.append(contact)
            return contact.id

        case "clear-part":
            switch text("part") {
            case "values": profile.values = []
            case "goals": profile.goals = []
            case "strengths": profile.strengths = []
            case "experiences": profile.experiences = []
            default: break
            }

        default:
            break
        }
        return nil
    }
}
