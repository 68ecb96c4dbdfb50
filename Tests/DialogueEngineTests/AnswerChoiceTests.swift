import Testing
@testable import DialogueEngine

@Suite struct AnswerChoiceTests {
    typealias F = AnswerFixtures
    let choice = SlotType.choice(F.values)

    @Test(arguments: [
        ("1", "autonomy"), ("2", "security"), ("6", "service"),
        ("Autonomy", "autonomy"), ("AUTONOMY", "autonomy"), ("  money ", "money"),
        ("work_life_balance", "work_life_balance"), ("work-life balance", "work_life_balance"),
        ("work life balance", "work_life_balance"), ("self development", "self_development"),
        ("freedom", "autonomy"), ("Stability", "security"), ("helping others", "service"),
        ("sec", "security"), ("au", "autonomy"), ("work", "work_life_balance"), ("self", "self_development"),
        ("serv", "service"),
    ])
    func namesAnOption(_ input: String, _ id: String) {
        #expect(F.interpret(input, as: choice) == .value(.text(id)))
    }

    @Test func misspellingsAreConfirmedNotTaken() {
        #expect(F.interpret("autonmy", as: choice) == .confirm(.text("autonomy"), question: "Did you mean Autonomy?"))
        #expect(F.interpret("securty", as: choice) == .confirm(.text("security"), question: "Did you mean Security?"))
        #expect(F.interpret("salery", as: choice) == .confirm(.text("money"), question: "Did you mean Money?"))
    }

