import DialogueEngine
import Foundation

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
    /// The time it takes to say, at the pace in settings, to the nearest second.
    public var estimatedSeconds: Int { Composer.spokenSeconds(words: words, wordsPerMinute: wordsPerMinute) }
    public var fitsBudget: Bool { (minWords...maxWords).contains(words) }
    /// Whether it can be said in its length at the pace in settings ("about 15 seconds" for 15).
    public var fitsTime: Bool { estimatedSeconds <= seconds }
}

extension Composer {
    /// Whether two texts say the same thing: they share a run of six words (ignoring case and
    /// punctuation), a number ("14 branch managers" twice), or a name of two or more capitalised words
    /// inside a sentence ("First Harbor Bank" in the introduction and again in the evidence).
    static func repeats(_ first: String, _ second: String) -> Bool {
        let a = words(in: first).map { $0.lowercased() }, b = words(in: second).map { $0.lowercased() }
        if a.count >= 6, b.count >= 6 {
            let runs = Set((0...(a.count - 6)).map { a[$0..<$0 + 6].joined(separator: " ") })
            if (0...(b.count - 6)).contains(where: { runs.contains(b[$0..<$0 + 6].joined(separator: " ")) }) { return true }
        }
        let numbers = Set(a.filter { $0.contains(where: \.isNumber) })
        if b.contains(where: { $0.contains(where: \.isNumber) && numbers.contains($0) }) { return true }
        return !names(in: first).isDisjoint(with: names(in: second))
    }

