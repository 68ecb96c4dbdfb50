/// The functions a condition may call. The parser accepts any name followed by `(`, so that the
/// checker can report an unknown one with a suggestion instead of a bare syntax error.
public enum ExpressionFunction: String, Hashable, Sendable, Codable, CaseIterable {
    /// `count(x)`: the number of items in a list or characters in a text.
    case count
    /// `exists(path)`: whether a slot or fact holds a non-empty value.
    case exists
    /// `lower(text)`: the text in lowercase, for comparisons that ignore case.
    case lower

    /// How many arguments the function takes.
    public var arity: Int { 1 }

    /// Names coaches reach for out of habit from other languages, mapped to ours for "did you mean".
    static let habitualNames: [String: ExpressionFunction] = [
        "len": .count, "length": .count, "size": .count,
        "exist": .exists, "defined": .exists, "isset": .exists, "has": .exists,
        "lowercase": .lower, "lowercased": .lower, "tolower": .lower, "downcase": .lower,
    ]

    /// The function a mistyped or habitual `name` most plausibly means.
    static func suggestion(for name: String) -> String? {
        if let habitual = habitualNames[name.lowercased()] { return habitual.rawValue }
        return EditDistance.nearest(to: name, in: allCases.map(\.rawValue))
    }
}
