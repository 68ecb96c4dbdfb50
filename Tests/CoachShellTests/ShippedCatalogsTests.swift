import Coaching
import DialogueEngine
import PromptsCompiler
import ShippedPrompts
import Testing

/// The catalogs coach ships: complete enough to sort and pick from, each item explained, and free words
/// mapping to one item only.
@Suite struct ShippedCatalogsTests {
    static let program = PromptsCompiler.compile(ShippedPrompts.files, host: CoachingHost.interface).program

    @Test func everyItemHasADefinitionAndSynonyms() throws {
        let program = try #require(Self.program)
        for catalog in program.catalogs.values {
            for item in catalog.items {
                #expect(item.definition.split(separator: " ").count >= 5, "\(catalog.id)/\(item.id) needs a plain definition")
                #expect(!item.synonyms.isEmpty, "\(catalog.id)/\(item.id) has no synonyms")
            }
        }
    }

    @Test func theCardSortsHaveWhatTheAssessmentPromises() throws {
        let program = try #require(Self.program)
        let values = try #require(program.catalogs["values"])
        #expect(values.items.count >= 30)
        let strengths = try #require(program.catalogs["strengths"])
        #expect(strengths.items.filter { $0.tags.contains("character") }.count == 24, "the 24 VIA character strengths")
        #expect(strengths.items.filter { $0.tags.contains("skill") }.count >= 20, "at least 20 transferable skills")
        let fields = try #require(program.catalogs["fields"])
        #expect(fields.items.contains { $0.tags.contains("long-hours") })
        #expect(values.items.contains { $0.tags.contains("long-hours-tension") })
    }

    /// Within a catalog, a name, id or synonym names one item, so "money" cannot mean two cards.
    @Test func freeWordsNameOneItemOnly() throws {
        let program = try #require(Self.program)
        func normal(_ text: String) -> String {
            String(text.lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 }).split(separator: " ").joined(separator: " ")
        }
        for catalog in program.catalogs.values {
            var owner: [String: String] = [:]
            for item in catalog.items {
                for word in Set(([item.id, item.name] + item.synonyms).map(normal)) {
                    if let other = owner[word] {
                        Issue.record("'\(word)' names both \(other) and \(item.id) in \(catalog.id)")
                    }
                    owner[word] = item.id
                }
            }
        }
    }

    /// Every ranking signal coach finds is weighed and worded by the shipped ranking catalog.
    @Test func theRankingCatalogWeighsEverySignal() throws {
        let ranking = try #require(Self.program?.catalogs["ranking"])
        #expect(Set(ranking.items.map(\.id)) == Set(ContactRanking.signals))
        for item in ranking.items {
            let weight = item.details.first { $0.label == "Weight" }?.text
            #expect(weight.flatMap(Int.init) != nil, "\(item.id) has no whole-number Weight")
            #expect(item.details.contains { $0.label == "Reason" && !$0.text.isEmpty }, "\(item.id) has no Reason")
        }
        let archetypes = try #require(Self.program?.catalogs["archetypes"])
        #expect(archetypes.items.count >= 10)
        for item in archetypes.items {
            #expect(item.details.map(\.label) == ["Where to find them", "What to ask", "What you can offer"], "\(item.id)")
        }
    }

    /// What users read is finished text: no placeholder or note to ourselves anywhere in the content.
    @Test func noPlaceholderText() {
        for (path, text) in ShippedPrompts.files where !path.hasSuffix("README.md") {
            for marker in ["lorem", "ipsum", "TODO", "TBD", "FIXME", "XXX", "placeholder"] {
                #expect(!text.contains(marker), "\(path) contains '\(marker)'")
            }
        }
    }
}
