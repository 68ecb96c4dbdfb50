/// Finds the contact an imported one is the same person as, by `ProfileMerge.isSamePerson`, without
/// comparing it with every contact: 30,000 imported into 30,000 would otherwise be 900 million comparisons.
///
/// The index only narrows the search. Anyone `isSamePerson` accepts shares a profile URL or a name and
/// company with the contact looked up, so is in one of its two buckets; the rule itself then decides, and
/// the first match in list order wins, as in `ProfileMerge`.
struct ContactIndex {
    private struct NameKey: Hashable {
        var firstName: String
        var lastName: String
        var company: String?

        init(_ contact: Contact) {
            firstName = ProfileMerge.folded(contact.firstName)
            lastName = ProfileMerge.folded(contact.lastName)
            company = contact.company.map(ProfileMerge.folded)
        }
    }

    private var byURL: [String: [Int]] = [:]
    private var byName: [NameKey: [Int]] = [:]

    init(_ contacts: [Contact]) {
        for (index, contact) in contacts.enumerated() { insert(contact, at: index) }
    }

    /// Files `contact`, which is at `index` in the list, under its URL and its name and company.
    /// A contact that changed is filed again under its new keys; the old entries are harmless, since
    /// every candidate is checked with the rule.
    mutating func insert(_ contact: Contact, at index: Int) {
        if let url = contact.url.flatMap(ProfileMerge.normalizedURL) { byURL[url, default: []].append(index) }
        byName[NameKey(contact), default: []].append(index)
    }

    /// Files `new`, which replaced `old` at `index`, under whichever keys changed.
    mutating func update(from old: Contact, to new: Contact, at index: Int) {
        let oldURL = old.url.flatMap(ProfileMerge.normalizedURL), newURL = new.url.flatMap(ProfileMerge.normalizedURL)
        if let newURL, newURL != oldURL { byURL[newURL, default: []].append(index) }
        let key = NameKey(new)
        if key != NameKey(old) { byName[key, default: []].append(index) }
    }

    /// The position in `contacts` of the first one that is the same person as `contact`.
    func firstMatch(for contact: Contact, in contacts: [Contact]) -> Int? {
        var candidates = byName[NameKey(contact)] ?? []
        if let url = contact.url.flatMap(ProfileMerge.normalizedURL) { candidates += byURL[url] ?? [] }
        return candidates.filter { ProfileMerge.isSamePerson(contacts[$0], contact) }.min()
    }
}
