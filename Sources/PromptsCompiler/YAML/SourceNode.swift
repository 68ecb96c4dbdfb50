import Yams

/// A YAML node with its file and position, and the reading helpers the compiler uses to check
/// shape: every wrong shape becomes a positioned diagnostic instead of a thrown error.
struct SourceNode {
    let node: Node
    let file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    /// Where the text of a scalar begins (after an opening quote).
    var contentColumn: Int {
        guard let scalar = node.scalar else { return column }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: return column + 1
        default: return column
        }
    }

    /// Whether a scalar's text maps one to one onto its source line (so columns inside it can be
    /// pointed at exactly): plain or quoted, on one line.
    var isSingleLineScalar: Bool {
        guard let scalar = node.scalar, !scalar.string.contains("\n") else { return false }
        switch scalar.style {
        case .plain, .singleQuoted, .doubleQuoted: return true
        default: return false
        }
    }

    var isMapping: Bool { node.mapping != nil }
    var isSequence: Bool { node.sequence != nil }
    var isScalar: Bool { node.scalar != nil }

    /// The scalar's text, or nil when this is a mapping or sequence.
    var text: String? { node.scalar?.string }

    /// What kind of YAML value this is, for messages ("a list", "a mapping", "'text'").
    var kindDescription: String {
        if isMapping { return "a mapping" }
        if isSequence { return "a list" }
        return "'\(text ?? "")'"
    }

    /// The key–value pairs of a mapping, in source order, keys as text.
    var pairs: [(key: String, keyNode: SourceNode, value: SourceNode)] {
        guard let mapping = node.mapping else { return [] }
        return mapping.map { key, value in
            (key.string ?? "", SourceNode(node: key, file: file), SourceNode(node: value, file: file))
        }
    }

    var items: [SourceNode] {
        node.sequence.map { $0.map { SourceNode(node: $0, file: file) } } ?? []
    }

    subscript(key: String) -> SourceNode? {
        pairs.first { $0.key == key }?.value
    }

    func keyNode(_ key: String) -> SourceNode? {
        pairs.first { $0.key == key }?.keyNode
    }
}
