import DialogueEngine

extension Compilation {
    /// The keys of each collection of wordings, beyond `id`, `when`, `weight`, `say` and `because`.
    static let wordingKeys: [String: [String]] = [
        "openers": ["at", "for", "short", "follow_ups", "close"],
        "pitch": ["part", "for", "seconds"],
        "linkedin": ["part"],
        "event_plan": ["part", "kind"],
        "followups": ["part", "kind", "title"],
    ]
    /// The parts of an event plan made of wordings.
    static let eventPlanParts = ["prepare", "time", "exit", "follow-up"]
    /// The kinds of follow-up, each with its wordings.
    static let followUpParts = ["thank-you", "promise", "keep-in-touch"]
    static let eventKeys = ["kind", "at", "pitch", "minutes", "arrive", "conversation"]
    /// The parts a LinkedIn draft has.
    static let linkedInParts = ["headline", "about", "post", "reminder"]
    static let checkKinds = ["found", "missing", "over-budget", "under-budget", "long-sentences", "sentence-starts"]
    static let checkKeys = ["id", "check", "phrases", "in", "numbers", "limit", "word", "share", "count", "weight",
                            "applies_to", "message", "suggestion"]
    /// Names a check's message and suggestion may use.
    static let checkNames: Set<String> = ["found", "words", "budget", "limit", "count", "sentence", "seconds"]

    // MARK: Settings

    func compileSettings(_ node: SourceNode) -> ContentSettings {
        var settings = ContentSettings()
        let known = host.numberSettings.keys.sorted() + ["pitch_lengths", "events"]
        guard let reader = ShapeReader(node, as: "'settings'", keys: known, sink: sink) else { return settings }
        for key in host.numberSettings.keys.sorted() {
            guard let (value, valueNode) = reader.integer(key) else { continue }
            guard value > 0 else {
                sink.report(.invalidValue, at: valueNode, "'\(key)' must be above 0.")
                continue
            }
            settings.numbers[key] = value
        }
        for item in reader.list("pitch_lengths") ?? [] {
            guard let length = ShapeReader(item, as: "a pitch length", keys: ["seconds", "words", "parts"], sink: sink),
                  let (seconds, secondsNode) = length.integer("seconds") ?? missing(length, "seconds"),
                  let words = length.value("words", required: true),
                  let parts = length.textList("parts") ?? missing(length, "parts") else { continue }
            guard words.isSequence, words.items.count == 2, let low = words.items[0].text.flatMap({ Int($0) }),
                  let high = words.items[1].text.flatMap({ Int($0) }), low > 0, low <= high else {
                sink.report(.invalidValue, at: words, "'words' must be two whole numbers, the fewest and the most: [65, 80].")
                continue
            }
            if settings.lengths.contains(where: { $0.seconds == seconds }) {
                sink.report(.duplicateID, at: secondsNode, "there is already a pitch length of \(seconds) seconds.")
                continue
            }
            if parts.isEmpty { sink.report(.invalidValue, at: item, "a pitch length needs at least one part.") }
            settings.lengths.append(.init(seconds: seconds, minWords: low, maxWords: high, parts: parts.map(\.value)))
        }
        for item in reader.list("events") ?? [] {
            guard let event = ShapeReader(item, as: "an event kind's settings", keys: Compilation.eventKeys, sink: sink),
                  let (kind, kindNode) = event.text("kind", required: true),
                  let (place, placeNode) = event.text("at", required: true),
                  let pitchNode = event.value("pitch", required: true) else { continue }
            if let problem = unknown(kind, in: "event-kinds", what: "kinds of event") { sink.report(.invalidValue, at: kindNode, problem.0, hint: problem.1) }
            if let problem = unknown(place, in: "contexts", what: "places") { sink.report(.invalidValue, at: placeNode, problem.0, hint: problem.1) }
            guard let pitch = ShapeReader(pitchNode, as: "an event's pitch", keys: ["seconds", "for"], sink: sink),
                  let (seconds, _) = pitch.integer("seconds") ?? missing(pitch, "seconds"),
                  let (audience, audienceNode) = pitch.text("for", required: true) else { continue }
            if let problem = unknown(audience, in: "audiences", what: "audiences") { sink.report(.invalidValue, at: audienceNode, problem.0, hint: problem.1) }
            var numbers: [String: Int] = [:]
            for key in ["minutes", "arrive", "conversation"] {
                guard let (value, node) = event.integer(key) ?? missing(event, key) else { continue }
                guard value > 0 || (key == "arrive" && value == 0) else {
                    sink.report(.invalidValue, at: node, "'\(key)' must be above 0.")
                    continue
                }
                numbers[key] = value
            }
            guard let minutes = numbers["minutes"], let arrive = numbers["arrive"], let conversation = numbers["conversation"] else { continue }
            if settings.events.contains(where: { $0.kind == kind }) {
                sink.report(.duplicateID, at: kindNode, "there are already settings for the kind of event '\(kind)'.")
                continue
            }
            settings.events.append(.init(kind: kind, place: place, pitchSeconds: seconds, audience: audience, minutes: minutes,
                                         arrive: arrive, conversation: conversation))
        }
        return settings
    }

