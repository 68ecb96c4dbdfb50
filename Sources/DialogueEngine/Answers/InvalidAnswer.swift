/// Why a typed line is not a usable answer, with what the message needs to be specific.
///
/// The reason is data so that the engine and tests can tell failures apart; `message` turns it into the
/// one sentence the user sees, which says what was wrong and what to type instead.
public enum InvalidAnswer: Hashable, Sendable {
    /// Nothing was typed. The engine decides whether that means skip.
    case empty
    /// Text shorter than the question allows, in characters.
    case tooShort(min: Int)
    /// Text longer than the question allows, in characters.
    case tooLong(max: Int, actual: Int)
    /// Not one of the words for yes or no.
    case notYesNo
    /// Not a number written with digits.
    case notANumber(String)
    /// A number outside the question's limits (either may be open).
    case outOfRange(Double, min: Double?, max: Double?)
    /// A fraction where the question wants a whole number.
    case notWhole(Double)
    /// Not a date, either because the form is unknown or because the day does not exist.
    case notADate(String, reason: DateProblem)
    /// Not a date with a time of day.
    case notADateTime(String, reason: DateTimeProblem)
    /// Not a length of time.
    case notADuration(String)
    /// A length of time outside the question's limits, in minutes.
    case durationOutOfRange(Int, min: Int?, max: Int?)
    /// No option is named or close enough to guess. `suggestion` is an option's label worth
    /// mentioning when the input was too short to guess from with confidence.
    case noSuchOption(String, suggestion: String?)
    /// An option number beyond the list.
    case noSuchNumber(Int, optionCount: Int)
    /// The input fits several options equally well; holds their labels.
    case ambiguous(String, matches: [String])
    /// A number that is not among those shown (a card already on another pile).
    case notShownNumber(Int)
    /// Fewer picks than a multi-choice question needs.
    case tooFewPicks(min: Int, max: Int?)
    /// More picks than a multi-choice question allows.
    case tooManyPicks(max: Int, min: Int)
    /// A ranking that names the same option twice; holds its label.
    case repeatedPick(String)
    /// A ranking that names more or fewer options than it should.
    case wrongRankCount(expected: Int, given: Int)
    /// A list with fewer items than it needs.
    case tooFewItems(min: Int, given: Int)
    /// A list with more items than it allows.
    case tooManyItems(max: Int)
    /// An item already on the list (compared without regard to case).
    case repeatedItem(String)

    /// Why a line is not a date.
    public enum DateProblem: Hashable, Sendable {
        /// Not a form of date that is understood.
        case unreadable
        /// A date form naming a day the calendar does not have (`Feb 30`, `2026-13-01`).
        case noSuchDay
    }

    /// Why a line is not a date and time.
    public enum DateTimeProblem: Hashable, Sendable {
        case unreadable
        case noSuchDay
        /// A date without a time of day.
        case noTime
        /// A time the clock does not have (`13pm`, `25:00`).
        case noSuchTime
    }

