import Coaching
import DialogueEngine
import Foundation
import ProfileStore

/// The commands that compose what the user says: `openers`, `another`, `pitch …` and `linkedin`.
public enum ComposeCommands {
    /// What `another` continues: the openers found last and how many are shown.
    final class Listing {
        var openers: [Opener] = []
        var shown = 0
        var firstNumber = 1
    }

    /// How many openers a page shows.
    static let page = 3

    /// Items as in a sentence: "a", "a and b", "a, b or c".
    static func joined(_ items: [String], _ word: String) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " \(word) " + last
    }

    public static func all(_ runner: FlowRunner, clock: @escaping () -> Double) -> [ShellCommand] {
        let listing = Listing()
        return [openers(runner, listing), another(runner, listing), pitch(runner, clock: clock), linkedin(runner)]
    }

    // MARK: Openers

    static func openers(_ runner: FlowRunner, _ listing: Listing) -> ShellCommand {
        ShellCommand(
            name: "openers",
            arguments: "[for WHO] [at PLACE]",
            summary: "Ways to start a conversation with a person or kind of person, at a place.",
            details: "WHO is a kind of person (recruiter, mentor, alumni, peer…) or one of your contacts; PLACE is where you "
                + "will talk (career-fair, info-session, mixer, conference, coffee-chat, new-team, linkedin-note, follow-up, "
                + "reconnect, referral). Examples: openers for recruiter at career fair; openers for \"Sam Lee\" at linkedin; openers at mixer. "
                + "Without 'at', coach asks where (and, when you name nobody either, whom: Enter for anyone); without 'for', "
                + "the openers suit anyone. Each opener comes with questions to keep the talk going and a way to "
                + "close it; 'another' shows more and 'why N' says why coach chose N.",
            completeArgument: { arguments, _ in
                switch arguments.last?.lowercased() {
                case "for": return (runner.program.catalogs["archetypes"]?.items.map(\.id) ?? [])
                    + runner.profile.contacts.map { ContactRanking.fullName($0) }
                case "at": return runner.program.catalogs["contexts"]?.items.map(\.id) ?? []
                default: return arguments.contains { $0.lowercased() == "for" } ? ["at"] : ["for", "at"]
                }
            },
            run: { invocation in
                let output = invocation.output
                guard let contexts = runner.program.catalogs["contexts"], let kinds = runner.program.catalogs["archetypes"],
                      runner.program.wordings.contains(where: { $0.collection == "openers" }) else {
                    output.error("the Prompts in use have no openers, or no 'contexts' or 'archetypes' catalog.",
                                 hint: "Add them (see Prompts/README.md, 'Openers').")
                    return .failure(.dataError)
                }
                runner.refresh()
                // openers [for WHO…] [at WHERE…]
                var who: [String] = [], place: [String] = []
                var part: String?
                var named = Set<String>()
                for word in invocation.arguments {
                    let lower = word.lowercased()
                    if ["for", "at"].contains(lower), !named.contains(lower) {
                        named.insert(lower)
                        part = lower
                        continue
                    }
                    guard let current = part else {
                        output.error("openers takes 'for' and 'at' before what they name.",
                                     hint: "Example: openers for recruiter at career fair")
                        return .failure(.usage)
                    }
                    if current == "for" { who.append(word) } else { place.append(word) }
                }
                for (word, words) in [("for", who), ("at", place)] where named.contains(word) && words.isEmpty {
                    output.error("'\(word)' needs what it names after it.", hint: "Example: openers for recruiter at career fair")
                    return .failure(.usage)
                }
                // Every opener needs something of the profile (your name): say so before asking anything.
                if placeText(place).isEmpty, let need = nothingToCompose(runner, places: contexts.items) {
                    output.error("coach needs \(need.what) first: type '\(need.command)'.", hint: "Openers start with who you are.")
                    return .failure(.dataError)
                }
                // What was left out, asked: the place, and, when nothing was said, the person.
                let context: CatalogItem
                if !place.isEmpty {
                    guard let item = contexts.item(named: placeText(place)) else {
                        let problem = unknownPlace(placeText(place), contexts: contexts)
                        output.error(problem.message, hint: problem.hint)
                        return .failure(.usage)
                    }
                    context = item
                } else {
                    output.line("Where will you talk?")
                    for (index, item) in contexts.items.enumerated() {
                        output.line("  " + output.styler.paint("\(index + 1).", .command) + " " + item.name)
                    }
                    // Until a place coach knows: Ctrl-C or an empty line leaves without openers.
                    while true {
                        guard let answer = invocation.ask("place> ")?.trimmingWhitespace, !answer.isEmpty else { return .success }
                        if let number = Int(answer), (1...contexts.items.count).contains(number) {
                            context = contexts.items[number - 1]
                            break
                        }
                        if Int(answer) == nil, let item = contexts.item(named: answer) {
                            context = item
                            break
                        }
                        let problem = unknownPlace(answer, contexts: contexts)
                        output.line(problem.message + " Type a number from 1 to \(contexts.items.count) or a place's name; an empty line cancels.")
                    }
                }
                var person: Person = .anyone
                if invocation.arguments.isEmpty {
                    output.line("Who with? A contact's name, a kind of person (recruiter, mentor, alumni, peer…), or Enter for anyone.")
                    // Until someone coach knows: Enter means anyone, Ctrl-C leaves without openers.
                    while true {
                        guard let answer = invocation.ask("who> ") else { return .success }
                        switch whom(answer.trimmingWhitespace, runner: runner, kinds: kinds) {
                        case let .found(found): person = found
                        case let .problem(message, hint):
                            output.line(message + " " + hint + " Enter alone means anyone.")
                            continue
                        }
                        break
                    }
                } else {
                    switch whom(who.joined(separator: " "), runner: runner, kinds: kinds) {
                    case let .found(found): person = found
                    case let .problem(message, hint):
                        output.error(message, hint: hint)
                        return .failure(.usage)
                    }
                }
                var kind: CatalogItem?, contact: Contact?
                switch person {
                case .anyone: break
                case let .kind(item): kind = item
                case let .contact(match): contact = match
                }
                let composer = runner.composer
                let found = composer.openers(context: context.id, kind: kind?.id, contact: contact)
                let personName = contact.map { DisplayText.clean(ContactRanking.fullName($0)) } ?? kind.map { Composer.inSentence($0.name) }
                guard !found.isEmpty else {
                    // Nothing fits: because the profile lacks what the wordings need, or because there are none.
                    if let need = composer.lackingForOpeners(context: context.id, kind: kind?.id, contact: contact).lazy.compactMap(need).first {
                        output.error("coach needs \(need.what) first: type '\(need.command)'.",
                                     hint: need.command == "about" ? "Openers start with who you are." : "Every opener coach has for that uses it.")
                    } else {
                        let forAnyone = person == .anyone ? [] : composer.openers(context: context.id, kind: nil, contact: nil)
                        output.error("coach has no opener for \(personName ?? "anyone") at \(Composer.inSentence(context.name)) yet.",
                                     hint: forAnyone.isEmpty ? "Try another place ('help openers' lists them)."
                                         : "'openers at \(context.id)' has \(forAnyone.count) for anyone there.")
                    }
                    return .failure(.dataError)
                }
                // For a kind of person none of whose openers fit the profile, the openers are for anyone: say so.
                if let kind, contact == nil, !found.contains(where: \.forKind) {
                    let need = composer.lackingForOpeners(context: context.id, kind: kind.id, contact: nil, kindOnly: true).lazy.compactMap(need).first
                    output.line(output.styler.paint("Openers for anyone — \(Composer.inSentence(context.name)):", .heading))
                    output.line(output.styler.paint("coach's openers for \(Composer.inSentence(kind.name)) there need "
                        + (need.map { "\($0.what) ('\($0.command)')" } ?? "more of your profile") + ", so these suit anyone.", .dim))
                } else {
                    output.line(output.styler.paint("Openers for \(personName ?? "anyone") — \(Composer.inSentence(context.name)):", .heading))
                }
                listing.openers = found
                listing.shown = 0
                listing.firstNumber = 1
                showPage(listing, runner: runner, output: output)
                return .success
            }
        )
    }

    /// Whom openers are for.
    enum Person: Equatable {
        case anyone
        case kind(CatalogItem)
        case contact(Contact)

        static func == (a: Person, b: Person) -> Bool {
            switch (a, b) {
            case (.anyone, .anyone): return true
            case let (.kind(x), .kind(y)): return x.id == y.id
            case let (.contact(x), .contact(y)): return x.id == y.id
            default: return false
            }
        }
    }

    enum Lookup {
        case found(Person)
        /// What is wrong, and a hint.
        case problem(String, String)
    }

    static func placeText(_ words: [String]) -> String { words.joined(separator: " ") }

    /// What to say about a place coach does not know.
    static func unknownPlace(_ text: String, contexts: Catalog) -> (message: String, hint: String) {
        let hint = "Places: \(contexts.items.map(\.id).joined(separator: ", "))."
        if let number = Int(text) {
            return ("There is no place \(number) in the list.", hint)
        }
        let suggestion = EditDistance.nearest(to: text.lowercased(), in: contexts.items.map(\.id))
        return ("coach knows no place called '\(DisplayText.clean(text))'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""), hint)
    }

    /// The person or kind of person `text` names: a kind from the catalog, else one contact; empty is anyone.
    static func whom(_ text: String, runner: FlowRunner, kinds: Catalog) -> Lookup {
        guard !text.isEmpty else { return .found(.anyone) }
        if let item = kinds.item(named: text) { return .found(.kind(item)) }
        let contacts = runner.profile.contacts
        let matches = CoachingHost.contacts(named: text, in: contacts)
        if matches.count > 1 {
            return .problem("\(matches.count) contacts match '\(DisplayText.clean(text))'.",
                            "Say which by id: " + matches.prefix(5).map { "\($0.id) (\(DisplayText.clean(ContactRanking.fullName($0))))" }
                                .joined(separator: ", ") + ".")
        }
        if let match = matches.first { return .found(.contact(match)) }
        // Did you mean: a kind of person, or a contact by full, first or last name.
        var candidates: [String: String] = [:]
        for item in kinds.items { candidates[item.id] = "'\(item.id)'" }
        for contact in contacts {
            let full = DisplayText.clean(ContactRanking.fullName(contact))
            for name in [full, contact.firstName, contact.lastName].compactMap({ $0 }) where !name.isEmpty && candidates[name.lowercased()] == nil {
                candidates[name.lowercased()] = "\"\(full)\""
            }
        }
        let suggestion = EditDistance.nearest(to: text.lowercased(), in: candidates.keys.sorted()).flatMap { candidates[$0] }
        return .problem("'\(DisplayText.clean(text))' is neither a contact nor a kind of person coach knows."
                        + (suggestion.map { " Did you mean \($0)?" } ?? ""),
                        "Kinds: \(kinds.items.map(\.id).joined(separator: ", ")). 'contacts' lists your contacts.")
    }

    /// What the profile lacks when no place has an opener for anyone, or nil.
    static func nothingToCompose(_ runner: FlowRunner, places: [CatalogItem]) -> (what: String, command: String)? {
        let composer = runner.composer
        guard places.allSatisfy({ composer.openers(context: $0.id, kind: nil, contact: nil).isEmpty }), let first = places.first else {
            return nil
        }
        return composer.lackingForOpeners(context: first.id, kind: nil, contact: nil).lazy.compactMap(need).first
    }

    /// What a name of the profile is, said to the user, and the command that fills it in.
    static func need(_ name: String) -> (what: String, command: String)? {
        switch name {
        case "me.name", "me.first_name": return ("your name", "about")
        case "me.school": return ("your school", "about")
        case "me.field": return ("your field", "about")
        case "me.stage", "me.stage_name": return ("where you are in your career", "about")
        case "goal.role", "goal.position": return ("a goal with a role", "goals")
        case "goal.organization", "goal.organizations": return ("a goal that names organisations", "goals")
        default: break
        }
        if name.hasPrefix("goal.") || name.hasPrefix("long_goal.") { return ("a goal", "goals") }
        if name.hasPrefix("value") { return ("your values", "values") }
        if name.hasPrefix("strength") || name.hasPrefix("story") { return ("a strength with a story", "strengths") }
        if name.hasPrefix("experience") { return ("an experience", "experiences") }
        return nil
    }

    static func showPage(_ listing: Listing, runner: FlowRunner, output: ShellOutput) {
        let page = listing.openers.dropFirst(listing.shown).prefix(ComposeCommands.page)
        var explanations: [Int: [String]] = runner.explanations
        if listing.shown == 0 { explanations = [:] }
        for (offset, opener) in page.enumerated() {
            let number = listing.firstNumber + listing.shown + offset
            output.line(output.styler.paint("\(number).", .command) + " " + opener.text)
            if let limit = opener.limit {
                let count = "\(opener.text.count)/\(limit) characters"
                let note = opener.overLimit ? "\(count): over the limit, shorten it before sending"
                    : opener.longer != nil ? "\(count), shortened to fit" : count
                output.line("   " + output.styler.paint("(\(note))", opener.overLimit ? .warning : .dim))
            }
            if !opener.followUps.isEmpty {
                output.line("   " + output.styler.paint("Then ask:", .dim))
                for question in opener.followUps { output.line("   • " + question) }
            }
            if let close = opener.close { output.line("   " + output.styler.paint("To close:", .dim) + " " + close) }
            var lines = ["Opener \(number) is '\(opener.id)' (\(opener.source))."] + opener.reasons
            if let longer = opener.longer { lines.append("The full version, over the limit: \(longer)") }
            explanations[number] = lines
        }
        listing.shown += page.count
        runner.explain(explanations)
        let rest = listing.openers.count - listing.shown
        output.line(output.styler.paint("'why N' says why coach chose N." + (rest > 0 ? " 'another' shows \(min(rest, ComposeCommands.page)) more." : ""), .dim))
    }

    static func another(_ runner: FlowRunner, _ listing: Listing) -> ShellCommand {
        ShellCommand(
            name: "another",
            summary: "More of what coach showed last (openers).",
            run: { invocation in
                guard invocation.arguments.isEmpty else {
                    invocation.output.error("another takes no arguments.", hint: "Type 'another' on its own.")
                    return .failure(.usage)
                }
                guard !listing.openers.isEmpty else {
                    invocation.output.error("there is nothing to show more of.", hint: "'another' follows 'openers'; in a flow, it gives another wording.")
                    return .failure(.usage)
                }
                guard listing.shown < listing.openers.count else {
                    invocation.output.line("That was every opener coach has for this; 'openers' with another place or person finds others.")
                    return .success
                }
                showPage(listing, runner: runner, output: invocation.output)
                return .success
            }
        )
    }

    // MARK: LinkedIn

    static func linkedin(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "linkedin",
            summary: "Draft a LinkedIn headline, About section and post ideas from your profile.",
            details: "Drafted from your goals, strengths and stories; the checks 'pitch critique' uses look at the About too. "
                + "'coach linkedin --json' gives the same for scripts.",
            run: { invocation in
                guard invocation.arguments.isEmpty else {
                    invocation.output.error("linkedin takes no arguments.", hint: "Type 'linkedin' on its own.")
                    return .failure(.usage)
                }
                runner.refresh()
                let draft = runner.composer.linkedIn()
                guard render(draft, program: runner.program, output: invocation.output) else { return .failure(.dataError) }
                var explanations: [Int: [String]] = [:]
                for (offset, post) in draft.posts.enumerated() {
                    explanations[offset + 1] = ["Post idea \(offset + 1) is '\(post.id)' (\(post.source))."] + (post.because.map { [$0] } ?? [])
                }
                runner.explain(explanations)
                return .success
            }
        )
    }

    /// Why there is no draft to show (the profile says too little for a headline or an About), or nil.
    public static func linkedInRefusal(_ draft: LinkedInDraft) -> (message: String, hint: String)? {
        guard draft.headline == nil && draft.about.isEmpty else { return nil }
        return ("there is not enough in your profile to draft from yet.",
                "Tell coach about yourself, your goals and your strengths first ('about', 'goals', 'strengths').")
    }

    /// Shows the draft; when the profile says too little for one, says so as an error and returns false.
    @discardableResult
    public static func render(_ draft: LinkedInDraft, program: Program, output: ShellOutput) -> Bool {
        let styler = output.styler
        if let refusal = linkedInRefusal(draft) {
            output.error(refusal.message, hint: refusal.hint)
            return false
        }
        if let headline = draft.headline {
            output.line(styler.paint("Headline", .heading) + styler.paint(" (\(headline.text.count)/\(draft.headlineLimit) characters)", .dim))
            output.line("  " + headline.text)
            output.line()
        }
        if !draft.about.isEmpty {
            let about = draft.aboutText
            output.line(styler.paint("About", .heading) + styler.paint(" (\(about.count)/\(draft.aboutLimit) characters)", .dim))
            for (index, paragraph) in about.components(separatedBy: "\n\n").enumerated() {
                if index > 0 { output.line() }
                output.line("  " + paragraph)
            }
            let critique = Critique.review(about, kind: "linkedin", budget: nil, seconds: nil, program: program)
            for finding in critique.findings {
                output.line("  " + styler.paint("Check:", .warning) + " " + finding.message + " " + finding.suggestion)
            }
            output.line()
        }
        if !draft.posts.isEmpty {
            output.line(styler.paint("Post ideas", .heading))
            for (offset, post) in draft.posts.enumerated() {
                output.line(styler.paint("\(offset + 1).", .command) + " " + post.text)
            }
            output.line()
        }
        if !draft.reminders.isEmpty {
            output.line(styler.paint("What employers see", .heading))
            for reminder in draft.reminders { output.line("  • " + reminder.text) }
        }
        return true
    }
}
