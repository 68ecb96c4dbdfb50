import Testing
@testable import DialogueEngine

/// The functions conditions call on answers, catalogs and dates: what a rule or `set:` computes from
/// what the user said.
@Suite struct ExpressionFunctionTests {
    static let fields = Catalog(id: "fields", title: "Fields", items: [
        CatalogItem(id: "investment-banking", name: "Investment banking", definition: "Deals.",
                    synonyms: ["banking", "m&a"], tags: ["long-hours"]),
        CatalogItem(id: "consulting", name: "Management consulting", definition: "Advice.",
                    synonyms: ["consulting", "consultant"], tags: ["long-hours", "people"]),
        CatalogItem(id: "teaching", name: "Teaching", definition: "Classes.", synonyms: ["teacher", "education"],
                    tags: ["people"]),
        CatalogItem(id: "software", name: "Software engineering", definition: "Code.", synonyms: ["programming"],
                    tags: ["technical"]),
    ])
    static let values = Catalog(id: "values", title: "Values", items: [
        CatalogItem(id: "autonomy", name: "Autonomy", definition: "Deciding how.", synonyms: ["independence", "freedom"],
                    tags: ["self-direction"]),
        CatalogItem(id: "money", name: "Financial reward", definition: "Pay.", synonyms: ["money", "pay", "salary"],
                    tags: ["long-hours-tension"]),
        CatalogItem(id: "balance", name: "Work-life balance", definition: "Time.", synonyms: ["flexibility"],
                    tags: ["working-conditions"]),
    ])
    static let catalogs = ["fields": fields, "values": values]

    static let facts: [String: Value] = [
        "today": .date(CalendarDate(year: 2026, month: 11, day: 29)!),
        "deadline": .date(CalendarDate(year: 2026, month: 12, day: 3)!),
        "goal_text": .text("Find a JOB in banking, by March!"),
        "star_action": .text("I don't give up: I rebuilt the report."),
        "field": .text("consulting at a big firm"),
        "top": .list([.text("autonomy"), .text("money")]),
        "piles": .list([.text("money"), .text("Knitting"), .text("autonomy"), .text("money")]),
        "very_important": .list([.text("autonomy"), .text("balance")]),
        "not_important": .list([.text("money")]),
    ]

    func value(_ text: String) throws -> Value? {
        ExpressionEvaluator.evaluate(try parsed(text), catalogs: Self.catalogs) { Self.facts[$0] }
    }

    func texts(_ items: String...) -> Value { .list(items.map(Value.text)) }

    @Test func wordsAreLowercaseWithoutPunctuation() throws {
        #expect(try value("words(goal_text)") == texts("find", "a", "job", "in", "banking", "by", "march"))
        #expect(try value("count(words(star_action))") == .number(9))
        #expect(try value("words(unset)") == .list([]))
        #expect(try value("count(words(unset)) < 5") == .bool(true))
    }

    @Test func matchesIgnoresCaseAndKeepsBackslashesAsWritten() throws {
        #expect(try value(#"matches(goal_text, '\bjob\b')"#) == .bool(true))
        #expect(try value(#"matches(goal_text, '\bjo\b')"#) == .bool(false), "\\b is a word boundary, not the letter b")
        #expect(try value(#"matches(goal_text, 'FIND\s+a')"#) == .bool(true))
        #expect(try value("matches(goal_text, '[0-9]')") == .bool(false))
        // \' is still an escaped quote inside the pattern.
        #expect(try value(#"matches(star_action, '\bdon\'t\b')"#) == .bool(true))
        #expect(try value(#"matches(star_action, "^\s*(we|they)\b")"#) == .bool(false))
    }

    @Test func matchesOnNothingOrABrokenPatternIsFalse() throws {
        #expect(try value("matches(unset, 'job')") == .bool(false))
        #expect(try value("not matches(unset, 'job')") == .bool(true))
        #expect(try value("matches(goal_text, '(')") == .bool(false), "the checker rejects it; a run never traps")
    }

    @Test func itemsAreTheCatalogsIdsInOrder() throws {
        #expect(try value("items('values')") == texts("autonomy", "money", "balance"))
        #expect(try value("count(items('fields'))") == .number(4))
        #expect(try value("items('nope')") == .list([]))
        // Without catalogs (the plain evaluate), a catalog reads as empty rather than failing.
        #expect(ExpressionEvaluator.evaluate(try parsed("items('values')")) { _ in nil } == .list([]))
    }