    /// One short sentence (sometimes two) for the user: what was wrong and what to type instead.
    public var message: String {
        switch self {
        case .empty:
            return "Please type an answer."
        case let .tooShort(min):
            return "Please write at least \(Self.count(min, "character"))."
        case let .tooLong(max, actual):
            return "That is \(Self.count(actual, "character")); please keep it to \(max) or fewer."
        case .notYesNo:
            return "Please answer yes or no."
        case let .notANumber(input):
            return "'\(input)' is not a number. Please type one with digits, like 3 or 2.5."
        case let .outOfRange(_, min, max):
            switch (min, max) {
            case let (min?, max?): return "Please give a number from \(Self.number(min)) to \(Self.number(max))."
            case let (min?, nil): return "Please give a number of \(Self.number(min)) or more."
            case let (nil, max?): return "Please give a number of \(Self.number(max)) or less."
            case (nil, nil): return "Please give a number."
            }
        case let .notWhole(value):
            return "Please give a whole number, such as \(Self.number(value.rounded())) rather than \(Self.number(value))."
        case let .notADate(input, .unreadable):
            return "'\(input)' is not a date I understand. Try a date like 2026-12-03, 'dec 3', 'june 2027' or 'next friday'."
        case let .notADate(input, .noSuchDay):
            return "'\(input)' is not a day in the calendar. Try a date like 2026-12-03 or 'next friday'."
        case let .notADateTime(input, .unreadable):
            return "'\(input)' is not a date and time I understand. Try 'next thursday 6pm', 'dec 3 at 9:30am' or '2026-12-03 18:00'."
        case let .notADateTime(input, .noSuchDay):
            return "'\(input)' names a day the calendar does not have. Try 'next thursday 6pm' or '2026-12-03 18:00'."
        case let .notADateTime(input, .noTime):
            return "'\(input)' has no time of day. Add one, as in '\(input) 6pm' or '\(input) 18:00'."
        case let .notADateTime(input, .noSuchTime):
            return "'\(input)' has a time the clock does not have. Try '6pm', '6:30pm' or '18:30'."
        case let .notADuration(input):
            return "'\(input)' is not a length of time I understand. Try '90 minutes', '2 hours' or '1h30'."
        case let .durationOutOfRange(minutes, min, max):
            let said = AnswerInterpreter.describeDuration(minutes)
            switch (min, max) {
            case let (min?, max?): return "\(said) is outside what makes sense here: give from \(AnswerInterpreter.describeDuration(min)) to \(AnswerInterpreter.describeDuration(max))."
            case let (min?, nil): return "\(said) is too short: give at least \(AnswerInterpreter.describeDuration(min))."
            case let (nil, max?): return "\(said) is too long: give at most \(AnswerInterpreter.describeDuration(max))."
            case (nil, nil): return "Please give a length of time."
            }
        case let .noSuchOption(input, suggestion?):
            return "'\(input)' is not one of the options. Did you mean \(suggestion)? Type more of its name, or its number."
        case let .noSuchOption(input, nil):
            return "'\(input)' is not one of the options. Type an option's number or its name."
        case let .noSuchNumber(number, optionCount):
            let choices = optionCount == 1 ? "Type 1" : "Pick a number from 1 to \(optionCount)"
            return "There is no option \(number). \(choices)."
        case let .notShownNumber(number):
            return "There is no \(number) among these; type a number shown, or a name."
        case let .ambiguous(input, matches):
            return "'\(input)' could be \(Self.either(matches)). Type more of the name, or its number."
        case let .tooFewPicks(min, max):
            return Self.picksSentence(min: min, max: max, exampleCount: min)
        case let .tooManyPicks(max, min):
            return Self.picksSentence(min: min, max: max, exampleCount: Swift.min(max, Swift.max(min, 2)))
        case let .repeatedPick(label):
            return "You named \(label) more than once; name each option once."
        case let .wrongRankCount(expected, given):
            let order = Array(1...Swift.max(expected, 1))
            let example = expected >= 2 ? [2, 1] + order.dropFirst(2) : order
            return "Please put \(Self.count(expected, "option")) in order, best first (you named \(given)), "
                + "for example: \(example.map(String.init).joined(separator: ", "))."
        case let .tooFewItems(min, given):
            return "Please give at least \(Self.count(min, "item")); you have given \(given)."
        case let .tooManyItems(max):
            return "Please give at most \(Self.count(max, "item"))."
        case let .repeatedItem(item):
            return "'\(item)' is already on the list. Type a different item, or an empty line to finish."
        }
    }

    /// "Pick 1 to 3 options, for example: 1, 2." The example uses option numbers because they always work.
    private static func picksSentence(min: Int, max: Int?, exampleCount: Int) -> String {
        let range: String
        switch max {
        case let max? where max == min: range = "exactly \(count(min, "option"))"
        case let max? where min == 0: range = "at most \(count(max, "option"))"
        case let max? where max == min + 1: range = "\(min) or \(max) options"
        case let max?: range = "\(min) to \(max) options"
        case nil: range = "at least \(count(min, "option"))"
        }
        let picks = (1...Swift.max(exampleCount, 1)).map(String.init).joined(separator: ", ")
        return "Pick \(range), for example: \(picks)."
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func number(_ value: Double) -> String { Value.number(value).displayText }

    /// "A", "A or B", "A, B or C".
    private static func either(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}
