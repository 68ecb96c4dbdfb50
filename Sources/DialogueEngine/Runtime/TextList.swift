import Mustache

/// A list answer in a template: `{{skills}}` reads "SQL, Python and Excel", as a list reads in a
/// sentence, and `{{#skills}}…{{.}}…{{/skills}}` goes through the items one by one.
struct TextList: MustacheSequence, MustacheCustomRenderable, MustacheTransformable {
    var items: [String]

    func makeIterator() -> IndexingIterator<[String]> { items.makeIterator() }

    var renderText: String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
    var isNull: Bool { items.isEmpty }

    /// `{{lowercased(list)}}` and the other transforms templates may apply to a list.
    func transform(_ name: String) -> Any? {
        switch name {
        case "alternatives": return OrList(items: items)
        case "lowercased": return TextList(items: items.map { $0.lowercased() })
        case "uppercased": return TextList(items: items.map { $0.uppercased() })
        case "capitalized": return TextList(items: items.map(\.capitalized))
        case "first": return items.first
        case "last": return items.last
        case "count": return items.count
        case "empty": return items.isEmpty
        default: return nil
        }
    }
}

/// `{{alternatives(list)}}`: the items as choices in a sentence, "a, b or c".
struct OrList: MustacheCustomRenderable {
    var items: [String]
    var renderText: String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items.last!
    }
    var isNull: Bool { items.isEmpty }
}

/// A text in a template: renders as itself, counts as missing in a section when empty, and knows the
/// transforms templates may apply, `{{a(goal.role)}}` ("an engineer") among them.
struct TextValue: MustacheCustomRenderable, MustacheTransformable {
    var text: String

    var renderText: String { text }
    var isNull: Bool { text.isEmpty }

    func transform(_ name: String) -> Any? {
        switch name {
        case "lowercased": return TextValue(text: text.lowercased())
        case "uppercased": return TextValue(text: text.uppercased())
        case "capitalized": return TextValue(text: text.capitalized)
        case "a": return text.isEmpty ? TextValue(text: "") : TextValue(text: TextValue.article(for: text) + " " + text)
        // `{{n}} year{{s(n)}}`: "1 year", "2 years".
        case "s": return TextValue(text: Double(text) == 1 ? "" : "s")
        case "upper_first": return TextValue(text: text.prefix(1).uppercased() + text.dropFirst())
        case "lower_first": return TextValue(text: TextValue.lowerFirst(text))
        case "first", "last": return self
        case "count": return text.isEmpty ? 0 : 1
        case "empty": return text.isEmpty
        default: return nil
        }
    }

    /// The first letter in lower case, unless the first word is "I", an abbreviation or a name with
    /// capitals inside ("Lead a team" → "lead a team"; "I led", "UX research", "iOS", "McKinsey" stay).
    static func lowerFirst(_ text: String) -> String {
        let word = text.split(separator: " ").first.map(String.init) ?? text
        if word == "I" || word.hasPrefix("I'") || word.hasPrefix("I’") || word.dropFirst().contains(where: \.isUppercase) { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// "a" or "an", by how the word is said: "an intern", "a UX designer", "an MBA", "a university".
    static func article(for phrase: String) -> String {
        let word = phrase.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).first.map(String.init) ?? phrase
        guard let first = word.first else { return "a" }
        let lower = word.lowercased()
        // An abbreviation is said letter by letter: "an SEO lead", "a UX designer".
        if word.count >= 2, word.count <= 5, word.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            return "AEFHILMNORSX".contains(first) ? "an" : "a"
        }
        for prefix in ["uni", "use", "usu", "uti", "eu", "one", "once", "ur"] where lower.hasPrefix(prefix) { return "a" }
        for prefix in ["hour", "honest", "honor", "honour", "heir"] where lower.hasPrefix(prefix) { return "an" }
        return "aeiou".contains(lower.first!) ? "an" : "a"
    }
}
