/// A JSON value whose objects keep their keys in the order written, so exports read in a fixed,
/// documented order rather than alphabetically.
enum OrderedJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([OrderedJSON])
    case object([Member])

    struct Member: Equatable, Sendable {
        var key: String
        var value: OrderedJSON
    }

    /// Pretty-printed with two-space indentation and `": "` between key and value; no trailing newline.
    var rendered: String {
        var out = ""
        write(to: &out, indent: 0)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): OrderedJSON.writeString(value, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                OrderedJSON.writeString(member.key, to: &out)
                out += ": "
                member.value.write(to: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// Writes a JSON string literal. Non-ASCII text stays as UTF-8 (valid JSON, readable in an editor);
    /// control characters, DEL, the two JavaScript line separators and U+FEFF are escaped so no tool chokes on
    /// them. (Foundation's JSONSerialization on Linux silently drops a raw U+FEFF at the start of a string,
    /// taking it for a byte-order mark; escaped, it survives.)
    static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}", "\u{2029}", "\u{7F}", "\u{FEFF}":
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += unicodeEscape(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

extension OrderedJSON {
    /// An object from key–value pairs, in the order given.
    static func fields(_ pairs: KeyValuePairs<String, OrderedJSON>) -> OrderedJSON {
        .object(pairs.map { Member(key: $0.key, value: $0.value) })
    }

    /// A string, or `null` when absent.
    static func text(_ value: String?) -> OrderedJSON { value.map { .string($0) } ?? .null }
    /// A whole number, or `null` when absent.
    static func number(_ value: Int?) -> OrderedJSON { value.map { .int($0) } ?? .null }
    static func strings(_ values: [String]) -> OrderedJSON { .array(values.map { .string($0) }) }

    /// This object with `key` as its first member, or as it is when `value` is nil: for a key written
    /// only when known.
    func leading(_ key: String, _ value: OrderedJSON?) -> OrderedJSON {
        guard let value, case let .object(members) = self else { return self }
        return .object([Member(key: key, value: value)] + members)
    }
}
