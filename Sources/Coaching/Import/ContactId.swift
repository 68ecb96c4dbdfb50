import Foundation

/// Ids for imported contacts: readable, the same for the same person every time, and unique in the profile.
enum ContactId {
    /// The handle of a LinkedIn profile URL (`https://www.linkedin.com/in/sam-lee-4b2a` → `sam-lee-4b2a`), else
    /// the name and company (`sam-lee-acme`); `contact` when neither gives a letter or digit.
    static func base(for contact: Contact) -> String {
        if let handle = contact.url.flatMap(linkedInHandle) {
            let slug = slug(handle)
            if !slug.isEmpty { return slug }
        }
        let slug = slug([contact.firstName, contact.lastName, contact.company ?? ""].joined(separator: " "))
        return slug.isEmpty ? "contact" : slug
    }

    /// `base`, or `base-2`, `base-3`… the first that is not taken; it is taken from then on.
    static func unique(for contact: Contact, taken: inout Set<String>) -> String {
        let base = base(for: contact)
        let id = taken.contains(base) ? ProfileMerge.freshId(from: base, avoiding: taken) : base
        taken.insert(id)
        return id
    }

    private static func linkedInHandle(_ url: String) -> String? {
        guard let normalized = ProfileMerge.normalizedURL(url),
              let range = normalized.range(of: "linkedin.com/in/") else { return nil }
        let rest = normalized[range.upperBound...]
        let handle = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return handle.isEmpty ? nil : String(handle).removingPercentEncoding ?? String(handle)
    }

    /// Lowercase letters and digits without accents, other runs of characters as one `-`, at most 48 long.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var length = 0
        var pendingDash = false
        for character in folded where length < 48 {
            if character.isLetter || character.isNumber {
                if pendingDash && length > 0 {
                    slug.append("-")
                    length += 1
                }
                pendingDash = false
                slug.append(character)
                length += 1
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
