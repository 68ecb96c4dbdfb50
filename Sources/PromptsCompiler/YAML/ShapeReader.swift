import DialogueEngine

/// Collects diagnostics while the compiler walks the YAML; shared by every part of one compile.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func report(_ code: DiagnosticCode, _ severity: Diagnostic.Severity? = nil, at node: SourceNode,
                column: Int? = nil, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(code, severity, file: node.file, line: node.line,
                                      column: column ?? node.column, message: message, hint: hint))
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
}

/// Reads one YAML mapping whose keys are known: reports unknown keys (with the nearest known one),
/// missing required keys, and values of the wrong kind.
struct ShapeReader {
    let node: SourceNode
    let sink: DiagnosticSink
    /// What the mapping is, for messages: "a flow", "a step", "a rule".
    let what: String

    /// Nil (after reporting) when `node` is not a mapping.
    init?(_ node: SourceNode, as what: String, keys: [String], sink: DiagnosticSink) {
        guard node.isMapping else {
            sink.report(.wrongType, at: node, "\(what) must be a mapping of keys to values, found \(node.kindDescription).")
            return nil
        }
        self.node = node
        self.sink = sink
        self.what = what
        for pair in node.pairs where !keys.contains(pair.key) {
            let suggestion = EditDistance.nearest(to: pair.key, in: keys)
            sink.report(.unknownKey, at: pair.keyNode, "\(what) has no key '\(pair.key)'.",
                        hint: suggestion.map { "Did you mean '\($0)'?" }
                            ?? "Known keys: \(keys.joined(separator: ", ")).")
        }
    }

    func has(_ key: String) -> Bool { node[key] != nil }

    /// The value at `key`; reports P003 when it is required and absent.
    func value(_ key: String, required: Bool = false) -> SourceNode? {
        if let value = node[key] { return value }
        if required {
            sink.report(.missingKey, at: node, "\(what) needs a '\(key)' key.")
        }
        return nil
    }

    /// Text at `key` (a scalar; numbers and booleans are taken as written).
    func text(_ key: String, required: Bool = false) -> (value: String, node: SourceNode)? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.text, value.isScalar else {
            sink.report(.wrongType, at: value, "'\(key)' must be text, found \(value.kindDescription).")
            return nil
        }
        if required && text.allSatisfy(\.isWhitespace) {
            sink.report(.invalidValue, at: value, "'\(key)' must not be empty.")
            return nil
        }
        return (text, value)
    }

    func integer(_ key: String) -> (value: Int, node: SourceNode)? {
        guard let value = value(key) else { return nil }
        guard let text = value.text, let number = Int(text) else {
            sink.report(.wrongType, at: value, "'\(key)' must be a whole number, found \(value.kindDescription).")
            return nil
        }
        return (number, value)
    }

    func number(_ key: String) -> (value: Double, node: SourceNode)? {
        guard let value = value(key) else { return nil }
        guard let text = value.text, let number = Double(text) else {
            sink.report(.wrongType, at: value, "'\(key)' must be a number, found \(value.kindDescription).")
            return nil
        }
        return (number, value)
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.text?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            sink.report(.wrongType, at: value, "'\(key)' must be true or false, found \(value.kindDescription).")
            return nil
        }
    }

    /// A list of text at `key`; a single text is taken as a list of one.
    func textList(_ key: String) -> [(value: String, node: SourceNode)]? {
        guard let value = value(key) else { return nil }
        if value.isScalar, let text = value.text { return [(text, value)] }
        guard value.isSequence else {
            sink.report(.wrongType, at: value, "'\(key)' must be a list of text, found \(value.kindDescription).")
            return nil
        }
        var result: [(value: String, node: SourceNode)] = []
        for item in value.items {
            guard let text = item.text, item.isScalar else {
                sink.report(.wrongType, at: item, "each item of '\(key)' must be text, found \(item.kindDescription).")
                continue
            }
            result.append((text, item))
        }
        return result
    }

    /// A list of nodes at `key`.
    func list(_ key: String, required: Bool = false) -> [SourceNode]? {
        guard let value = value(key, required: required) else { return nil }
        guard value.isSequence else {
            sink.report(.wrongType, at: value, "'\(key)' must be a list, found \(value.kindDescription).")
            return nil
        }
        return value.items
    }
}
