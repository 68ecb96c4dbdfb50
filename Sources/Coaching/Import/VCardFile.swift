/// Reads vCard 3.0 and 4.0 files (`.vcf`), as address books and phones export them: one or many cards.
///
/// Reads FN, N, ORG (its first unit), TITLE, EMAIL, TEL, URL and NOTE; other properties are passed over.
/// Folded lines are joined, parameters (`EMAIL;TYPE=work:`) and groups (`item1.EMAIL`) are understood, and
/// `\,` `\;` `\\` `\n` are unescaped. A card without a name, or without its END line, is skipped and
/// reported with the line of its BEGIN.
public enum VCardFile {
    /// A property as written: `[group.]NAME;PARAM=VALUE…:value`, the name in capitals.
    struct Property: Hashable {
        var name: String
        var parameters: [String: [String]]
        var value: String
        var line: Int

        /// Marked as the preferred one of its kind (`TYPE=pref` in 3.0, `PREF=1` in 4.0).
        var isPreferred: Bool {
            parameters["TYPE", default: []].contains { $0.lowercased() == "pref" } || parameters["PREF"] != nil
        }
    }

    /// Reads `text` (a leading byte-order mark is ignored). `progress` is called now and then with the
    /// physical line reached, for a progress bar.
    public static func parse(_ text: String, progress: (Int) -> Void = { _ in }) -> Result<ContactFile, NotAContactFile> {
        var file = ContactFile()
        var card: (line: Int, properties: [Property])?
        var sawCard = false
        let lines = unfoldedLines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        for (count, (text, line)) in lines.enumerated() {
            if count % 512 == 511 { progress(line) }
            guard let property = property(text, line: line) else { continue }
            switch (property.name, property.value.uppercased()) {
            case ("BEGIN", "VCARD"):
                if let open = card {
                    file.skipped.append(ImportProblem(
                        line: open.line, reason: "the card has no END:VCARD before the next BEGIN:VCARD on line \(line)"))
                }
                card = (line, [])
                sawCard = true
            case ("END", "VCARD"):
                if let open = card { read(open.properties, line: open.line, into: &file) }
                card = nil
            default:
                card?.properties.append(property)
            }
        }
        if let open = card {
            file.skipped.append(ImportProblem(line: open.line, reason: "the card has no END:VCARD"))
        }
        progress(lines.last?.1 ?? 0)
        guard sawCard else {
            return .failure(NotAContactFile(reason: "a vCard file: no BEGIN:VCARD line was found"))
        }
        return .success(file)
    }

