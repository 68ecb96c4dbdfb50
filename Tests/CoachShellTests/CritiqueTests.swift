import Coaching
import DialogueEngine
import PromptsCompiler
import ShippedPrompts
import Testing

/// Each shipped critique check, with a pitch that should trip it and one that should not.
@Suite struct CritiqueTests {
    static let program = ComposeTests.program

    /// A 30-second pitch that passes every check: 70 words, evidence with a number, a goal, an ask.
    static let good = "Last spring our campus cafe had a fifteen-minute lunch queue. I timed every step for a week and "
        + "showed the manager where the minutes went; the wait fell to six minutes. That is the work I enjoy: finding "
        + "the real problem with numbers. Next, I'm looking for an associate product manager internship in fintech by "
        + "June. Stripe and Monzo are at the top of my list. Who on your team should I talk to about applying?"

    /// check id → a pitch that trips it (30-second budget).
    static let tripping: [String: String] = [
        "over-budget": good.replacingOccurrences(of: "Who on your team", with: String(repeating: "Our team also ran weekly "
            + "retrospectives and wrote short notes for everyone. ", count: 2) + "Who on your team"),
        "under-budget": "I'm looking for a product internship; I cut a cafe queue from 15 to 6 minutes. Who should I talk to?",
        "no-ask": good.replacingOccurrences(of: "Who on your team should I talk to about applying?", with: "Thank you for listening to all of this today."),
        "no-evidence": good.replacingOccurrences(of: "the wait fell to six minutes", with: "the manager liked it")
            .replacingOccurrences(of: "fifteen-minute", with: "long").replacingOccurrences(of: "with numbers", with: "with care"),
        "no-goal": good.replacingOccurrences(of: "Next, I'm looking for an associate product manager internship in fintech by June.",
                                             with: "Next spring, the cafe plans a second till near the door."),
        "filler-words": good.replacingOccurrences(of: "I timed every step", with: "I basically timed every step"),
        "hedges": good.replacingOccurrences(of: "I timed every step", with: "I just kind of timed every step"),
        "buzzwords": good.replacingOccurrences(of: "That is the work I enjoy", with: "As a passionate team player, that is the work I enjoy"),
        "long-sentences": good.replacingOccurrences(of: "where the minutes went; the wait fell to six minutes.",
                                                    with: "where the minutes went, which took some time because there were many steps and many people, and then the wait fell to six minutes."),
        "cliche-opening": "My name is Priya. " + good,
        "i-starts": "I study computer science. I timed a cafe queue for a week. I showed the manager the numbers. I cut the wait "
            + "from 15 to 6 minutes. The cafe moved its till. Next, I'm looking for an associate product manager internship in "
            + "fintech by June, at Stripe or Monzo. Who on your team should I talk to about applying?",
    ]

    func review(_ text: String) -> Critique {
        Critique.review(text, kind: "pitch", budget: 65...80, seconds: 30, program: Self.program)
    }

    @Test func everyShippedCheckHasExamples() {
        let ids = Set(Self.program.checks.filter { $0.appliesTo.isEmpty || $0.appliesTo.contains("pitch") }.map(\.id))
        #expect(ids == Set(Self.tripping.keys))
    }

    @Test func aGoodPitchScoresAHundred() {
        let critique = review(Self.good)
        #expect(critique.findings.map(\.check) == [], "\(critique.findings.map(\.message))")
        #expect(critique.score == 100)
        #expect((65...80).contains(critique.words), "\(critique.words) words")
    }

    @Test(arguments: tripping.keys.sorted())
    func eachCheckFindsItsProblemAndSaysWhatToDo(_ id: String) throws {
        let critique = review(Self.tripping[id]!)
        let finding = try #require(critique.findings.first { $0.check == id }, "\(critique.findings.map(\.check))")
        let weight = try #require(Self.program.checks.first { $0.id == id }).weight
        #expect(finding.weight == weight)
        #expect(critique.score <= 100 - weight)
        #expect(!finding.message.isEmpty && !finding.suggestion.isEmpty)
        #expect(Composer.seams(in: finding.message).isEmpty, "\(finding.message)")
        // The other checks stay quiet: each example trips its own check.
        let others = critique.findings.map(\.check).filter { $0 != id && !["under-budget", "over-budget"].contains($0) }
        #expect(others.isEmpty, "\(id) example also trips \(others)")
    }

    @Test func findingsNameTheOffendingWords() throws {
        let critique = review(Self.tripping["hedges"]!)
        let hedges = try #require(critique.findings.first { $0.check == "hedges" })
        #expect(hedges.words == ["just", "kind of"])
        #expect(hedges.message.contains("\"just\" and \"kind of\""), "\(hedges.message)")
    }

    @Test func aPhraseFoundOnlyInsideALongerOneIsNamedOnce() throws {
        let once = try #require(review("I think maybe I could help with that. " + Self.good).findings.first { $0.check == "hedges" })
        #expect(once.words == ["I think maybe"])
        #expect(once.message.contains("\"I think maybe\"") && !once.message.contains("\"maybe\""), "\(once.message)")
        let twice = try #require(review("I think maybe I could help, maybe next week. " + Self.good).findings.first { $0.check == "hedges" })
        #expect(twice.words == ["I think maybe", "maybe"])
    }

    @Test func eachFindingSuggestsSomethingOfItsOwn() throws {
        // Short and without evidence: two findings, two different things to do.
        let critique = review("I'm Priya and I study computer science. I'm looking for a product internship. Who should I talk to?")
        let short = try #require(critique.findings.first { $0.check == "under-budget" })
        let evidence = try #require(critique.findings.first { $0.check == "no-evidence" })
        #expect(short.suggestion != evidence.suggestion)
        #expect(Set(critique.findings.map(\.suggestion)).count == critique.findings.count, "no suggestion twice")
        #expect(short.message.contains("At \(critique.words) words it is short for 30 seconds"))
        #expect(short.suggestion.contains("about \(65 - critique.words) more words"), "\(short.suggestion)")
        let long = try #require(review(Self.tripping["over-budget"]!).findings.first { $0.check == "over-budget" })
        #expect(long.suggestion.contains("Cut about \(review(Self.tripping["over-budget"]!).words - 80) words"), "\(long.suggestion)")
    }

    @Test func wordsAndSentencesAreCountedAsSpoken() {
        #expect(Composer.words(in: "I cut it from 15 to 6 minutes — a 60% drop.").count == 11)
        #expect(Critique.sentences(in: "It costs 3.5 dollars, e.g. a coffee. Really? Yes!") == ["It costs 3.5 dollars, e.g. a coffee.", "Really?", "Yes!"])
        #expect(Critique.contains("I just left", phrase: "just"))
        #expect(!Critique.contains("I adjusted it", phrase: "just"))
        #expect(Critique.contains("Could you help?", phrase: "?"))
    }
}
