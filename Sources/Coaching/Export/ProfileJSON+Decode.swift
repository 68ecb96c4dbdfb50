import Foundation

extension ProfileJSON {
    /// Reads an export back. Strict: unknown fields, wrong types, impossible dates, ranks outside 1–5,
    /// duplicate ids and references to missing contacts or events are all problems, every one reported.
    ///
    /// A file that is not a coach profile, or is from a newer coach, is reported as just that: the rest of
    /// it would only produce noise.
    public static func decode(_ text: String) -> Result<Profile, Problems> {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return .failure(Problems([.init(path: "$", message: "not valid JSON" + (detail.map { ": \($0)" } ?? ""))]))
        }
        let reader = ProfileJSONReader()
        guard let root = reader.object(parsed, at: "$"), checkHeader(root, reader) else {
            return .failure(Problems(reader.problems))
        }
        var profile = Profile()
        if let raw = root["person"], !(raw is NSNull), let person = person(raw, "$.person", reader) {
            profile.person = person
        }
        profile.values = reader.list(root, "values") { value($0, $1, reader) }
        profile.goals = reader.list(root, "goals") { goal($0, $1, reader) }
        profile.strengths = reader.list(root, "strengths") { strength($0, $1, reader) }
        profile.skills = reader.list(root, "skills") { skill($0, $1, reader) }
        profile.experiences = reader.list(root, "experiences") { experience($0, $1, reader) }
        profile.contacts = reader.list(root, "contacts") { contact($0, $1, reader) }
        profile.events = reader.list(root, "events") { event($0, $1, reader) }
        profile.interactions = reader.list(root, "interactions") { interaction($0, $1, reader) }
        profile.followUps = reader.list(root, "followUps") { followUp($0, $1, reader) }
        profile.pitches = reader.list(root, "pitches") { pitch($0, $1, reader) }
        reader.finish(root)

        let contactIds = uniqueIds(root, "contacts", reader)
        let eventIds = uniqueIds(root, "events", reader)
        for section in ["values", "goals", "strengths", "followUps", "pitches"] {
            _ = uniqueIds(root, section, reader)
        }
        checkReferences(root, "interactions", "contactId", to: contactIds, named: "contact", reader)
        checkReferences(root, "interactions", "eventId", to: eventIds, named: "event", reader)
        checkReferences(root, "followUps", "contactId", to: contactIds, named: "contact", reader)
        checkReferences(root, "followUps", "eventId", to: eventIds, named: "event", reader)

