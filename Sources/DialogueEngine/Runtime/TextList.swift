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