    /// A message and hint when `value` is not an item of the catalog `catalog` (nil when it is, or when
    /// the catalog is missing: that is reported where it is used).
    private func unknown(_ value: String, in catalog: String, what: String) -> (String, String)? {
        guard let items = catalogs[catalog]?.items.map(\.id), !items.contains(value) else { return nil }
        return ("'\(value)' is not one of the \(what) in the catalog '\(catalog)'.",
                EditDistance.nearest(to: value, in: items).map { "Did you mean '\($0)'?" } ?? "Known: \(items.joined(separator: ", ")).")
    }

    private func missing<T>(_ reader: ShapeReader, _ key: String) -> T? {
        _ = reader.value(key, required: true)
        return nil
    }

    // MARK: Wordings

    func compileWordings(_ node: SourceNode, collection: String, settings: ContentSettings) -> [Wording] {
        guard node.isSequence else {
            sink.report(.wrongType, at: node, "'\(collection)' must be a list, found \(node.kindDescription).")
            return []
        }
        let names = host.compositions[collection] ?? [:]
        let keys = ["id", "when", "weight", "say", "because"] + (Compilation.wordingKeys[collection] ?? [])
        var result: [Wording] = []
        for item in node.items {
            guard let reader = ShapeReader(item, as: "an entry of '\(collection)'", keys: keys, sink: sink),
                  let (id, idNode) = reader.text("id", required: true), checkID(id, at: idNode, what: collection) else { continue }
            guard wordingIDs.insert("\(collection)/\(id)").inserted else {
                sink.report(.duplicateID, at: idNode, "there is already an entry '\(id)' in '\(collection)'.", hint: "Give each its own id.")
                continue
            }
            let extra = Set<String>()
            let condition = reader.value("when").flatMap { whenNode in
                expression(whenNode, key: "when", expecting: .bool, extraTypes: names)
                    .map { Condition(text: whenNode.text ?? "", expression: $0) }
            }
            if reader.has("when") && condition == nil { _ = reader.value("say").flatMap { template($0, key: "say", extraTypes: names) }; continue }
            let text = reader.value("say", required: true).flatMap { template($0, key: "say", extraTypes: names) }
            let short = (reader.value("short") ?? reader.value("title")).flatMap { template($0, key: reader.has("title") ? "title" : "short", extraTypes: names) }
            let because = reader.value("because").flatMap { template($0, key: "because", extraTypes: names) }
            let close = reader.value("close").flatMap { template($0, key: "close", extraTypes: names) }
            var followUps: [Template] = []
            for question in reader.list("follow_ups") ?? [] {
                if let template = template(question, key: "follow_ups", extraTypes: names) { followUps.append(template) }
            }
            var tags: [String: [String]] = [:]
            for key in ["at", "for", "part", "seconds", "kind"] where reader.has(key) {
                guard let values = reader.textList(key) else { continue }
                let allowed = allowedTagValues(key, collection: collection, settings: settings)
                for (value, valueNode) in values where value != "any" {
                    guard let (allowedValues, source) = allowed, !allowedValues.contains(value) else { continue }
                    sink.report(.invalidValue, at: valueNode, "'\(value)' is not one of the \(source).",
                                hint: EditDistance.nearest(to: value, in: allowedValues).map { "Did you mean '\($0)'?" }
                                    ?? "Known: \(allowedValues.joined(separator: ", ")).")
                }
                tags[key] = values.map(\.value)
            }
            if ["pitch", "linkedin", "event_plan", "followups"].contains(collection), tags["part"] == nil {
                _ = reader.value("part", required: true)
            }
            if collection == "followups", !reader.has("title") { _ = reader.value("title", required: true) }
            let weight = reader.integer("weight")?.value ?? 50
            guard let text else { continue }
            result.append(Wording(id: id, collection: collection, tags: tags, condition: condition, weight: weight, text: text,
                                  short: short, followUps: followUps, close: close, because: because, source: location(item)))
        }
        return result
    }

