import Foundation

/// A person as the user names them in a line: "Dana Lee, recruiter at Acme", "Sam Ortiz (Globex)",
/// "Kim from Initech", "Ana Ruiz, product manager, Stripe".
public struct PersonMention: Hashable, Sendable {
    public var firstName: String
    public var lastName: String
    public var position: String?
    public var company: String?

    public var name: String { lastName.isEmpty ? firstName : firstName + " " + lastName }

    public init?(_ line: String) {
        var text = line.trimmingWhitespace
        var position: String?
        var company: String?
        // "(Globex)" at the end: the company.
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            company = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingWhitespace
            text = String(text[..<open]).trimmingWhitespace
        }
        var name = text
        var rest: String?
        for separator in [",", " - ", " – ", " — "] {
            if let range = text.range(of: separator) {
                name = String(text[..<range.lowerBound]).trimmingWhitespace
                rest = String(text[range.upperBound...]).trimmingWhitespace
                break
            }
        }
        if rest == nil {
            // "Kim from Initech", "Kim at Initech".
            for word in [" from ", " at "] {
                if let range = text.range(of: word) {
                    name = String(text[..<range.lowerBound]).trimmingWhitespace
                    company = company ?? String(text[range.upperBound...]).trimmingWhitespace
                    break
                }
            }
        }
        if let rest, !rest.isEmpty {
            let parts = rest.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            if let at = rest.range(of: " at ") {
                // "engineering manager at Acme, Inc.": the company is all that follows.
                position = String(rest[..<at.lowerBound]).trimmingWhitespace
                company = company ?? String(rest[at.upperBound...]).trimmingWhitespace
            } else if let first = parts.first {
                position = first
                if parts.count > 1 { company = company ?? parts[1] }
            }
        }
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first, first.contains(where: \.isLetter) else { return nil }
        firstName = first
        lastName = words.dropFirst().joined(separator: " ")
        self.position = position.flatMap { $0.isEmpty ? nil : $0 }
        self.company = company.flatMap { $0.isEmpty ? nil : $0 }
    }
}
