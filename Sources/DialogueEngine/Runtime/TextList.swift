import Mustache

/// A list answer in a template: `{{skills}}` reads "SQL, Python and Excel", as a list reads in a
/// sentence, and `{{#skills}}…{{.}}…{{/skills}}` goes through the items one by one.
struct TextList: MustacheSequence, MustacheCustomRenderable {
    var items: [String]

    func makeIterator() -> IndexingIterator<[String]> { items.makeIterator() }

    var renderText: String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
    var isNull: Bool { items.isEmpty }
}
