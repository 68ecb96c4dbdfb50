/// The functions a condition may call. The parser accepts any name followed by `(`, so that the
/// checker can report an unknown one with a suggestion instead of a bare syntax error.
public enum ExpressionFunction: String, Hashable, Sendable, Codable, CaseIterable {
    /// `count(x)`: the number of items in a list or characters in a text.
    case count
    /// `exists(path)`: whether a slot or fact holds a non-empty value.
    case exists
    /// `lower(text)`: the text in lowercase, for comparisons that ignore case.
    case lower
    /// `words(text)`: the words of a text, in lowercase, without punctuation.
    case words
    /// `matches(text, 'pattern')`: whether a regular expression finds a match in the text, ignoring case.
    case matches
    /// `items('catalog')`: the ids of a catalog's items, in order.
    case items
    /// `tags('catalog', x)`: the tags of the catalog items `x` names (an id, name or synonym, or a list of them).
    case tags
    /// `tagged('catalog', list, 'tag')`: the items of `list` (ids, names or synonyms) whose catalog item has the tag.
    case tagged
    /// `names('catalog', list)`: the catalog names of the items of `list`, each once; words that name no item stay as they are.
    case names
    /// `without(list, other)`: the items of `list` that are not in `other`, in order.
    case without
    /// `union(list, other)`: the items of `list`, then those of `other` not already in it.
    case union
    /// `first(list)`: the list's first item.
    case first
    /// `rest(list)`: the list without its first item.
    case rest
    /// `days_between(from, to)`: the days from one date to the other (negative when `to` is earlier).
    case daysBetween = "days_between"

    /// How many arguments the function takes.
    public var arity: Int {
        switch self {
        case .count, .exists, .lower, .words, .items, .first, .rest: return 1
        case .matches, .tags, .names, .without, .union, .daysBetween: return 2
        case .tagged: return 3
        }
    }

    /// Names coaches reach for out of habit from other languages, mapped to ours for "did you mean".
    static let habitualNames: [String: ExpressionFunction] = [
        "len": .count, "length": .count, "size": .count,
        "exist": .exists, "defined": .exists, "isset": .exists, "has": .exists,
        "lowercase": .lower, "lowercased": .lower, "tolower": .lower, "downcase": .lower,
        "match": .matches, "regex": .matches, "like": .matches,
        "concat": .union, "append": .union, "except": .without, "minus": .without, "difference": .without,
        "days": .daysBetween, "datediff": .daysBetween,
    ]

    /// The function a mistyped or habitual `name` most plausibly means.
    static func suggestion(for name: String) -> String? {
        if let habitual = habitualNames[name.lowercased()] { return habitual.rawValue }
        return EditDistance.nearest(to: name, in: allCases.map(\.rawValue))
    }
}
