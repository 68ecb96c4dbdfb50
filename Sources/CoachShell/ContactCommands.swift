import Coaching
import DialogueEngine
import ProfileStore

/// `contacts` and `contact show`: the people in the profile, found by words, company or tag. Text from
/// contacts is someone else's and is shown with escape sequences removed.
public enum ContactCommands {
    /// How many contacts a listing shows before it asks for narrower words.
    static let listed = 40

    public static func all(_ runner: FlowRunner) -> [ShellCommand] {
        [contacts(runner), contact(runner)]
    }

    static func contacts(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "contacts",
            arguments: "[WORDS]",
            summary: "List your contacts, or those matching words, a company (--company) or a tag (--tag).",
            details: "Words match names, positions, companies, how you met, notes and tags, ignoring case; every word "
                + "must match. --company NAME and --tag TAG narrow it further. Example: contacts product --company stripe",
            run: { invocation in
                runner.refresh()
                var words: [String] = [], company: String?, tag: String?
                var arguments = invocation.arguments[...]
                while let argument = arguments.popFirst() {
                    switch argument {
                    case "--company", "--tag":
                        guard let value = arguments.popFirst() else {
                            invocation.output.error("\(argument) needs a value.", hint: "Example: contacts \(argument) \(argument == "--tag" ? "alumni" : "Stripe")")
                            return .failure(.usage)
                        }
                        if argument == "--company" { company = value } else { tag = value }
                    default:
                        if argument.hasPrefix("--") {
                            invocation.output.error("contacts has no option '\(argument)'.", hint: "Use --company NAME or --tag TAG.")
                            return .failure(.usage)
                        }
                        words.append(argument)
                    }
                }
                let found = filter(runner.profile.contacts, words: words, company: company, tag: tag)
                let output = invocation.output
                if runner.profile.contacts.isEmpty {
                    output.line("You have no contacts in coach yet. Import your LinkedIn connections: coach import linkedin Connections.csv")
                    return .success
                }
                if found.isEmpty {
                    output.line("No contact matches. Type 'contacts' on its own to see them all.")
                    return .success
                }
                let rows = found.prefix(listed).map { contact -> (String, String) in
                    (clean(ContactRanking.fullName(contact)), summary(of: contact))
                }
                output.line(BuiltinCommands.table(Array(rows), styler: output.styler, width: output.width()))
                let total = found.count == runner.profile.contacts.count ? "\(found.count) contacts" : "\(found.count) of \(runner.profile.contacts.count) contacts"
                let more = found.count > listed ? "; the first \(listed) shown, add words to narrow it down" : ""
                output.line(output.styler.paint("\(total)\(more).", .dim))
                return .success
            }
        )
    }

    /// The contact a first `contact delete` was asked about.
    final class DeleteConfirmation {
        var id: String?
        var turn = 0
    }

    static func contact(_ runner: FlowRunner) -> ShellCommand {
        let confirmation = DeleteConfirmation()
        let starting = FlowCommands.StartConfirmation()
        return ShellCommand(
            name: "contact",
            arguments: "ACTION NAME",
            summary: "contact add, or contact show, edit or delete NAME: one contact at a time.",
            details: "contact add asks for the details; contact show NAME, contact edit NAME and contact delete NAME take "
                + "the contact's name, or enough of it to tell them apart (Tab completes names). Deleting asks you to "
                + "type the command again first.",
            completeArgument: { arguments, _ in
                if arguments.isEmpty { return ["add", "show", "edit", "delete"] }
                return arguments.count == 1 && arguments[0] != "add" ? runner.profile.contacts.map { clean(ContactRanking.fullName($0)) } : []
            },
            run: { invocation in
                let output = invocation.output
                guard let action = invocation.arguments.first, ["add", "show", "edit", "delete"].contains(action) else {
                    let what = invocation.arguments.first.map { "'\($0)' is not something contact does; " } ?? ""
                    output.error("\(what)contact needs add, show, edit or delete.", hint: "Examples: contact add; contact show Sam Lee")
                    return .failure(.usage)
                }
                if runner.unfinishedTitle == nil { runner.refresh() }
                if action == "add" {
                    guard invocation.arguments.count == 1 else {
                        output.error("contact add takes no name; it asks for the details.", hint: "Type 'contact add' on its own.")
                        return .failure(.usage)
                    }
                    guard runner.program.flows[addFlow] != nil else {
                        output.error("the Prompts in use have no flow '\(addFlow)'.", hint: "See Prompts/README.md.")
                        return .failure(.dataError)
                    }
                    FlowCommands.begin(addFlow, runner: runner, confirmation: starting, output: output, command: "contact add")
                    return .success
                }
                let name = invocation.arguments.dropFirst().joined(separator: " ")
                guard !name.isEmpty else {
                    output.error("contact \(action) needs a name.", hint: "Example: contact \(action) Sam Lee (Tab completes names).")
                    return .failure(.usage)
                }
                let matches = CoachingHost.contacts(named: name, in: runner.profile.contacts)
                guard let contact = matches.first, matches.count == 1 else {
                    if matches.isEmpty {
                        output.error("no contact is called '\(clean(name))'.", hint: "Type 'contacts \(clean(name))' to search.")
                    } else {
                        let names = matches.prefix(8).map { contact in
                            clean(ContactRanking.fullName(contact)) + " (" + (contact.company.map { clean($0) + ", " } ?? "") + "id \(clean(contact.id)))"
                        }
                        let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names[0]
                        output.error("'\(clean(name))' could be \(list)\(matches.count > 8 ? ", and more" : "").",
                                     hint: "Type more of the name, or the id: contact \(action) \(clean(matches[0].id))")
                    }
                    return .failure(.usage)
                }
                switch action {
                case "show":
                    show(contact, runner: runner, to: output)
                case "edit":
                    guard runner.program.flows[editFlow] != nil else {
                        output.error("the Prompts in use have no flow '\(editFlow)'.", hint: "See Prompts/README.md.")
                        return .failure(.dataError)
                    }
                    if runner.unfinishedTitle == nil || (starting.flow == editFlow && starting.turn == runner.turns) {
                        runner.preset(["contact_id": .text(contact.id)])
                    }
                    FlowCommands.begin(editFlow, runner: runner, confirmation: starting, output: output, command: "contact edit \(clean(name))")
                default:
                    let display = clean(ContactRanking.fullName(contact))
                    // Deleting cannot be undone: the same command twice in a row does it.
                    guard confirmation.id == contact.id, confirmation.turn == runner.turns else {
                        confirmation.id = contact.id
                        confirmation.turn = runner.turns
                        let followUps = runner.profile.followUps.filter { $0.contactId == contact.id }.count
                        let also = followUps > 0 ? " and the follow-ups for them (\(followUps))" : ""
                        output.line("This deletes \(display)\(also) from your profile. Type 'contact delete \(clean(name))' again to do it.")
                        return .success
                    }
                    confirmation.id = nil
                    do {
                        try runner.deleteContact(id: contact.id)
                    } catch {
                        output.error((error as? ProfileStoreError)?.description ?? "\(error)", hint: "Nothing was deleted.")
                        return .failure(.ioError)
                    }
                    output.line("Deleted \(display).")
                }
                return .success
            }
        )
    }

    /// The flows `contact add` and `contact edit` start.
    static let addFlow = "contact-add"
    static let editFlow = "contact-edit"

    // MARK: Finding

    /// Every word must start a word of the contact's name, company, position, how met, notes or tags,
    /// ignoring case and accents: "garcia" finds García, "red" does not find "registered".
    static func filter(_ contacts: [Contact], words: [String], company: String?, tag: String?) -> [Contact] {
        func split(_ text: String) -> [String] {
            CoachingHost.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
        let wanted = words.flatMap(split)
        let companyWords = company.map(split) ?? []
        return contacts.filter { contact in
            if company != nil {
                let have = split(contact.company ?? "")
                guard companyWords.allSatisfy({ word in have.contains { $0.hasPrefix(word) } }) else { return false }
            }
            if let tag, !contact.tags.contains(where: { CoachingHost.fold($0) == CoachingHost.fold(tag) }) { return false }
            let have = split(([contact.firstName, contact.lastName] + [contact.company, contact.position, contact.howMet, contact.notes]
                .compactMap { $0 } + contact.tags).joined(separator: " "))
            return wanted.allSatisfy { word in have.contains { $0.hasPrefix(word) } }
        }
    }

    // MARK: Showing

    static func clean(_ text: String) -> String { DisplayText.clean(text) }

    /// Position, company and tags on one line, for listings.
    static func summary(of contact: Contact) -> String {
        var parts: [String] = []
        let work = [contact.position, contact.company].compactMap { $0.map(clean) }.filter { !$0.isEmpty }
        if !work.isEmpty { parts.append(work.joined(separator: ", ")) }
        if !contact.tags.isEmpty { parts.append("[" + contact.tags.map(clean).joined(separator: ", ") + "]") }
        if let last = contact.lastInteraction { parts.append("last: \(last.iso)") }
        return parts.joined(separator: "  ")
    }

    static func show(_ contact: Contact, runner: FlowRunner, to output: ShellOutput) {
        output.line(output.styler.paint(clean(ContactRanking.fullName(contact)), .heading))
        var rows: [(String, String)] = []
        func add(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            rows.append((label, clean(value)))
        }
        add("Position", contact.position)
        add("Company", contact.company)
        add("Email", contact.email)
        add("Phone", contact.phone)
        add("Profile", contact.url)
        add("How you met", contact.howMet)
        add("Tags", contact.tags.isEmpty ? nil : contact.tags.joined(separator: ", "))
        add("Notes", contact.notes)
        add("Connected", contact.connectedOn?.iso)
        add("Last talked", contact.lastInteraction?.iso)
        add("Keep in touch", contact.cadenceDays.map { "every \($0) days" })
        add("From", contact.source)
        output.line(BuiltinCommands.table(rows, styler: output.styler, width: output.width()))
        if let ranked = ContactRanking.rank(runner.profile, catalog: runner.program.catalogs["ranking"], today: runner.currentDay,
                                            roles: runner.program.catalogs["roles"])
            .first(where: { $0.contact.id == contact.id }) {
            output.line(output.styler.paint("For your goals: ", .dim) + ranked.parts.map(\.reason).joined(separator: "; ") + ".")
        }
    }
}
