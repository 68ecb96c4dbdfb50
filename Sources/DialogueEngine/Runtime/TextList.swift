import Mustache

/// A list answer in a template: `{{skills}}` reads "SQL, Python", and `{{#skills}}…{{.}}…{{/skills}}`
/// goes through the items one by one.
struct TextList: MustacheSequence, MustacheCustomRenderable {
    var items: [String]

    func makeIterator() -> IndexingIterator<[String]> { items.makeIterator() }

    var renderText: String { items.joined(separator: ", ") }
    var isNull: Bool { items.isEmpty }
}