    @Test func tagsFindAnItemByIdNameSynonymOrWordsInsideAText() throws {
        #expect(try value("tags('fields', 'consulting')") == texts("long-hours", "people"))
        #expect(try value("tags('fields', 'Investment Banking')") == texts("long-hours"))
        #expect(try value("tags('fields', 'M&A')") == texts("long-hours"))
        #expect(try value("tags('fields', 'software')") == texts("technical"))
        #expect(try value("tags('fields', field)") == texts("long-hours", "people"))
        #expect(try value("tags('fields', 'a teacher in Leeds')") == texts("people"))
        #expect(try value("'long-hours' in tags('fields', 'retail banking')") == .bool(true),
                "a synonym as whole words inside the text")
    }

    @Test func tagsNeedWholeWords() throws {
        #expect(try value("tags('fields', 'consultants at a big firm')") == .list([]))
        #expect(try value("tags('fields', 'bankingfirm')") == .list([]))
        #expect(try value("tags('fields', 'nursing')") == .list([]))
    }

    @Test
    func aSynonymWithPunctuationIsNotFoundInsideOtherWords() throws {
        // 'm&a' reads as the words "m a", which "I'm a teacher" also has once its apostrophe is gone.
        #expect(try value("tags('fields', \"I'm a teacher\")") == texts("people"))
        #expect(try value("tags('fields', 'I did M&A work')") == texts("long-hours"))
    }

    @Test func tagsOfAListAreEachListedOnceInOrder() throws {
        #expect(try value("tags('fields', ['teaching', 'consulting', 'banking'])") == texts("people", "long-hours"))
        #expect(try value("tags('values', top)") == texts("self-direction", "long-hours-tension"))
        #expect(try value("tags('values', unset)") == .list([]))
        #expect(try value("tags('nope', top)") == .list([]))
    }

    @Test func taggedKeepsTheItemsAsWrittenWhoseItemHasTheTag() throws {
        #expect(try value("tagged('values', top, 'long-hours-tension')") == texts("money"))
        #expect(try value("tagged('values', ['Financial reward', 'salary', 'Knitting'], 'long-hours-tension')")
            == texts("Financial reward", "salary"))
        #expect(try value("tagged('fields', ['consulting at a big firm', 'teaching'], 'long-hours')")
            == texts("consulting at a big firm"))
        #expect(try value("tagged('values', top, 'no-such-tag')") == .list([]))
        #expect(try value("tagged('values', unset, 'long-hours-tension')") == .list([]))
        #expect(try value("tagged('values', top, unset)") == .list([]))
    }

    @Test func namesShowEachItemOnceAndKeepUnknownWords() throws {
        #expect(try value("names('values', piles)") == texts("Financial reward", "Knitting", "Autonomy"))
        #expect(try value("names('values', ['pay', 'FREEDOM'])") == texts("Financial reward", "Autonomy"))
        #expect(try value("names('values', 'balance')") == texts("Work-life balance"))
        #expect(try value("names('values', unset)") == .list([]))
        #expect(try value("names('values', tagged('values', top, 'long-hours-tension'))") == texts("Financial reward"))
    }

    @Test func withoutKeepsTheFirstListsOrder() throws {
        #expect(try value("without(items('values'), very_important)") == texts("money"))
        #expect(try value("without(without(items('values'), very_important), not_important)") == .list([]))
        #expect(try value("without(piles, ['money'])") == texts("Knitting", "autonomy"))
        #expect(try value("without(top, unset)") == texts("autonomy", "money"))
        #expect(try value("without(unset, top)") == nil)
        #expect(try value("count(without(unset, top))") == .number(0))
    }

    @Test func unionAddsOnlyWhatIsNotThereYet() throws {
        #expect(try value("union(very_important, top)") == texts("autonomy", "balance", "money"))
        #expect(try value("union(piles, [])") == texts("money", "Knitting", "autonomy", "money"),
                "the first list is kept as it is")
        #expect(try value("union(unset, top)") == texts("autonomy", "money"))
        #expect(try value("union(top, unset)") == texts("autonomy", "money"))
        #expect(try value("union(unset, other_unset)") == .list([]))
    }

    @Test func daysBetweenCountsFromTheFirstDateToTheSecond() throws {
        #expect(try value("days_between(today, deadline)") == .number(4))
        #expect(try value("days_between(deadline, today)") == .number(-4))
        #expect(try value("days_between(today, today)") == .number(0))
        #expect(try value("days_between(today, unset)") == nil)
        #expect(try value("days_between(today, unset) < 30") == .bool(false))
        #expect(try value("days_between(today, goal_text)") == nil)
    }
}