    /// Logical lines with the physical line each begins on: a line starting with a space or tab continues
    /// the one before it (that one character is dropped).
    static func unfoldedLines(_ text: String) -> [(String, Int)] {
        var lines: [(String, Int)] = []
        var number = 0
        for physical in physicalLines(text) {
            number += 1
            if let first = physical.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].0 += physical.dropFirst()
            } else {
                lines.append((String(physical), number))
            }
        }
        return lines
    }

    /// Split at CRLF, LF or a lone CR.
    private static func physicalLines(_ text: String) -> [Substring] {
        // "\r\n" is one Character in Swift, so splitting on Characters handles CRLF as one break.
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }

    /// `NAME;PARAMS:value`, or nil for a line without a colon outside quotes (an empty or damaged line).
    static func property(_ text: String, line: Int) -> Property? {
        var inQuotes = false
        var colon: String.Index?
        for index in text.indices {
            let character = text[index]
            if character == "\"" { inQuotes.toggle() }
            if character == ":" && !inQuotes {
                colon = index
                break
            }
        }
        guard let colon else { return nil }
        let head = splitOutsideQuotes(text[..<colon], on: ";")
        guard var name = head.first.map({ String($0).uppercased() }), !name.isEmpty else { return nil }
        if let dot = name.lastIndex(of: ".") { name = String(name[name.index(after: dot)...]) }
        var parameters: [String: [String]] = [:]
        for parameter in head.dropFirst() {
            if let equals = parameter.firstIndex(of: "=") {
                let key = parameter[..<equals].uppercased()
                let values = splitOutsideQuotes(parameter[parameter.index(after: equals)...], on: ",")
                    .map { String($0).trimmingQuotes() }
                parameters[key, default: []] += values
            } else {
                // vCard 2.1 writes a bare type: `TEL;WORK:`.
                parameters["TYPE", default: []].append(String(parameter))
            }
        }
        return Property(name: name, parameters: parameters, value: String(text[text.index(after: colon)...]), line: line)
    }

    private static func splitOutsideQuotes(_ text: Substring, on separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var inQuotes = false
        for index in text.indices {
            if text[index] == "\"" { inQuotes.toggle() }
            if text[index] == separator && !inQuotes {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        parts.append(text[start...])
        return parts
    }

    /// One card's contact, or a reason it is skipped.
    private static func read(_ properties: [Property], line: Int, into file: inout ContactFile) {
        func first(_ name: String) -> Property? {
            let all = properties.filter { $0.name == name }
            return all.first(where: \.isPreferred) ?? all.first
        }
        func text(_ name: String) -> String? {
            first(name).map { trimmed(unescape($0.value)) }.flatMap { $0.isEmpty ? nil : $0 }
        }

        var firstName = "", lastName = ""
        if let n = first("N") {
            // Family; Given; Additional; Prefixes; Suffixes — each may be a comma-separated list.
            let parts = components(n.value, separator: ";").map { components($0, separator: ",").map(unescape).map(trimmed) }
            lastName = parts.first.map { $0.filter { !$0.isEmpty }.joined(separator: " ") } ?? ""
            firstName = parts.count > 1 ? parts[1].filter { !$0.isEmpty }.joined(separator: " ") : ""
        }
        if firstName.isEmpty && lastName.isEmpty, let fullName = text("FN") {
            let words = fullName.split(whereSeparator: \.isWhitespace)
            if words.count > 1 {
                firstName = words.dropLast().joined(separator: " ")
                lastName = String(words.last!)
            } else {
                firstName = fullName
            }
        }
        guard !firstName.isEmpty || !lastName.isEmpty else {
            file.skipped.append(ImportProblem(line: line, reason: "the card has no name (no FN or N)"))
            return
        }

        let company = first("ORG").flatMap { org in
            components(org.value, separator: ";").first.map { trimmed(unescape($0)) }
        }.flatMap { $0.isEmpty ? nil : $0 }
        let phone = text("TEL").map { $0.lowercased().hasPrefix("tel:") ? String($0.dropFirst(4)) : $0 }
        let notes = properties.filter { $0.name == "NOTE" }.map { trimmed(unescape($0.value)) }.filter { !$0.isEmpty }
        let contact = Contact(id: "", firstName: firstName, lastName: lastName, company: company, position: text("TITLE"),
                              url: url(properties), email: text("EMAIL").map(withoutMailto), phone: phone,
                              notes: notes.isEmpty ? nil : notes.joined(separator: "\n"), source: "vcard")
        file.rows.append(ContactFile.Row(contact: contact, line: line))
    }

    /// A LinkedIn profile among URL and X-SOCIALPROFILE when there is one (so a later LinkedIn import matches
    /// it), else the preferred or first URL.
    private static func url(_ properties: [Property]) -> String? {
        let urls = properties.filter { $0.name == "URL" || $0.name == "X-SOCIALPROFILE" }
            .map { (property: $0, value: trimmed(unescape($0.value))) }
            .filter { !$0.value.isEmpty }
        if let linkedIn = urls.first(where: { $0.value.lowercased().contains("linkedin.com/") }) { return linkedIn.value }
        let plain = urls.filter { $0.property.name == "URL" }
        return (plain.first(where: { $0.property.isPreferred }) ?? plain.first)?.value
    }

    private static func withoutMailto(_ email: String) -> String {
        email.lowercased().hasPrefix("mailto:") ? String(email.dropFirst(7)) : email
    }

    /// Splits at `separator` where it is not escaped with a backslash; the parts keep their escapes.
    static func components(_ text: String, separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append("\\")
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        parts.append(current)
        return parts
    }

    /// `\n` and `\N` are line breaks; `\,` `\;` `\:` `\\` are the character itself.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        if escaped { result.append("\\") }
        return result
    }

    private static func trimmed(_ text: String) -> String { LinkedInConnections.trimmed(text) }
}

private extension String {
    func trimmingQuotes() -> String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