    /// The values a tag may take, and where they come from (for messages); nil when anything goes.
    private func allowedTagValues(_ key: String, collection: String, settings: ContentSettings) -> ([String], String)? {
        switch (collection, key) {
        case (_, "at"):
            return (catalogs["contexts"]?.items.map(\.id) ?? [], "places in the catalog 'contexts'")
        case ("openers", "for"):
            return (catalogs["archetypes"]?.items.map(\.id) ?? [], "kinds of people in the catalog 'archetypes'")
        case ("pitch", "for"):
            return (catalogs["audiences"]?.items.map(\.id) ?? [], "audiences in the catalog 'audiences'")
        case ("pitch", "part"):
            var parts: [String] = []
            for part in settings.lengths.flatMap(\.parts) where !parts.contains(part) { parts.append(part) }
            return (parts, "parts the pitch lengths in 'settings' name")
        case ("pitch", "seconds"):
            return (settings.lengths.map { String($0.seconds) }, "pitch lengths in 'settings'")
        case ("linkedin", "part"):
            return (Compilation.linkedInParts, "parts of a LinkedIn draft")
        case ("event_plan", "part"):
            return (Compilation.eventPlanParts, "parts of an event plan")
        case ("followups", "part"):
            return (Compilation.followUpParts, "kinds of follow-up")
        case (_, "kind"):
            return (catalogs["event-kinds"]?.items.map(\.id) ?? [], "kinds of event in the catalog 'event-kinds'")
        default:
            return nil
        }
    }

    // MARK: Checks

    func compileChecks(_ node: SourceNode) -> [TextCheck] {
        guard node.isSequence else {
            sink.report(.wrongType, at: node, "'critique' must be a list of checks, found \(node.kindDescription).")
            return []
        }
        var checks: [TextCheck] = []
        for item in node.items {
            guard let reader = ShapeReader(item, as: "a check", keys: Compilation.checkKeys, sink: sink),
                  let (id, idNode) = reader.text("id", required: true), checkID(id, at: idNode, what: "check") else { continue }
            guard wordingIDs.insert("critique/\(id)").inserted else {
                sink.report(.duplicateID, at: idNode, "there is already a check '\(id)'.", hint: "Give each check its own id.")
                continue
            }
            let message = reader.value("message", required: true).flatMap { template($0, key: "message", extraNames: Compilation.checkNames) }
            let suggestion = reader.value("suggestion", required: true)
                .flatMap { template($0, key: "suggestion", extraNames: Compilation.checkNames) }
            let weight = reader.integer("weight")
            if let weight, !(0...100).contains(weight.value) {
                sink.report(.invalidValue, at: weight.node, "'weight' must be from 0 to 100 (points taken off the score).")
            }
            guard let (kindText, kindNode) = reader.text("check", required: true) else { continue }
            var scope = TextCheck.Scope.text
            if let (scopeText, scopeNode) = reader.text("in") {
                if let value = TextCheck.Scope(rawValue: scopeText) {
                    scope = value
                } else {
                    sink.report(.invalidValue, at: scopeNode, "'in' must be one of: \(TextCheck.Scope.allCases.map(\.rawValue).joined(separator: ", ")).")
                }
            }
            let phrases = reader.textList("phrases")?.map(\.value) ?? []
            var kind: TextCheck.Kind?
            switch kindText {
            case "found":
                if phrases.isEmpty { _ = reader.value("phrases", required: true) } else { kind = .found(phrases, scope: scope) }
            case "missing":
                let numbers = reader.bool("numbers") ?? false
                if phrases.isEmpty && !numbers { _ = reader.value("phrases", required: true) } else {
                    kind = .missing(phrases, numbers: numbers, scope: scope)
                }
            case "over-budget": kind = .overBudget
            case "under-budget": kind = .underBudget
            case "long-sentences":
                if let (limit, _) = reader.integer("limit") ?? missing(reader, "limit") { kind = .longSentences(limit) }
            case "sentence-starts":
                if let (word, _) = reader.text("word", required: true) {
                    let share = reader.number("share")?.value ?? 0.5
                    let count = reader.integer("count")?.value ?? 3
                    kind = .sentenceStarts(word: word, share: share, count: count)
                }
            default:
                sink.report(.invalidValue, at: kindNode, "there is no check '\(kindText)'.",
                            hint: EditDistance.nearest(to: kindText, in: Compilation.checkKinds).map { "Did you mean '\($0)'?" }
                                ?? "Checks: \(Compilation.checkKinds.joined(separator: ", ")).")
            }
            let applies = reader.textList("applies_to")?.map(\.value) ?? []
            for (value, valueNode) in reader.textList("applies_to") ?? [] where !["pitch", "linkedin"].contains(value) {
                sink.report(.invalidValue, at: valueNode, "'applies_to' takes pitch and linkedin, not '\(value)'.")
            }
            guard let kind, let message, let suggestion else { continue }
            checks.append(TextCheck(id: id, kind: kind, weight: weight?.value ?? 10, appliesTo: applies, message: message,
                                    suggestion: suggestion, source: location(item)))
        }
        return checks
    }
}