    @Test func ambiguousPrefixesNameEveryCandidate() {
        #expect(F.interpret("se", as: choice)
            == .invalid(.ambiguous("se", matches: ["Security", "Self-development", "Service"])))
        // A tie between two equally close misspellings is not guessed either.
        let cards = SlotType.choice([ChoiceOption(id: "cart", label: "Cart"), ChoiceOption(id: "card", label: "Card")])
        #expect(F.interpret("carx", as: cards) == .invalid(.ambiguous("carx", matches: ["Cart", "Card"])))
        // But an exact name wins over being the prefix of another.
        let nested = SlotType.choice([ChoiceOption(id: "art", label: "Art"), ChoiceOption(id: "arts", label: "Artistry")])
        #expect(F.interpret("art", as: nested) == .value(.text("art")))
    }

    @Test func nothingCloseIsNoSuchOption() {
        #expect(F.interpret("xyzzy", as: choice) == .invalid(.noSuchOption("xyzzy", suggestion: nil)))
        #expect(F.interpret("0", as: choice) == .invalid(.noSuchNumber(0, optionCount: 6)))
        #expect(F.interpret("7", as: choice) == .invalid(.noSuchNumber(7, optionCount: 6)))
        #expect(F.interpret("99999999999999999999", as: choice)
            == .invalid(.noSuchOption("99999999999999999999", suggestion: nil)))
        // One letter is too little to guess from, but worth a hint.
        #expect(F.interpret("a", as: choice) == .invalid(.noSuchOption("a", suggestion: "Autonomy")))
        #expect(F.interpret("s", as: choice) == .invalid(.noSuchOption("s", suggestion: nil)))
    }

    // MARK: Multi-choice

    let upToThree = SlotType.multiChoice(F.values, min: 1, max: 3)

    @Test(arguments: [
        ("1, 3, 5", ["autonomy", "money", "self_development"]),
        ("1,3,5", ["autonomy", "money", "self_development"]),
        ("1 3 5", ["autonomy", "money", "self_development"]),
        ("5; 1", ["self_development", "autonomy"]),
        ("3 and 1", ["money", "autonomy"]),
        ("autonomy, security", ["autonomy", "security"]),
        ("money and flexibility", ["money", "work_life_balance"]),
        ("Work-life balance & 2", ["work_life_balance", "security"]),
        ("helping others", ["service"]),
        ("1, 1, 2, autonomy", ["autonomy", "security"]),
        ("2", ["security"]),
    ])
    func picksInTheOrderGiven(_ input: String, _ ids: [String]) {
        #expect(F.interpret(input, as: upToThree) == .value(.list(ids.map(Value.text))))
    }

    @Test func pickLimits() {
        #expect(F.interpret("1, 2, 3, 4", as: upToThree) == .invalid(.tooManyPicks(max: 3, min: 1)))
        // Duplicates do not count against the limit.
        #expect(F.interpret("1, 2, 3, 3", as: upToThree) == F.ids("autonomy", "security", "money").asValue)
        let atLeastTwo = SlotType.multiChoice(F.values, min: 2, max: nil)
        #expect(F.interpret("1", as: atLeastTwo) == .invalid(.tooFewPicks(min: 2, max: nil)))
        #expect(F.interpret("1, 1", as: atLeastTwo) == .invalid(.tooFewPicks(min: 2, max: nil)))
        #expect(F.interpret("1 2 3 4 5 6", as: atLeastTwo)
            == .value(.list(F.values.map { .text($0.id) })))
    }

    @Test func aMisspelledPickMakesTheWholeAnswerAQuestion() {
        #expect(F.interpret("autonmy, security", as: upToThree)
            == .confirm(F.ids("autonomy", "security"), question: "Did you mean Autonomy, Security?"))
        // A wrong count is reported before asking about a guess.
        #expect(F.interpret("autonmy, 2, 3, 4", as: upToThree) == .invalid(.tooManyPicks(max: 3, min: 1)))
    }

    @Test func aPieceThatNamesNothingSpoilsTheAnswer() {
        #expect(F.interpret("1, xyzzy", as: upToThree) == .invalid(.noSuchOption("xyzzy", suggestion: nil)))
        #expect(F.interpret("1, 9", as: upToThree) == .invalid(.noSuchNumber(9, optionCount: 6)))
        #expect(F.interpret("1, se", as: upToThree)
            == .invalid(.ambiguous("se", matches: ["Security", "Self-development", "Service"])))
        // Spaces separate numbers only: names may contain spaces.
        #expect(F.interpret("autonomy security", as: upToThree)
            == .invalid(.noSuchOption("autonomy security", suggestion: nil)))
    }

    @Test func aLabelContainingAndIsNotSplit() {
        let genres = SlotType.multiChoice(
            [ChoiceOption(id: "rock", label: "Rock and roll"), ChoiceOption(id: "jazz", label: "Jazz")], min: 1, max: nil)
        #expect(F.interpret("rock and roll, jazz", as: genres) == .value(F.ids("rock", "jazz")))
        #expect(F.interpret("Jazz and 1", as: genres) == .value(F.ids("jazz", "rock")))
    }

    // MARK: Rank

    static let three = Array(F.values.prefix(3))

    @Test func ranksAllOptionsWhenNoCountIsGiven() {
        let rank = SlotType.rank(Self.three, count: nil)
        #expect(F.interpret("2, 1, 3", as: rank) == .value(F.ids("security", "autonomy", "money")))
        #expect(F.interpret("2 1 3", as: rank) == .value(F.ids("security", "autonomy", "money")))
        #expect(F.interpret("money, freedom and security", as: rank) == .value(F.ids("money", "autonomy", "security")))
        #expect(F.interpret("1, 2", as: rank) == .invalid(.wrongRankCount(expected: 3, given: 2)))
        #expect(F.interpret("1, 1, 2", as: rank) == .invalid(.repeatedPick("Autonomy")))
        #expect(F.interpret("security, 1, stability", as: rank) == .invalid(.repeatedPick("Security")))
        #expect(F.interpret("1, 2, 4", as: rank) == .invalid(.noSuchNumber(4, optionCount: 3)))
        #expect(F.interpret("sekurity, 1, 3", as: rank)
            == .confirm(F.ids("security", "autonomy", "money"), question: "Did you mean Security, Autonomy, Money?"))
    }

    @Test func ranksTheTopN() {
        let topTwo = SlotType.rank(F.values, count: 2)
        #expect(F.interpret("6 1", as: topTwo) == .value(F.ids("service", "autonomy")))
        #expect(F.interpret("1, 2, 3", as: topTwo) == .invalid(.wrongRankCount(expected: 2, given: 3)))
        #expect(F.interpret("1", as: topTwo) == .invalid(.wrongRankCount(expected: 2, given: 1)))
        // Asking for more places than there are options means all of them.
        let tooMany = SlotType.rank(Self.three, count: 5)
        #expect(F.interpret("3, 2, 1", as: tooMany) == .value(F.ids("money", "security", "autonomy")))
    }
}

private extension Value {
    var asValue: Interpretation { .value(self) }
}
