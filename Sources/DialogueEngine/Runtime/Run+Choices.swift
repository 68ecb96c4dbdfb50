/// How choice questions get their options and take answers a page at a time.
extension Run {
    /// The totals of a multichoice that lets the user add their own items.
    func checkedPicks(_ interpretation: Interpretation, _ type: SlotType) -> Interpretation {
        guard case let .multiChoice(_, min, max) = type else { return interpretation }
        let picks: [Value]
        switch interpretation {
        case let .value(.list(items)), let .confirm(.list(items), _): picks = items
        default: return interpretation
        }
        if picks.count < min { return .invalid(.tooFewPicks(min: min, max: max)) }
        if let max, picks.count > max { return .invalid(.tooManyPicks(max: max, min: min)) }
        return interpretation
    }

    /// Takes the picks made on one page and shows the next page, or accepts them all after the last.
    mutating func addPicks(_ picks: [Value], onPage page: Int, to picked: [Value], for question: Question) {
        let type = resolvedType(of: question)
        guard case let .multiChoice(options, min, max) = type else { return }
        var all = picked
        for pick in picks where !all.contains(pick) { all.append(pick) }
        if let max, all.count > max {
            session.waiting = .page(page, picked: picked)
            let labels = picked.map { AnswerInterpreter.describe($0, as: .choice(options)) }
            outputs.append(.retry("That makes \(all.count); please pick at most \(max) in all. "
                + (labels.isEmpty ? "" : "Picked so far: \(labels.joined(separator: ", ")). ")
                + (page > 0 ? "Type 'back' to change an earlier page." : "")))
            return
        }
        let pages = pageCount(options.count, question)
        // With as many picks as it takes, the later pages have nothing left to offer.
        let full = max.map { all.count >= $0 } ?? false
        if page + 1 < pages, !full {
            session.checkpoints.append(Session.Checkpoint(frames: session.frames, slots: session.slots,
                                                          waiting: .page(page, picked: picked)))
            session.waiting = .page(page + 1, picked: all)
            outputs.append(askOutput(question))
            return
        }
        if all.count < min {
            session.waiting = .page(page, picked: all)
            let labels = all.map { AnswerInterpreter.describe($0, as: .choice(options)) }
            outputs.append(.retry("Please pick at least \(min) in all; so far: \(labels.isEmpty ? "none" : labels.joined(separator: ", ")). "
                + "Add numbers or names from any page."))
            return
        }
        accept(.list(all), for: question, waitingBefore: .page(page, picked: picked))
    }

    /// How a question starts waiting: on its first page when it has pages.
    func firstWaiting(for question: Question) -> Session.Waiting {
        if question.choices.pageSize != nil, case .multiChoice = question.type { return .page(0, picked: []) }
        return .answer(attempts: 0)
    }

    func pageCount(_ optionCount: Int, _ question: Question) -> Int {
        guard let size = question.choices.pageSize, size > 0 else { return 1 }
        return Swift.max(1, (optionCount + size - 1) / size)
    }

    /// Options a page shows: at most `page`, spread evenly so that no last page holds one card.
    func perPage(_ optionCount: Int, _ question: Question) -> Int {
        let pages = pageCount(optionCount, question)
        return Swift.max(1, (optionCount + pages - 1) / pages)
    }

    /// The question's type with its options as they stand now: taken `from` a list, `except` some,
    /// and with the counts a shorter list allows.
    func resolvedType(of question: Question) -> SlotType {
        let settings = question.choices
        guard settings.from != nil || settings.except != nil else { return question.type }
        // Items are ids (or the user's own words), or records with an `id` and a `label`, `name` or `text`.
        func entries(_ expression: Expression?) -> [(id: String, label: String?)]? {
            guard let expression else { return nil }
            let items: [Value]
            switch evaluate(expression) {
            case let .list(list)?: items = list
            case let value?: items = [value]
            case nil: items = []
            }
            return items.map { item in
                guard case let .record(fields) = item else { return (item.displayText, nil) }
                let id = fields["id"]?.displayText ?? item.displayText
                return (id, (fields["label"] ?? fields["name"] ?? fields["text"])?.displayText)
            }
        }
        var options = question.type.options
        if let wanted = entries(settings.from) {
            options = wanted.map { entry in
                options.first { $0.id == entry.id } ?? ChoiceOption(id: entry.id, label: entry.label ?? entry.id)
            }
        }
        if let excluded = entries(settings.except)?.map(\.id) {
            options.removeAll { excluded.contains($0.id) }
        }
        switch question.type {
        case .choice: return .choice(options)
        case let .multiChoice(_, min, max): return .multiChoice(options, min: Swift.min(min, options.count), max: max)
        case let .rank(_, count): return .rank(options, count: count.map { Swift.min($0, options.count) })
        default: return question.type
        }
    }

    /// The numbers the options keep when `except` has left some out of a catalog or list (so that card
    /// 44 is 44 on the second pass of a card sort too); nil when they are simply 1, 2, 3…
    func optionNumbers(of question: Question) -> [Int]? {
        // Only pages read their numbers this way; other choices number what they show from 1.
        guard question.choices.pageSize != nil, question.choices.except != nil, question.choices.from == nil else { return nil }
        let all = question.type.options
        let shown = resolvedType(of: question).options
        let numbers = shown.compactMap { option in all.firstIndex { $0.id == option.id }.map { $0 + 1 } }
        guard numbers.count == shown.count, numbers != Array(1...Swift.max(1, shown.count)) || shown.isEmpty else { return nil }
        return shown.isEmpty ? nil : numbers
    }
}
