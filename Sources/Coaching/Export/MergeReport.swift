/// What `ProfileMerge.merge` did, section by section, for `coach import json --merge` to print.
public struct MergeReport: Hashable, Sendable {
    /// The parts of a profile, in the order the export writes them.
    public enum Section: String, CaseIterable, Hashable, Sendable {
        case person, values, goals, strengths, skills, experiences, contacts, events, interactions, followUps, pitches
    }

    public struct Counts: Hashable, Sendable {
        public var added = 0
        public var updated = 0
        /// Incoming entries already present exactly: skipped.
        public var unchanged = 0

        public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
            self.added = added
            self.updated = updated
            self.unchanged = unchanged
        }

        public var isEmpty: Bool { added == 0 && updated == 0 && unchanged == 0 }
    }

    public var counts: [Section: Counts] = [:]

    public init(counts: [Section: Counts] = [:]) {
        self.counts = counts
    }

    public subscript(section: Section) -> Counts {
        get { counts[section] ?? Counts() }
        set { counts[section] = newValue }
    }

    /// `contacts: 2 added, 1 updated, 3 unchanged; values: 1 added, 0 updated, 0 unchanged`, naming only the
    /// sections that had something.
    public var summary: String {
        let parts = Section.allCases.compactMap { section -> String? in
            let counts = self[section]
            guard !counts.isEmpty else { return nil }
            return "\(section.rawValue): \(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged"
        }
        return parts.isEmpty ? "nothing to merge" : parts.joined(separator: "; ")
    }
}
