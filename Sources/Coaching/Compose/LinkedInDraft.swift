import DialogueEngine

/// A LinkedIn headline, About section and post ideas composed from the profile, with the reminders
/// content gives about what employers see.
public struct LinkedInDraft: Sendable {
    public struct Piece: Sendable {
        public var id: String
        public var text: String
        public var because: String?
        public var source: PromptLocation
    }

    public var headline: Piece?
    public var headlineLimit: Int
    public var about: [Piece]
    public var aboutLimit: Int
    public var posts: [Piece]
    public var reminders: [Piece]

    public var aboutText: String { about.map(\.text).joined(separator: "\n\n") }
}

extension Composer {
    public static let headlineSetting = "linkedin_headline_limit"
    public static let aboutSetting = "linkedin_about_limit"

    public func linkedIn() -> LinkedInDraft {
        let names = profileNames()
        let headlineLimit = program.settings.numbers[Composer.headlineSetting] ?? 220
        let aboutLimit = program.settings.numbers[Composer.aboutSetting] ?? 2600
        func pieces(_ part: String) -> [Composer.Filled] { fill("linkedin", names: names) { $0.tags["part"]?.contains(part) ?? false } }
        func piece(_ filled: Composer.Filled) -> LinkedInDraft.Piece {
            .init(id: filled.wording.id, text: filled.text, because: filled.because, source: filled.wording.source)
        }
        let headline = pieces("headline").first { $0.text.count <= headlineLimit }.map(piece)
        // The About is every paragraph that applies, in the order written; over the limit, the
        // paragraphs that weigh least go first.
        let written = program.wordings.map(\.id)
        var about = pieces("about").sorted { written.firstIndex(of: $0.wording.id)! < written.firstIndex(of: $1.wording.id)! }
        while about.map(\.text.count).reduce(0, +) + max(0, about.count - 1) * 2 > aboutLimit, let lightest = about.indices.min(by: {
            (about[$0].wording.weight, -$0) < (about[$1].wording.weight, -$1)
        }) {
            about.remove(at: lightest)
        }
        return LinkedInDraft(headline: headline, headlineLimit: headlineLimit, about: about.map(piece), aboutLimit: aboutLimit,
                             posts: Array(pieces("post").prefix(3)).map(piece), reminders: pieces("reminder").map(piece))
    }
}
