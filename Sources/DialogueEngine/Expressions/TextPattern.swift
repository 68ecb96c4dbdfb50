/// The regular expressions of `matches(text, 'pattern')`: Swift's own regex syntax, case ignored.
enum TextPattern {
    /// Why `pattern` cannot be compiled, or nil when it can.
    static func problem(in pattern: String) -> String? {
        do {
            _ = try Regex(pattern)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Whether the pattern finds a match anywhere in `text`, ignoring case. A pattern that cannot
    /// be compiled (which the checker rejects) matches nothing.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? Regex(pattern) else { return false }
        return text.contains(regex.ignoresCase())
    }
}

extension Catalog {
    /// The item `text` names: its id, name or a synonym, ignoring case; failing that, the first item
    /// whose name or a synonym appears in the text as whole words ("consulting at a big firm").
    public func item(named text: String) -> CatalogItem? {
        let wanted = text.lowercased().trimmingWhitespace
        guard !wanted.isEmpty else { return nil }
        if let exact = items.first(where: { item in
            item.id.lowercased() == wanted || item.name.lowercased() == wanted
                || item.synonyms.contains { $0.lowercased() == wanted }
        }) {
            return exact
        }
        let words = " " + Catalog.tokens(of: wanted).joined(separator: " ") + " "
        return items.first { item in
            ([item.name] + item.synonyms).contains { name in
                let phrase = Catalog.tokens(of: name.lowercased()).joined(separator: " ")
                return !phrase.isEmpty && words.contains(" " + phrase + " ")
            }
        }
    }

    /// Lowercase words for finding a name inside a text: letters and digits, with `&`, `+` and `#` kept
    /// inside a word, so that `M&A` or `C++` is one word rather than single letters found everywhere.
    static func tokens(of text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "&" || $0 == "+" || $0 == "#") }.map(String.init)
    }

    /// Lowercase runs of letters and digits.
    public static func words(of text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
