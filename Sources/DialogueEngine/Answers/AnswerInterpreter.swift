/// Reads one typed line as the answer to a question of a given `SlotType`.
///
/// A pure function of (line, type, today): the host passes today's date in, so `next friday` resolves
/// the same way in tests as in use. It never decides what the dialogue does next; it says whether the
/// line is a value, a guess to confirm, or invalid and why.
public enum AnswerInterpreter {
    /// What `input` means as an answer of type `type`.
    ///
    /// Surrounding whitespace is ignored; an empty line is `.invalid(.empty)` so that the engine can
    /// treat it as a skip where a question allows one. A `.list` question read from a single line takes
    /// items separated by commas or semicolons; to collect items one a line use `interpretListItem`.
    public static func interpret(_ input: String, as type: SlotType, today: CalendarDate) -> Interpretation {
        let input = trimmed(input)
        guard !input.isEmpty else { return .invalid(.empty) }
        switch type {
        case let .text(minLength, maxLength):
            return interpretText(input, minLength: minLength, maxLength: maxLength)
        case .yesNo:
            return interpretYesNo(input)
        case let .number(min, max, integer):
            return interpretNumber(input, min: min, max: max, integer: integer)
        case .date:
            return interpretDate(input, today: today)
        case .pastDate:
            return interpretDate(input, today: today, past: true)
        case .dateTime:
            return interpretDateTime(input, today: today)
        case let .duration(min, max):
            return interpretDuration(input, min: min, max: max)
        case let .choice(options):
            return interpretChoice(input, options: options)
        case let .multiChoice(options, min, max):
            return interpretMultiChoice(input, options: options, min: min, max: max)
        case let .rank(options, count):
            return interpretRank(input, options: options, count: count)
        case let .list(minItems, maxItems):
            return interpretList(input, minItems: minItems, maxItems: maxItems)
        }
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static func interpretText(_ input: String, minLength: Int?, maxLength: Int?) -> Interpretation {
        let length = input.count
        if let minLength, length < minLength { return .invalid(.tooShort(min: minLength)) }
        if let maxLength, length > maxLength { return .invalid(.tooLong(max: maxLength, actual: length)) }
        return .value(.text(input))
    }

    private static let yesWords: Set<String> = ["y", "yes", "yeah", "yep", "sure", "ok", "okay", "true"]
    private static let noWords: Set<String> = ["n", "no", "nope", "nah", "false"]

    private static func interpretYesNo(_ input: String) -> Interpretation {
        // "Yes!" and "no." are still plain answers.
        var word = input.lowercased()
        while let last = word.last, last == "." || last == "!" { word.removeLast() }
        if yesWords.contains(word) { return .value(.bool(true)) }
        if noWords.contains(word) { return .value(.bool(false)) }
        // "yes, I work in a café" and "no, not yet" start with the answer.
        let first = String(word.prefix { $0.isLetter })
        let rest = word.dropFirst(first.count)
        if let next = rest.first, next == "," || next == " " || next == "." || next == "!" {
            if ["yes", "yeah", "yep", "sure"].contains(first) { return .value(.bool(true)) }
            if ["no", "nope", "nah"].contains(first) { return .value(.bool(false)) }
        }
        return .invalid(.notYesNo)
    }
}
