import Coaching
import DialogueEngine

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

    static func contact(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "contact",
            arguments: "show NAME",
            summary: "Everything coach has about one contact.",
            details: "NAME is the contact's name, or enough of it to tell them apart. Tab completes names.",
            completeArgument: { arguments, _ in
                if arguments.isEmpty { return ["show"] }
                return arguments.count == 1 ? runner.profile.contacts.map { clean(ContactRanking.fullName($0)) } : []
            },
            run: { invocation in
                guard let action = invocation.arguments.first, action == "show" else {
                    invocation.output.error("contact needs 'show' and a name.", hint: "Example: contact show Sam Lee")
                    return .failure(.usage)
                }
                let name = invocation.arguments.dropFirst().joined(separator: " ")
                guard !name.isEmpty else {
                    invocation.output.error("contact show needs a name.", hint: "Example: contact show Sam Lee (Tab completes names).")
                    return .failure(.usage)
                }
                switch find(name, in: runner.profile.contacts) {
                case let .found(contact):
                    show(contact, runner: runner, to: invocation.output)
                    return .success
                case .none:
                    invocation.output.error("no contact is called '\(clean(name))'.", hint: "Type 'contacts \(clean(name))' to search.")
                    return .failure(.usage)
                case let .several(matches):
                    let names = matches.prefix(8).map { clean(ContactRanking.fullName($0)) + ($0.company.map { " (\(clean($0)))" } ?? "") }
                    invocation.output.error("'\(clean(name))' could be \(names.joined(separator: ", "))\(matches.count > 8 ? ", …" : "").",
                                            hint: "Type more of the name.")
                    return .failure(.usage)
                }
            }
        )
    }

    // MARK: Finding

    static func filter(_ contacts: [Contact], words: [String], company: String?, tag: String?) -> [Contact] {
        let wanted = words.map { $0.lowercased() }
        return contacts.filter { contact in
            if let company, !(contact.company ?? "").lowercased().contains(company.lowercased()) { return false }
            if let tag, !contact.tags.contains(where: { $0.lowercased() == tag.lowercased() }) { return false }
            let text = ([contact.firstName, contact.lastName] + [contact.company, contact.position, contact.howMet, contact.notes]
                .compactMap { $0 } + contact.tags).joined(separator: " ").lowercased()
            return wanted.allSatisfy(text.contains)
        }
    }

    enum Lookup {
        case found(Contact)
        case none
        case several([Contact])
    }

    /// The contact `name` means: the whole name (ignoring case), else the only one whose name starts
    /// with it, else the only one whose name contains it.
    static func find(_ name: String, in contacts: [Contact]) -> Lookup {
        let wanted = name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        func full(_ contact: Contact) -> String { clean(ContactRanking.fullName(contact)).lowercased() }
        for test in [{ (contact: Contact) in full(contact) == wanted }, { full($0).hasPrefix(wanted) }, { full($0).contains(wanted) }] {
            let matches = contacts.filter(test)
            if matches.count == 1 { return .found(matches[0]) }
            if matches.count > 1 { return .several(matches) }
        }
        return .none
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
        if let ranked = ContactRanking.rank(runner.profile, catalog: runner.program.catalogs["ranking"], today: runner.currentDay)
            .first(where: { $0.contact.id == contact.id }) {
            output.line(output.styler.paint("For your goals: ", .dim) + ranked.parts.map(\.reason).joined(separator: "; ") + ".")
        }
    }
}