        return reader.problems.isEmpty ? .success(profile) : .failure(Problems(reader.problems))
    }

    /// Whether `format` and `version` say this is a file we can read.
    private static func checkHeader(_ root: ProfileJSONReader.Object, _ reader: ProfileJSONReader) -> Bool {
        let before = reader.problems.count
        if let format = reader.required(root, "format", reader.string), format != ProfileJSON.format {
            reader.report(root.path("format"), "expected \"\(ProfileJSON.format)\"")
        }
        if let version = reader.required(root, "version", reader.wholeNumber), version != ProfileJSON.version {
            if version > ProfileJSON.version {
                reader.report(root.path("version"), "this file is version \(version); this coach reads version \(ProfileJSON.version) — update coach")
            } else {
                reader.report(root.path("version"), "expected \(ProfileJSON.version), found \(version)")
            }
        }
        return reader.problems.count == before
    }

    // MARK: Cross-checks on the raw lists, so an element with other problems still counts

    /// The ids in a list, reporting each repeated one at its later place.
    private static func uniqueIds(_ root: ProfileJSONReader.Object, _ key: String, _ reader: ProfileJSONReader) -> Set<String> {
        var firstPlace: [String: Int] = [:]
        for (index, id) in rawStrings(root, key, "id") {
            if let first = firstPlace[id] {
                reader.report("$.\(key)[\(index)].id", "\(ProfileJSONReader.describe(id)) is already the id of $.\(key)[\(first)]")
            } else {
                firstPlace[id] = index
            }
        }
        return Set(firstPlace.keys)
    }

    private static func checkReferences(_ root: ProfileJSONReader.Object, _ key: String, _ field: String,
                                        to ids: Set<String>, named noun: String, _ reader: ProfileJSONReader) {
        for (index, id) in rawStrings(root, key, field) where !ids.contains(id) {
            reader.report("$.\(key)[\(index)].\(field)", "no \(noun) has id \(ProfileJSONReader.describe(id))")
        }
    }

    /// The string values of `field` in the objects of the list at `key`, with their indices.
    private static func rawStrings(_ root: ProfileJSONReader.Object, _ key: String, _ field: String) -> [(Int, String)] {
        guard let items = root.members[key] as? [Any] else { return [] }
        return items.enumerated().compactMap { index, item in
            ((item as? [String: Any])?[field] as? String).map { (index, $0) }
        }
    }

    // MARK: Sections

    private static func person(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Person? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let name = reader.optional(object, "name", reader.string)
        let stage: Stage? = reader.optional(object, "stage", reader.choice)
        let field = reader.optional(object, "field", reader.string)
        let school = reader.optional(object, "school", reader.string)
        reader.finish(object)
        guard reader.problems.count == before else { return nil }
        return Person(name: name, stage: stage, field: field, school: school)
    }

    private static func value(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> ValueChoice? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let name = reader.required(object, "name", reader.string)
        let pile: ValueChoice.Pile? = reader.required(object, "pile", reader.choice)
        let rank = reader.optional(object, "rank", reader.rank)
        let meaning = reader.optional(object, "meaning", reader.string)
        reader.finish(object)
        guard reader.problems.count == before, let id, let name, let pile else { return nil }
        return ValueChoice(id: id, name: name, pile: pile, rank: rank, meaning: meaning)
    }

    private static func goal(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Goal? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let text = reader.required(object, "text", reader.string)
        let horizon: Goal.Horizon? = reader.required(object, "horizon", reader.choice)
        let role = reader.optional(object, "role", reader.string)
        let field = reader.optional(object, "field", reader.string)
        let organizations = reader.strings(object, "organizations")
        let deadline = reader.optional(object, "deadline", reader.date)
        let measure = reader.optional(object, "measure", reader.string)
        let status: Goal.Status? = reader.required(object, "status", reader.choice)
        reader.finish(object)
        guard reader.problems.count == before, let id, let text, let horizon, let organizations, let status else { return nil }
        return Goal(id: id, text: text, horizon: horizon, role: role, field: field, organizations: organizations,
                    deadline: deadline, measure: measure, status: status)
    }

    private static func strength(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Strength? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let name = reader.required(object, "name", reader.string)
        let rank = reader.optional(object, "rank", reader.rank)
        let stories = reader.list(object, "stories") { story($0, $1, reader) }
        reader.finish(object)
        guard reader.problems.count == before, let id, let name else { return nil }
        return Strength(id: id, name: name, rank: rank, stories: stories)
    }

    private static func story(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> StarStory? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let situation = reader.required(object, "situation", reader.string)
        let task = reader.required(object, "task", reader.string)
        let action = reader.required(object, "action", reader.string)
        let result = reader.required(object, "result", reader.string)
        reader.finish(object)
        guard let situation, let task, let action, let result else { return nil }
        return StarStory(situation: situation, task: task, action: action, result: result)
    }

    private static func skill(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Skill? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let name = reader.required(object, "name", reader.string)
        reader.finish(object)
        return name.map(Skill.init(name:))
    }

    private static func experience(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Experience? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let kind: Experience.Kind? = reader.optional(object, "kind", reader.choice)
        let organization = reader.required(object, "organization", reader.string)
        let role = reader.required(object, "role", reader.string)
        let industry = reader.optional(object, "industry", reader.string)
        let start = reader.optional(object, "start", reader.date)
        let end = reader.optional(object, "end", reader.date)
        let highlights = reader.strings(object, "highlights")
        reader.finish(object)
        guard reader.problems.count == before, let organization, let role, let highlights else { return nil }
        return Experience(kind: kind, organization: organization, role: role, industry: industry, start: start, end: end,
                          highlights: highlights)
    }

    private static func contact(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Contact? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let firstName = reader.required(object, "firstName", reader.string)
        let lastName = reader.required(object, "lastName", reader.string)
        let company = reader.optional(object, "company", reader.string)
        let position = reader.optional(object, "position", reader.string)
        let url = reader.optional(object, "url", reader.string)
        let email = reader.optional(object, "email", reader.string)
        let phone = reader.optional(object, "phone", reader.string)
        let howMet = reader.optional(object, "howMet", reader.string)
        let tags = reader.strings(object, "tags")
        let notes = reader.optional(object, "notes", reader.string)
        let connectedOn = reader.optional(object, "connectedOn", reader.date)
        let lastInteraction = reader.optional(object, "lastInteraction", reader.date)
        let cadenceDays = reader.optional(object, "cadenceDays", reader.wholeNumber)
        let source = reader.optional(object, "source", reader.string)
        reader.finish(object)
        guard reader.problems.count == before, let id, let firstName, let lastName, let tags else { return nil }
        return Contact(id: id, firstName: firstName, lastName: lastName, company: company, position: position,
                       url: url, email: email, phone: phone, howMet: howMet, tags: tags, notes: notes,
                       connectedOn: connectedOn, lastInteraction: lastInteraction, cadenceDays: cadenceDays,
                       source: source)
    }

    private static func event(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Event? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let name = reader.required(object, "name", reader.string)
        let kind: Event.Kind? = reader.required(object, "kind", reader.choice)
        let start = reader.optional(object, "start", reader.localDateTime)
        let durationMinutes = reader.optional(object, "durationMinutes", reader.wholeNumber)
        let place = reader.optional(object, "place", reader.string)
        let aim = reader.optional(object, "aim", reader.string)
        let expected = reader.strings(object, "expected")
        let people = object["people"] == nil ? [] : reader.strings(object, "people")
        let debriefed = reader.optional(object, "debriefed", reader.bool)
        let updated = reader.optional(object, "updated", reader.timestamp)
        let revision = reader.optional(object, "revision", reader.wholeNumber)
        reader.finish(object)
        guard reader.problems.count == before, let id, let name, let kind, let expected, let people else { return nil }
        return Event(id: id, name: name, kind: kind, start: start, durationMinutes: durationMinutes, place: place,
                     aim: aim, expected: expected, people: people, debriefed: debriefed ?? false, updated: updated,
                     revision: revision ?? 0)
    }

    private static func interaction(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Interaction? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let contactId = reader.required(object, "contactId", reader.string)
        let eventId = reader.optional(object, "eventId", reader.string)
        let date = reader.required(object, "date", reader.date)
        let notes = reader.optional(object, "notes", reader.string)
        let promised = reader.optional(object, "promised", reader.string)
        reader.finish(object)
        guard reader.problems.count == before, let contactId, let date else { return nil }
        return Interaction(contactId: contactId, eventId: eventId, date: date, notes: notes, promised: promised)
    }

    private static func followUp(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> FollowUp? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let contactId = reader.required(object, "contactId", reader.string)
        let due = reader.required(object, "due", reader.date)
        let message = reader.required(object, "message", reader.string)
        let done = reader.optional(object, "done", reader.bool)
        let kind: FollowUp.Kind? = reader.optional(object, "kind", reader.choice)
        let title = reader.optional(object, "title", reader.string)
        let eventId = reader.optional(object, "eventId", reader.string)
        let doneOn = reader.optional(object, "doneOn", reader.date)
        let updated = reader.optional(object, "updated", reader.timestamp)
        let revision = reader.optional(object, "revision", reader.wholeNumber)
        reader.finish(object)
        guard reader.problems.count == before, let id, let contactId, let due, let message else { return nil }
        return FollowUp(id: id, contactId: contactId, due: due, message: message, done: done ?? false, kind: kind,
                        title: title, eventId: eventId, doneOn: doneOn, updated: updated, revision: revision ?? 0)
    }

    private static func pitch(_ raw: Any, _ path: String, _ reader: ProfileJSONReader) -> Pitch? {
        guard let object = reader.object(raw, at: path) else { return nil }
        let before = reader.problems.count
        let id = reader.required(object, "id", reader.string)
        let text = reader.required(object, "text", reader.string)
        let seconds = reader.required(object, "seconds", reader.wholeNumber)
        let audience = reader.required(object, "audience", reader.string)
        let created = reader.required(object, "created", reader.timestamp)
        // Exports before rehearsals were kept have none.
        let rehearsals = reader.list(object, "rehearsals") { raw, path -> Rehearsal? in
            guard let fields = reader.object(raw, at: path) else { return nil }
            let at = reader.required(fields, "at", reader.timestamp)
            let milliseconds = reader.required(fields, "milliseconds", reader.wholeNumber)
            let words = reader.required(fields, "words", reader.wholeNumber)
            reader.finish(fields)
            guard let at, let milliseconds, let words else { return nil }
            return Rehearsal(at: at, seconds: Double(milliseconds) / 1000, words: words)
        }
        reader.finish(object)
        guard reader.problems.count == before, let id, let text, let seconds, let audience, let created else { return nil }
        return Pitch(id: id, text: text, seconds: seconds, audience: audience, created: created, rehearsals: rehearsals)
    }
}
