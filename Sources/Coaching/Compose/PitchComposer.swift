import DialogueEngine

/// An elevator pitch composed from the profile: its parts in order, the words and the time it takes.
public struct ComposedPitch: Sendable {
    public struct Part: Sendable {
        public var part: String
        public var id: String
        public var text: String
        public var because: String?
        public var source: PromptLocation
    }

    public var seconds: Int
    public var audience: String
    public var parts: [Part]
    /// The parts of the length that no wording could fill (no goal yet, no story yet).
    public var missing: [String]
    public var minWords: Int
    public var maxWords: Int
    public var wordsPerMinute: Int

    public var text: String { parts.map(\.text).joined(separator: " ") }
    public var words: Int { Composer.words(in: text).count }
    /// The time it takes to say, at the pace in settings.
    public var estimatedSeconds: Int { Int((Double(words) * 60 / Double(wordsPerMinute)).rounded()) }
    public var fitsBudget: Bool { (minWords...maxWords).contains(words) }
}

extension Composer {
    /// Whether two texts share a run of six words (ignoring case and punctuation).
    static func repeats(_ first: String, _ second: String) -> Bool {
        let a = words(in: first).map { $0.lowercased() }, b = words(in: second).map { $0.lowercased() }
        guard a.count >= 6, b.count >= 6 else { return false }
        let runs = Set((0...(a.count - 6)).map { a[$0..<$0 + 6].joined(separator: " ") })
        return (0...(b.count - 6)).contains { runs.contains(b[$0..<$0 + 6].joined(separator: " ")) }
    }

    public static let paceSetting = "words_per_minute"
    public static let defaultPace = 130

    /// The speaking pace content sets, in words a minute.
    public var wordsPerMinute: Int { program.settings.numbers[Composer.paceSetting] ?? Composer.defaultPace }

    /// A pitch of `seconds` for `audience` (an id of the `audiences` catalog): for each part of the
    /// length, the wordings that fit; of all the ways to put them together, the one within the word
    /// budget with the most weight (or, when none fits, the nearest to it). Nil when the length is unknown.
    public func pitch(seconds: Int, audience: String) -> ComposedPitch? {
        guard let length = program.settings.length(seconds: seconds) else { return nil }
        var names = profileNames()
        names["audience.id"] = .text(audience)
        if let item = program.catalogs["audiences"]?.item(audience) { names["audience.name"] = .text(item.name) }
        let filled = fill("pitch", names: names) { $0.allows("for", audience) && $0.allows("seconds", String(seconds)) }
        var options: [(part: String, choices: [Filled])] = []
        var missing: [String] = []
        for part in length.parts {
            // A few wordings a part: enough to fit the budget, few enough to try every combination.
            let choices = Array(filled.filter { $0.wording.tags["part"]?.contains(part) ?? false }.prefix(5))
            if choices.isEmpty { missing.append(part) } else { options.append((part, choices)) }
        }
        // Two parts that say the same thing (a result as the hook and again as the evidence) do not go together.
        let flat = options.enumerated().flatMap { part, option in option.choices.indices.map { (part, $0) } }
        var repeats = Set<[Int]>()
        for (a, b) in flat.flatMap({ first in flat.map { (first, $0) } }) where a.0 < b.0 {
            if Composer.repeats(options[a.0].choices[a.1].text, options[b.0].choices[b.1].text) { repeats.insert([a.0, a.1, b.0, b.1]) }
        }
        var best: (distance: Int, weight: Int, picks: [Int])?
        var picks = Array(repeating: 0, count: options.count)
        let counts = options.map { $0.choices.map { Composer.words(in: $0.text).count } }
        func search(_ index: Int, words: Int, weight: Int) {
            if index == options.count {
                let distance = words < length.minWords ? length.minWords - words : max(0, words - length.maxWords)
                if best == nil || (distance, -weight) < (best!.distance, -best!.weight) { best = (distance, weight, picks) }
                return
            }
            choices: for choice in options[index].choices.indices {
                for earlier in 0..<index where repeats.contains([earlier, picks[earlier], index, choice]) { continue choices }
                picks[index] = choice
                search(index + 1, words: words + counts[index][choice], weight: weight + options[index].choices[choice].wording.weight)
            }
        }
        search(0, words: 0, weight: 0)
        let parts = zip(options, best?.picks ?? []).map { option, pick -> ComposedPitch.Part in
            let chosen = option.choices[pick]
            return .init(part: option.part, id: chosen.wording.id, text: chosen.text, because: chosen.because, source: chosen.wording.source)
        }
        return ComposedPitch(seconds: seconds, audience: audience, parts: parts, missing: missing, minWords: length.minWords,
                             maxWords: length.maxWords, wordsPerMinute: wordsPerMinute)
    }
}