    /// Runs of two or more capitalised words that do not start a sentence: "First Harbor Bank".
    static func names(in text: String) -> Set<String> {
        var found = Set<String>()
        for sentence in Critique.sentences(in: text) {
            var run: [String] = []
            let tokens = sentence.split(whereSeparator: \.isWhitespace).map(String.init)
            for (index, token) in tokens.enumerated() {
                let word = token.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols))
                let capitalised = index > 0 && word.first?.isUppercase == true && !["I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d"].contains(word)
                if capitalised { run.append(word.lowercased()) }
                // A name ends at a comma or a full stop, or at a word in lower case.
                if !capitalised || token.last.map({ ",.;:!?".contains($0) }) == true {
                    if run.count >= 2 { found.insert(run.joined(separator: " ")) }
                    run = []
                }
            }
            if run.count >= 2 { found.insert(run.joined(separator: " ")) }
        }
        return found
    }

    public static let paceSetting = "words_per_minute"
    public static let defaultPace = 130

    /// The speaking pace content sets, in words a minute.
    public var wordsPerMinute: Int { program.settings.numbers[Composer.paceSetting] ?? Composer.defaultPace }

    /// The seconds `words` take to say at `wordsPerMinute`, to the nearest second.
    public static func spokenSeconds(words: Int, wordsPerMinute: Int) -> Int {
        Int((Double(words) * 60 / Double(max(1, wordsPerMinute))).rounded())
    }

    /// The time `words` take to say, as a person would put it: "under a second", "about 1 second",
    /// "about 25 seconds".
    public static func spokenTime(words: Int, wordsPerMinute: Int) -> String {
        switch spokenSeconds(words: words, wordsPerMinute: wordsPerMinute) {
        case 0: return "under a second"
        case 1: return "about 1 second"
        case let seconds: return "about \(seconds) seconds"
        }
    }

    /// A count with its noun: "1 word", "2 words".
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The most words that can be said in `seconds` at `wordsPerMinute` (the estimate rounded, as shown).
    public static func wordsThatFit(seconds: Int, wordsPerMinute: Int) -> Int {
        var words = seconds * wordsPerMinute / 60
        while spokenSeconds(words: words + 1, wordsPerMinute: wordsPerMinute) <= seconds { words += 1 }
        while words > 0, spokenSeconds(words: words, wordsPerMinute: wordsPerMinute) > seconds { words -= 1 }
        return words
    }

    /// Of the lengths in settings, the one whose word budget a text of `words` fits best: the budget
    /// that contains it, else the nearest (the longer on a tie).
    public func length(fitting words: Int) -> ContentSettings.SpokenLength? {
        program.settings.lengths.min { a, b in
            func distance(_ length: ContentSettings.SpokenLength) -> Int {
                words < length.minWords ? length.minWords - words : max(0, words - length.maxWords)
            }
            return (distance(a), -a.seconds) < (distance(b), -b.seconds)
        }
    }

    /// How many wordings of each part the search tries: enough to fit the time, few enough to try
    /// every combination.
    static let choicesPerPart = 7

    /// A pitch of `seconds` for `audience` (an id of the `audiences` catalog): for each part of the
    /// length, the wordings that fit; of all the ways to put them together within the word budget,
    /// those that can be said in `seconds` at the pace in settings, the one with the most weight. When
    /// none can, the one nearest to the time (or, outside the budget, nearest to it). Nil when the
    /// length is unknown.
    public func pitch(seconds: Int, audience: String) -> ComposedPitch? {
        guard let length = program.settings.length(seconds: seconds) else { return nil }
        var names = profileNames()
        names["audience.id"] = .text(audience)
        if let item = program.catalogs["audiences"]?.item(audience) { names["audience.name"] = .text(item.name) }
        let filled = fill("pitch", names: names) { $0.allows("for", audience) && $0.allows("seconds", String(seconds)) }
        var options: [(part: String, choices: [Filled])] = []
        var missing: [String] = []
        for part in length.parts {
            let choices = Array(filled.filter { $0.wording.tags["part"]?.contains(part) ?? false }.prefix(Composer.choicesPerPart))
            if choices.isEmpty { missing.append(part) } else { options.append((part, choices)) }
        }
        // Two parts that say the same thing (a result as the hook and again as the evidence) do not go together.
        let flat = options.enumerated().flatMap { part, option in option.choices.indices.map { (part, $0) } }
        var repeats = Set<[Int]>()
        for (a, b) in flat.flatMap({ first in flat.map { (first, $0) } }) where a.0 < b.0 {
            if Composer.repeats(options[a.0].choices[a.1].text, options[b.0].choices[b.1].text) { repeats.insert([a.0, a.1, b.0, b.1]) }
        }
        // Ranked by: words outside the budget, then words beyond what the time allows, then weight.
        let fitting = Composer.wordsThatFit(seconds: seconds, wordsPerMinute: wordsPerMinute)
        var best: (distance: Int, overTime: Int, weight: Int, picks: [Int])?
        var picks = Array(repeating: 0, count: options.count)
        let counts = options.map { $0.choices.map { Composer.words(in: $0.text).count } }
        func search(_ index: Int, words: Int, weight: Int) {
            if index == options.count {
                let distance = words < length.minWords ? length.minWords - words : max(0, words - length.maxWords)
                let overTime = max(0, words - fitting)
                if best == nil || (distance, overTime, -weight) < (best!.distance, best!.overTime, -best!.weight) {
                    best = (distance, overTime, weight, picks)
                }
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

// MARK: Text for the names

extension Composer {
    /// The words a goal uses for the kind of post it wants, after the role ("an associate product manager
    /// internship"), each with the word that names it.
    static let postWords = ["internship", "job", "role", "position", "placement", "apprenticeship", "traineeship",
                            "fellowship", "post", "residency", "co-op"]

    /// The role as the goal puts it: the role and the word for the post that follows it in the goal's text
    /// ("associate product manager internship"); else, when the goal names an internship or job anywhere,
    /// that; else "role". A role that already ends in such a word ("marketing internship") stays as it is.
    static func position(role: String, goal: String) -> String {
        let role = clause(role)
        let roleWords = role.lowercased().split(separator: " ").map(String.init)
        if let last = roleWords.last, postWords.contains(last) || ["intern", "apprentice", "trainee"].contains(last) { return role }
        let words = goal.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        if !roleWords.isEmpty, words.count > roleWords.count {
            for start in 0...(words.count - roleWords.count - 1) where Array(words[start..<start + roleWords.count]) == roleWords {
                let next = words[start + roleWords.count]
                if postWords.contains(next) { return role + " " + next }
            }
        }
        if words.contains("internship") { return role + " internship" }
        if words.contains("apprenticeship") { return role + " apprenticeship" }
        if words.contains("job") { return role + " job" }
        return role + " role"
    }

    /// Words that point back to something said before ("400 students used it"): a result with one of them
    /// needs its action before it.
    static let pointingBack: Set<String> = ["it", "its", "it's", "them", "this", "these", "those"]

    /// Whether a result says what it is about, so that it reads on its own.
    static func standsAlone(_ result: String) -> Bool {
        let words = result.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        return !words.isEmpty && !words.contains(where: pointingBack.contains)
    }
}
