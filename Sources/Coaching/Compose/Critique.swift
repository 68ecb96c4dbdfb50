import DialogueEngine
import Foundation

/// What the checks in Prompts found in a written text, and a score out of 100.
public struct Critique: Sendable {
    public struct Finding: Sendable {
        public var check: String
        public var weight: Int
        /// The words the check found (a filler, a long sentence), or empty for what is missing.
        public var words: [String]
        public var message: String
        public var suggestion: String
        public var source: PromptLocation
    }

    public var findings: [Finding]
    public var words: Int
    public var sentences: Int
    public var score: Int { max(0, 100 - findings.reduce(0) { $0 + $1.weight }) }

    /// Runs the checks that apply to `kind` (`pitch`, `linkedin`) over `text`, with a word budget
    /// when there is one.
    public static func review(_ text: String, kind: String, budget: ClosedRange<Int>?, seconds: Int?, program: Program) -> Critique {
        let sentences = Critique.sentences(in: text)
        let wordCount = Composer.words(in: text).count
        let host = CoachingHost(today: CalendarDate(year: 2000, month: 1, day: 1)!)
        let engine = Engine(program: program, host: host, today: host.today)
        var findings: [Finding] = []
        for check in program.checks where check.appliesTo.isEmpty || check.appliesTo.contains(kind) {
            var found: [String]?
            var names: [String: Value] = ["words": .number(Double(wordCount))]
            if let budget { names["budget"] = .text("\(budget.lowerBound)–\(budget.upperBound)") }
            if let seconds { names["seconds"] = .number(Double(seconds)) }
            func scoped(_ scope: TextCheck.Scope) -> String {
                switch scope {
                case .text: return text
                case .first: return sentences.first ?? ""
                case .last: return sentences.last ?? ""
                }
            }
            switch check.kind {
            case let .found(phrases, scope):
                let part = scoped(scope)
                let hits = phrases.filter { Critique.contains(part, phrase: $0) }
                // A phrase found only inside a longer one found ("maybe" in "I think maybe") is not named twice.
                let distinct = hits.filter { hit in
                    let longer = hits.filter { $0 != hit && Critique.contains($0, phrase: hit) }
                    guard !longer.isEmpty else { return true }
                    return Critique.contains(Critique.removing(longer, from: part), phrase: hit)
                }
                if !distinct.isEmpty { found = distinct }
            case let .missing(phrases, numbers, scope):
                let part = scoped(scope)
                let present = phrases.contains { Critique.contains(part, phrase: $0) } || (numbers && part.contains(where: \.isNumber))
                if !present { found = [] }
            case .overBudget:
                // {{count}}: the words over the budget.
                if let budget, wordCount > budget.upperBound {
                    found = []
                    names["count"] = .number(Double(wordCount - budget.upperBound))
                }
            case .underBudget:
                // {{count}}: the words short of the budget.
                if let budget, wordCount < budget.lowerBound {
                    found = []
                    names["count"] = .number(Double(budget.lowerBound - wordCount))
                }
            case let .longSentences(limit):
                let long = sentences.filter { Composer.words(in: $0).count > limit }
                names["limit"] = .number(Double(limit))
                if !long.isEmpty {
                    found = long.map { sentence in
                        let words = Composer.words(in: sentence)
                        return sentence.split(separator: " ").prefix(6).joined(separator: " ") + "… (\(Composer.count(words.count, "word")))"
                    }
                }
            case let .sentenceStarts(word, share, count):
                let starting = sentences.filter { Composer.words(in: $0).first?.lowercased() == word.lowercased() }
                names["count"] = .number(Double(starting.count))
                if starting.count >= count, Double(starting.count) > share * Double(sentences.count) {
                    found = ["\(starting.count) of \(sentences.count) sentences"]
                }
            }
            guard let found else { continue }
            names["found"] = .list(found.map { .text("\"\($0)\"") })
            if case .sentenceStarts = check.kind { names["found"] = .text(found.first ?? "") }
            if case .longSentences = check.kind { names["found"] = .list(found.map(Value.text)) }
            findings.append(Finding(check: check.id, weight: check.weight, words: found,
                                    message: Composer.tidy(engine.compose(check.message, names: names)),
                                    suggestion: Composer.tidy(engine.compose(check.suggestion, names: names)),
                                    source: check.source))
        }
        return Critique(findings: findings, words: wordCount, sentences: sentences.count)
    }

    /// Sentences: text up to a full stop, question or exclamation mark followed by a space or the end
    /// (so "3.5" and "e.g." inside a sentence do not end it).
    public static func sentences(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character) else { continue }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            guard next.isWhitespace || next == "\"" || next == "”" else { continue }
            // "e.g." and "i.e." are not ends of sentences.
            let tail = current.lowercased().suffix(5)
            if tail.hasSuffix("e.g.") || tail.hasSuffix("i.e.") { continue }
            let sentence = current.trimmingWhitespace
            if !sentence.isEmpty { result.append(sentence) }
            current = ""
        }
        let rest = current.trimmingWhitespace
        if Composer.words(in: rest).count > 0 { result.append(rest) }
        return result
    }

    /// `text` with every occurrence of the phrases (whole words, case ignored) taken out.
    static func removing(_ phrases: [String], from text: String) -> String {
        var text = text.replacingOccurrences(of: "’", with: "'")
        for phrase in phrases.sorted(by: { $0.count > $1.count }) {
            let escaped = NSRegularExpression.escapedPattern(for: phrase.replacingOccurrences(of: "’", with: "'"))
            text = text.replacingOccurrences(of: "(?<![\\p{L}\\p{N}])" + escaped + "(?![\\p{L}\\p{N}])", with: " ",
                                             options: [.regularExpression, .caseInsensitive])
        }
        return text
    }

    /// Whether `text` contains `phrase` as whole words, ignoring case and straight or curly apostrophes;
    /// a phrase of punctuation alone ("?") is looked for as written.
    public static func contains(_ text: String, phrase: String) -> Bool {
        let text = text.lowercased().replacingOccurrences(of: "’", with: "'")
        let phrase = phrase.lowercased().replacingOccurrences(of: "’", with: "'")
        guard phrase.contains(where: { $0.isLetter || $0.isNumber }) else { return text.contains(phrase) }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: phrase, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let startsWord = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let endsWord = after.map { !($0.isLetter || $0.isNumber) } ?? true
            if (startsWord || !(phrase.first!.isLetter || phrase.first!.isNumber)) && (endsWord || !(phrase.last!.isLetter || phrase.last!.isNumber)) {
                return true
            }
            searchRange = text.index(after: found.lowerBound)..<text.endIndex
        }
        return false
    }
}
