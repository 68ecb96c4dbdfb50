extension AnswerInterpreter {
    static func interpretChoice(_ input: String, options: [ChoiceOption]) -> Interpretation {
        switch OptionMatcher(options: options).match(input) {
        case let .sure(index): return .value(.text(options[index].id))
        case let .guess(index): return .confirm(.text(options[index].id), question: "Did you mean \(options[index].label)?")
        case let .failed(reason): return .invalid(reason)
        }
    }

    static func interpretMultiChoice(_ input: String, options: [ChoiceOption], min: Int, max: Int?) -> Interpretation {
        let picked: [Int], guessed: Bool
        switch matchPicks(input, options: options) {
        case let .matched(indices, anyGuess): (picked, guessed) = (indices, anyGuess)
        case let .failed(reason): return .invalid(reason)
        }
        // Naming an option twice in a set changes nothing, so it is not worth a complaint.
        var chosen: [Int] = []
        for index in picked where !chosen.contains(index) { chosen.append(index) }
        if chosen.count < min { return .invalid(.tooFewPicks(min: min, max: max)) }
        if let max, chosen.count > max { return .invalid(.tooManyPicks(max: max, min: min)) }
        return picksAnswer(chosen, options: options, guessed: guessed)
    }

    static func interpretRank(_ input: String, options: [ChoiceOption], count: Int?) -> Interpretation {
        let ranked: [Int], guessed: Bool
        switch matchPicks(input, options: options) {
        case let .matched(indices, anyGuess): (ranked, guessed) = (indices, anyGuess)
        case let .failed(reason): return .invalid(reason)
        }
        // In a ranking a repeat is a real mistake: one of the places is left unclear.
        var seen: Set<Int> = []
        for index in ranked where !seen.insert(index).inserted {
            return .invalid(.repeatedPick(options[index].label))
        }
        let expected = Swift.min(count ?? options.count, options.count)
        if ranked.count != expected { return .invalid(.wrongRankCount(expected: expected, given: ranked.count)) }
        return picksAnswer(ranked, options: options, guessed: guessed)
    }

    /// Picks from a page of a longer list, or from a list the user may add to: any number of picks
    /// (the engine checks the totals), and with `allowOwn` a piece that names no option and has a
    /// three letters or more becomes the user's own item, confirmed before it is kept. Own items are stored
    /// as the text typed.
    public static func interpretPicks(_ input: String, options: [ChoiceOption], allowOwn: Bool, numbers: [Int]? = nil) -> Interpretation {
        var matcher = OptionMatcher(options: options)
        matcher.numbers = numbers
        var picks: [Value] = [], shown: [String] = [], needsConfirmation = false
        for piece in splitPicks(trimmed(input), matcher: matcher) {
            let value: Value, label: String
            // "remote work" in quotes is the user's own item even where a synonym would match.
            if allowOwn, let first = piece.first, first == "\"" || first == "'", piece.count > 2, piece.last == first {
                let words = String(piece.dropFirst().dropLast()).trimmingWhitespace
                let own = words.prefix(1).uppercased() + words.dropFirst()
                guard !own.isEmpty, !picks.contains(.text(own)) else { continue }
                // Quotes say plainly that these are the user's own words: nothing to confirm.
                picks.append(.text(own))
                shown.append("\(own) (your own)")
                continue
            }
            switch matcher.match(piece) {
            case let .sure(index):
                (value, label) = (.text(options[index].id), options[index].label)
                // Free words mapped through a synonym ("money" for High pay) are read back to be sure.
                if !matcher.namesDirectly(piece, index) { needsConfirmation = true }
            case let .guess(index):
                (value, label) = (.text(options[index].id), options[index].label)
                needsConfirmation = true
            case let .failed(reason):
                guard allowOwn, case .noSuchOption(_, nil) = reason, piece.filter(\.isLetter).count >= 3 else {
                    return .invalid(reason)
                }
                let own = piece.prefix(1).uppercased() + piece.dropFirst()
                (value, label) = (.text(own), "\(own) (your own)")
                needsConfirmation = true
            }
            guard !picks.contains(value) else { continue }
            picks.append(value)
            shown.append(label)
        }
        guard !picks.isEmpty else { return .invalid(.empty) }
        guard needsConfirmation else { return .value(.list(picks)) }
        return .confirm(.list(picks), question: "Did you mean \(shown.joined(separator: ", "))?")
    }

    /// The options named in a multi-pick answer, in the order given, and whether any was a guess;
    /// or the reason one piece named none.
    private enum PicksReading {
        case matched([Int], guessed: Bool)
        case failed(InvalidAnswer)
    }

    /// Matches every piece of a multi-pick answer; the first piece that names no option decides the error.
    private static func matchPicks(_ input: String, options: [ChoiceOption]) -> PicksReading {
        let matcher = OptionMatcher(options: options)
        var indices: [Int] = [], guessed = false
        for piece in splitPicks(input, matcher: matcher) {
            switch matcher.match(piece) {
            case let .sure(index): indices.append(index)
            case let .guess(index): indices.append(index); guessed = true
            case let .failed(reason): return .failed(reason)
            }
        }
        return .matched(indices, guessed: guessed)
    }

    private static func picksAnswer(_ indices: [Int], options: [ChoiceOption], guessed: Bool) -> Interpretation {
        let value = Value.list(indices.map { .text(options[$0].id) })
        guard guessed else { return .value(value) }
        return .confirm(value, question: "Did you mean \(indices.map { options[$0].label }.joined(separator: ", "))?")
    }

    /// Splits `1, 3, 5`, `autonomy; security`, `money and flexibility` and `1 3 5` into pieces.
    ///
    /// Spaces separate picks only when every word is a number, because labels have spaces in them; and
    /// `and` is left alone inside a chunk that is itself an option's name.
    static func splitPicks(_ input: String, matcher: OptionMatcher) -> [String] {
        var pieces: [String] = []
        for chunk in input.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let chunk = trimmed(String(chunk))
            guard !chunk.isEmpty else { continue }
            if matcher.namesExactly(chunk) {
                pieces.append(chunk)
                continue
            }
            var words: [Substring] = []
            let separator: Substring = "and"  // a final separator flushes the last piece
            for word in chunk.split(whereSeparator: \.isWhitespace) + [separator] {
                guard word.lowercased() == "and" || word == "&" else {
                    words.append(word)
                    continue
                }
                if words.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                    pieces += words.map(String.init)
                } else {
                    pieces.append(words.joined(separator: " "))
                }
                words = []
            }
        }
        return pieces
    }
}
