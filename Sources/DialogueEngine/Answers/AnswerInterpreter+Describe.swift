extension AnswerInterpreter {
    /// A stored answer as the user should see it again: option labels rather than ids, dates written
    /// out with their weekday, yes or no, lists joined with commas. Used to echo an answer and to show
    /// it on `back`.
    ///
    /// A value that does not fit the type (say, an id no longer among the options) is shown as it is
    /// stored rather than dropped, so nothing the user said disappears.
    public static func describe(_ value: Value, as type: SlotType) -> String {
        switch (value, type) {
        case let (.text(id), .choice(options)):
            return label(of: id, in: options)
        case let (.list(items), .multiChoice(options, _, _)), let (.list(items), .rank(options, _)):
            return items.map { item in
                if case let .text(id) = item { return label(of: id, in: options) }
                return item.displayText
            }.joined(separator: ", ")
        case let (.date(date), _):
            return date.longForm
        case let (.dateTime(moment), _):
            return moment.longForm
        case let (.number(minutes), .duration):
            return AnswerInterpreter.describeDuration(Int(minutes))
        case let (.list(items), _):
            return items.map { describe($0, as: type) }.joined(separator: ", ")
        default:
            return value.displayText
        }
    }

    private static func label(of id: String, in options: [ChoiceOption]) -> String {
        options.first { $0.id == id }?.label ?? id
    }
}
