/// Finds which option one typed piece names, for choice, multi-choice and rank questions.
///
/// The order of the tests is the order of confidence: a number, then a whole label, id or synonym, then
/// a unique prefix, then a close misspelling, which the user is asked to confirm. Ties at any step are
/// reported rather than broken, since a wrong silent guess is worse than a second question.
struct OptionMatcher {
    /// How a piece named an option.
    enum Match: Hashable {
        /// Named outright (by number, label, id, synonym or unique prefix); holds the option's index.
        case sure(Int)
        /// A close misspelling; holds the option's index. Needs the user's confirmation.
        case guess(Int)
        /// Names no single option.
        case failed(InvalidAnswer)
    }

    let options: [ChoiceOption]
    /// The number shown for each option, when they are not 1, 2, 3… (cards left after an earlier pile
    /// keep the numbers they had).
    var numbers: [Int]? = nil

    /// The option a typed number names, or why none.
    private func option(numbered number: Int) -> Match {
        if let numbers {
            guard let index = numbers.firstIndex(of: number) else { return .failed(.notShownNumber(number)) }
            return .sure(index)
        }
        guard number >= 1, number <= options.count else { return .failed(.noSuchNumber(number, optionCount: options.count)) }
        return .sure(number - 1)
    }

    /// Shorter prefixes name too many things to be meant (`a` for Autonomy); they get a suggestion instead.
    static let shortestPrefix = 2

    /// The option `piece` names, or why it names none.
    func match(_ piece: String) -> Match {
        // `-1` is a number, not the option 1: normalizing would turn its '-' into a space.
        let raw = piece.trimmingWhitespace
        if let sign = raw.first, sign == "-" || sign == "+", raw.count > 1, raw.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let number = Int(raw) else { return .failed(.noSuchOption(piece, suggestion: nil)) }
            if sign == "-" { return .failed(.noSuchNumber(number, optionCount: options.count)) }
            return option(numbered: number)
        }
        let typed = Self.normalized(piece)
        if !typed.isEmpty, typed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // Too many digits for an Int is no option number either; echo it as typed.
            guard let number = Int(typed) else { return .failed(.noSuchOption(piece, suggestion: nil)) }
            return option(numbered: number)
        }
        let exact = indices { names(of: $0, includingSynonyms: true).contains(typed) }
        if let found = decide(exact, piece) { return found }
        if typed.count >= Self.shortestPrefix {
            let prefixed = indices { names(of: $0, includingSynonyms: false).contains { $0.hasPrefix(typed) } }
            if let found = decide(prefixed, piece) { return found }
            if let found = nearest(to: typed, piece) { return found }
        } else {
            let prefixed = indices { names(of: $0, includingSynonyms: false).contains { $0.hasPrefix(typed) } }
            if prefixed.count == 1 { return .failed(.noSuchOption(piece, suggestion: options[prefixed[0]].label)) }
        }
        return .failed(.noSuchOption(piece, suggestion: nil))
    }

    /// Whether `piece` is an option's label, id or synonym as a whole, so that a label containing
    /// "and" (`Rock and roll`) is not split into two picks.
    func namesExactly(_ piece: String) -> Bool {
        let typed = Self.normalized(piece)
        return options.indices.contains { names(of: $0, includingSynonyms: true).contains(typed) }
    }

    /// Whether `piece` is option `index`'s number, label or id (not a synonym or a prefix).
    func namesDirectly(_ piece: String, _ index: Int) -> Bool {
        let typed = Self.normalized(piece)
        if typed.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return names(of: index, includingSynonyms: false).contains(typed)
    }

    /// Lower case, `-` and `_` as spaces, single spaces: `work_life_balance` and `Work-life balance`
    /// are the same to a user.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 })
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    private func names(of index: Int, includingSynonyms: Bool) -> [String] {
        let option = options[index]
        let names = [option.label, option.id] + (includingSynonyms ? option.synonyms : [])
        return names.map(Self.normalized)
    }

    private func indices(where test: (Int) -> Bool) -> [Int] {
        options.indices.filter(test)
    }

    private func decide(_ found: [Int], _ piece: String) -> Match? {
        switch found.count {
        case 0: return nil
        case 1: return .sure(found[0])
        default: return .failed(.ambiguous(piece, matches: found.map { options[$0].label }))
        }
    }

    /// The one option with a name within a plausible typo of `typed`. The allowance grows with the
    /// word's length, as `EditDistance.nearest` does, so short words must be nearly right.
    private func nearest(to typed: String, _ piece: String) -> Match? {
        let limit = typed.count <= 4 ? 1 : (typed.count <= 6 ? 2 : 3)
        let distances = options.indices.map { index in
            names(of: index, includingSynonyms: true).map { EditDistance.between(typed, $0) }.min() ?? Int.max
        }
        guard let best = distances.min(), best <= limit else { return nil }
        let closest = options.indices.filter { distances[$0] == best }
        if closest.count == 1 { return .guess(closest[0]) }
        return .failed(.ambiguous(piece, matches: closest.map { options[$0].label }))
    }
}
