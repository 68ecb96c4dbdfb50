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
                + "Whatever you leave out, coach asks. Each opener comes with questions to keep the talk going and a way to "
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
                // What was left out, asked.
                var placeText = place.joined(separator: " ")
                if placeText.isEmpty {
                    output.line("Where will you talk?")
                    for (index, item) in contexts.items.enumerated() {
                        output.line("  " + output.styler.paint("\(index + 1).", .command) + " " + item.name)
                    }
                    guard let answer = invocation.ask("place> ") else { return .success }
                    placeText = answer.trimmingWhitespace
                    if let number = Int(placeText), (1...contexts.items.count).contains(number) {
                        placeText = contexts.items[number - 1].id
                    }
                }
                guard let context = contexts.item(named: placeText) else {
                    let suggestion = EditDistance.nearest(to: placeText.lowercased(), in: contexts.items.map(\.id))
                    output.error("coach knows no place called '\(placeText)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
                                 hint: "Places: \(contexts.items.map(\.id).joined(separator: ", ")).")
                    return .failure(.usage)
                }
                var whoText = who.joined(separator: " ")
                if invocation.arguments.isEmpty {
                    output.line("Who with? A contact's name, a kind of person (recruiter, mentor, alumni, peer…), or Enter for anyone.")
                    guard let answer = invocation.ask("who> ") else { return .success }
                    whoText = answer.trimmingWhitespace
                }
                var kind: CatalogItem?
                var contact: Contact?
                if !whoText.isEmpty {
                    if let item = kinds.item(named: whoText) {
                        kind = item
                    } else {
                        let matches = CoachingHost.contacts(named: whoText, in: runner.profile.contacts)
                        if matches.count > 1 {
                            output.error("\(matches.count) contacts match '\(DisplayText.clean(whoText))'.",
                                         hint: "Say which by id: " + matches.prefix(5).map { "\($0.id) (\(DisplayText.clean(ContactRanking.fullName($0))))" }
                                            .joined(separator: ", ") + ".")
                            return .failure(.usage)
                        }
                        guard let match = matches.first else {
                            let suggestion = EditDistance.nearest(to: whoText.lowercased(), in: kinds.items.map(\.id))
                            output.error("'\(DisplayText.clean(whoText))' is neither a contact nor a kind of person coach knows."
                                         + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
                                         hint: "Kinds: \(kinds.items.map(\.id).joined(separator: ", ")). 'contacts' lists your contacts.")
                            return .failure(.usage)
                        }
                        contact = match
                    }
                }
                let found = runner.composer.openers(context: context.id, kind: kind?.id, contact: contact)
                guard !found.isEmpty else {
                    output.line("coach has no opener for that yet. Try another place, or 'openers at \(context.id)' for anyone.")
                    return .success
                }
                let person = contact.map { DisplayText.clean(ContactRanking.fullName($0)) }
                    ?? kind.map { Composer.inSentence($0.name) } ?? "anyone"
                output.line(output.styler.paint("Openers for \(person) — \(Composer.inSentence(context.name)):", .heading))
                listing.openers = found
                listing.shown = 0
                listing.firstNumber = 1
                showPage(listing, runner: runner, output: output)
                return .success
            }
        )
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
                render(draft, program: runner.program, output: invocation.output)
                var explanations: [Int: [String]] = [:]
                for (offset, post) in draft.posts.enumerated() {
                    explanations[offset + 1] = ["Post idea \(offset + 1) is '\(post.id)' (\(post.source))."] + (post.because.map { [$0] } ?? [])
                }
                runner.explain(explanations)
                return .success
            }
        )
    }

    public static func render(_ draft: LinkedInDraft, program: Program, output: ShellOutput) {
        let styler = output.styler
        guard draft.headline != nil || !draft.about.isEmpty else {
            output.line("There is not enough in your profile to draft from yet: tell coach about your goals and strengths first "
                        + "('goals', 'strengths').")
            return
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
    }
}
