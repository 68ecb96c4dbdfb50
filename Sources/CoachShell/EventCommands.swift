import Coaching
import DialogueEngine
import Foundation
import ProfileStore

/// `events`, `event new|plan|show|edit|delete|debrief|export`, `followups` and `followup done|snooze|show`.
public enum EventCommands {
    public static func all(_ runner: FlowRunner) -> [ShellCommand] {
        [events(runner), event(runner), followups(runner), followup(runner)]
    }

    /// The flows the event commands start.
    static let newFlow = "event-new"
    static let editFlow = "event-edit"
    static let debriefFlow = "event-debrief"
    static let actions = ["new", "plan", "show", "edit", "debrief", "export", "delete"]

    static func clean(_ text: String) -> String { DisplayText.clean(text) }

    // MARK: events

    static func events(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "events",
            summary: "Your events: those coming up, then those past.",
            details: "Each with its day and time, its kind, and whether it is planned or debriefed. 'event new' adds one.",
            run: { invocation in
                let output = invocation.output
                guard invocation.arguments.isEmpty else {
                    output.error("events takes no arguments.", hint: "Type 'events' on its own; 'event show NAME' shows one.")
                    return .failure(.usage)
                }
                if runner.unfinishedTitle == nil { runner.refresh() }
                let events = runner.profile.events
                guard !events.isEmpty else {
                    output.line("No events yet. 'event new' tells coach about one, such as a career fair or a coffee chat.")
                    return .success
                }
                let today = runner.currentDay
                let upcoming = events.filter { ($0.start?.date).map { $0 >= today } ?? true }.sorted(by: startOrder)
                let past = events.filter { ($0.start?.date).map { $0 < today } ?? false }.sorted(by: startOrder).reversed()
                for (title, list) in [("Coming up", Array(upcoming)), ("Past", Array(past))] where !list.isEmpty {
                    output.line(output.styler.paint(title, .heading))
                    let rows = list.map { event in (clean(event.name), summary(of: event, runner: runner)) }
                    output.line(BuiltinCommands.table(rows, styler: output.styler, width: output.width()))
                }
                return .success
            }
        )
    }

    static func startOrder(_ a: Event, _ b: Event) -> Bool {
        switch (a.start, b.start) {
        case let (x?, y?): return x == y ? a.id < b.id : x < y
        case (nil, _?): return false
        case (_?, nil): return true
        case (nil, nil): return a.id < b.id
        }
    }

    /// Day, kind and state on one line.
    static func summary(of event: Event, runner: FlowRunner) -> String {
        var parts: [String] = []
        if let start = event.start { parts.append(start.date.mediumForm + ", " + start.timeOfDay) } else { parts.append("no date yet") }
        parts.append(kindName(event.kind, runner).lowercased())
        let today = runner.currentDay
        if event.debriefed {
            let open = runner.profile.followUps.filter { $0.eventId == event.id && !$0.done }.count
            parts.append(open > 0 ? "debriefed, \(open) follow-up\(open == 1 ? "" : "s") open" : "debriefed")
        } else if let start = event.start, start.date < today {
            parts.append("not debriefed: 'event debrief \(clean(event.name))'")
        } else {
            parts.append(event.plan == nil ? "not planned yet" : "planned")
        }
        return parts.joined(separator: " · ")
    }

    static func kindName(_ kind: Event.Kind, _ runner: FlowRunner) -> String {
        runner.program.catalogs["event-kinds"]?.item(kind.rawValue)?.name ?? kind.rawValue
    }

    // MARK: event

    /// The event a first `event delete` was asked about.
    final class DeleteConfirmation {
        var id: String?
        var turn = 0
    }

    static func event(_ runner: FlowRunner) -> ShellCommand {
        let confirmation = DeleteConfirmation()
        let starting = FlowCommands.StartConfirmation()
        return ShellCommand(
            name: "event",
            arguments: "ACTION [NAME]",
            summary: "event new, or event plan, show, edit, debrief, export or delete NAME: one event at a time.",
            details: "event new asks about an event you will go to. event plan NAME builds a plan: what to prepare, whom to "
                + "seek with an opener, questions and what to offer, your pitch, a time plan, ways to leave a conversation "
                + "and what to do afterwards ('why N' explains line N). event debrief NAME records whom you met and drafts "
                + "your follow-ups. event export NAME --format markdown [--output FILE] writes the plan to print. "
                + "NAME is the event's name or enough of it (Tab completes names).",
            completeArgument: { arguments, _ in
                if arguments.isEmpty { return actions }
                guard arguments.count == 1, arguments[0] != "new" else {
                    return arguments.first == "export" && arguments.count > 1 ? ["--format", "--output"] : []
                }
                return runner.profile.events.map { clean($0.name) }
            },
            run: { invocation in
                let output = invocation.output
                guard let action = invocation.arguments.first, actions.contains(action) else {
                    let what = invocation.arguments.first.map { "'\(clean($0))' is not something event does; " } ?? ""
                    output.error("\(what)event needs new, plan, show, edit, debrief, export or delete.",
                                 hint: "Examples: event new; event plan Fall Career Fair")
                    return .failure(.usage)
                }
                if runner.unfinishedTitle == nil { runner.refresh() }
                if action == "new" {
                    guard invocation.arguments.count == 1 else {
                        output.error("event new takes no name; it asks for the details.", hint: "Type 'event new' on its own.")
                        return .failure(.usage)
                    }
                    return begin(newFlow, runner: runner, starting: starting, output: output, command: "event new")
                }
                var words = Array(invocation.arguments.dropFirst())
                var format = "markdown", file: String?
                if action == "export" {
                    var rest: [String] = []
                    var iterator = words.makeIterator()
                    while let word = iterator.next() {
                        switch word {
                        case "--format", "--output":
                            guard let value = iterator.next() else {
                                output.error("\(word) needs a value.", hint: word == "--format" ? "Example: --format markdown" : "Example: --output plan.md")
                                return .failure(.usage)
                            }
                            if word == "--format" { format = value } else { file = value }
                        default:
                            if word.hasPrefix("--") {
                                output.error("event export has no option '\(word)'.", hint: "It takes --format markdown and --output FILE.")
                                return .failure(.usage)
                            }
                            rest.append(word)
                        }
                    }
                    guard format == "markdown" else {
                        output.error("event export writes markdown, not '\(clean(format))'.",
                                     hint: "Use --format markdown; 'coach calendar export' writes your events as iCalendar.")
                        return .failure(.usage)
                    }
                    words = rest
                }
                let name = words.joined(separator: " ")
                guard !name.isEmpty else {
                    output.error("event \(action) needs the event's name.", hint: "Example: event \(action) Fall Career Fair ('events' lists them; Tab completes).")
                    return .failure(.usage)
                }
                guard let event = find(name, runner: runner, action: action, output: output) else { return .failure(.usage) }
                switch action {
                case "plan":
                    return plan(event, runner: runner, output: output)
                case "show":
                    show(event, runner: runner, output: output)
                    return .success
                case "export":
                    return export(event, runner: runner, file: file, output: output)
                case "edit", "debrief":
                    let flow = action == "edit" ? editFlow : debriefFlow
                    if runner.unfinishedTitle == nil || (starting.flow == flow && starting.turn == runner.turns) {
                        runner.preset(["event_id": .text(event.id)])
                    }
                    return begin(flow, runner: runner, starting: starting, output: output, command: "event \(action) \(clean(name))")
                default:
                    let display = clean(event.name)
                    guard confirmation.id == event.id, confirmation.turn == runner.turns else {
                        confirmation.id = event.id
                        confirmation.turn = runner.turns
                        output.line("This deletes \(display) and its plan; people you met there and your follow-ups stay. "
                            + "Type 'event delete \(clean(name))' again to do it.")
                        return .success
                    }
                    confirmation.id = nil
                    do {
                        try runner.deleteEvent(id: event.id)
                    } catch {
                        output.error((error as? ProfileStoreError)?.description ?? "\(error)", hint: "Nothing was deleted.")
                        return .failure(.ioError)
                    }
                    output.line("Deleted \(display).")
                    return .success
                }
            }
        )
    }

    static func begin(_ flow: String, runner: FlowRunner, starting: FlowCommands.StartConfirmation, output: ShellOutput,
                      command: String) -> CommandOutcome {
        guard runner.program.flows[flow] != nil else {
            output.error("the Prompts in use have no flow '\(flow)'.", hint: "See Prompts/README.md.")
            return .failure(.dataError)
        }
        FlowCommands.begin(flow, runner: runner, confirmation: starting, output: output, command: command)
        return .success
    }

    /// The one event `name` means, or nil after saying why not.
    static func find(_ name: String, runner: FlowRunner, action: String, output: ShellOutput) -> Event? {
        let matches = CoachingHost.events(named: name, in: runner.profile.events)
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            let names = runner.profile.events.map { clean($0.name) }
            let suggestion = EditDistance.nearest(to: name, in: names).map { " Did you mean '\($0)'?" } ?? ""
            output.error("you have no event called '\(clean(name))'.\(suggestion)",
                         hint: names.isEmpty ? "'event new' adds one." : "'events' lists them; Tab completes names.")
        } else {
            let list = matches.prefix(6).map { event in
                clean(event.name) + (event.start.map { " (\($0.date.mediumForm))" } ?? "") + " [id \(event.id)]"
            }
            output.error("'\(clean(name))' could be \(list.joined(separator: ", ")).",
                         hint: "Type more of the name, or the id: event \(action) \(matches[0].id)")
        }
        return nil
    }

    // MARK: Plan

    /// A plan for `event` from the profile as it is now: the kinds of people 'targets' ranks first (for whom
    /// to seek beyond the people expected) and the user's latest pitch of the length and audience the
    /// kind of event calls for.
    static func makePlan(_ event: Event, runner: FlowRunner) -> EventPlan {
        let composer = runner.composer
        let settings = composer.eventSettings(event.kind)
        var kinds: [String] = []
        if runner.hasRules(in: FlowCommands.targetsGroup) {
            for item in runner.infer(FlowCommands.targetsGroup) {
                guard case let .suggestion(number, _) = item, let linked = runner.linkedItem(ofSuggestion: number) else { continue }
                if !kinds.contains(linked.id) { kinds.append(linked.id) }
            }
        }
        let stored = runner.profile.pitches.last { $0.seconds == settings.pitchSeconds && $0.audience == settings.audience }
        return composer.plan(for: event, kinds: kinds, pitch: stored)
    }

    /// Builds the plan again from the profile as it is, stores it and shows it, numbered for `why N`.
    static func plan(_ event: Event, runner: FlowRunner, output: ShellOutput) -> CommandOutcome {
        let plan = makePlan(event, runner: runner)
        var planned = event
        planned.plan = plan
        do {
            try runner.saveEvent(planned)
        } catch {
            output.warning("the plan could not be stored: \(error.description). It is shown all the same.")
        }
        render(planned, plan: plan, runner: runner, output: output)
        if event.plan != nil {
            output.line(output.styler.paint("Planned again with your profile and contacts as they are now.", .dim))
        }
        return .success
    }

    static func header(_ event: Event, runner: FlowRunner, output: ShellOutput) {
        output.line(output.styler.paint(clean(event.name), .heading) + output.styler.paint(" · " + kindName(event.kind, runner), .dim))
        var rows: [(String, String)] = []
        if let start = event.start {
            rows.append(("When", start.longForm + (event.durationMinutes.map { ", for " + AnswerInterpreter.describeDuration($0) } ?? "")))
        }
        if let place = event.place { rows.append(("Where", clean(place))) }
        if let aim = event.aim { rows.append(("Your aim", clean(aim))) }
        if !event.expected.isEmpty { rows.append(("Organisations", event.expected.map(clean).joined(separator: ", "))) }
        let people = event.people.compactMap { id in runner.profile.contacts.first { $0.id == id } }
        if !people.isEmpty { rows.append(("People", people.map { clean(ContactRanking.fullName($0)) }.joined(separator: ", "))) }
        if !rows.isEmpty { output.line(BuiltinCommands.table(rows, styler: output.styler, width: output.width())) }
    }

    /// The plan, numbered across its sections; `why N` says where line N comes from.
    static func render(_ event: Event, plan: EventPlan, runner: FlowRunner, output: ShellOutput) {
        header(event, runner: runner, output: output)
        var number = 0
        var explanations: [Int: [String]] = [:]
        for section in plan.sections {
            output.line("")
            output.line(output.styler.paint(section.title, .heading))
            for item in section.items {
                number += 1
                explanations[number] = item.because
                output.line(output.styler.paint("\(number).", .command) + " " + item.text)
                // Details start under the item's text, however wide its number.
                let indent = String(repeating: " ", count: "\(number). ".count)
                for detail in item.details {
                    output.line(indent + output.styler.paint(detail.label + ":", .dim) + " " + detail.text)
                }
            }
        }
        runner.explain(explanations)
        output.line("")
        output.line(output.styler.paint("'why N' says why line N is there. 'event export \(clean(event.name)) --format markdown' "
            + "writes it to print; after the event, 'event debrief \(clean(event.name))'.", .dim))
    }

    static func show(_ event: Event, runner: FlowRunner, output: ShellOutput) {
        guard let plan = event.plan else {
            header(event, runner: runner, output: output)
            output.line(output.styler.paint("No plan yet: 'event plan \(clean(event.name))' makes one.", .dim))
            showRecord(event, runner: runner, output: output)
            return
        }
        render(event, plan: plan, runner: runner, output: output)
        output.line(output.styler.paint("Planned on \(plan.made.mediumForm); 'event plan \(clean(event.name))' plans it again.", .dim))
        showRecord(event, runner: runner, output: output)
    }

    /// Whom the user met there, from the debrief.
    static func showRecord(_ event: Event, runner: FlowRunner, output: ShellOutput) {
        let met = runner.profile.interactions.filter { $0.eventId == event.id }
        guard !met.isEmpty else { return }
        output.line("")
        output.line(output.styler.paint("Whom you met", .heading))
        for interaction in met {
            guard let contact = runner.profile.contacts.first(where: { $0.id == interaction.contactId }) else { continue }
            var line = "- " + clean(ContactRanking.fullName(contact))
            if let notes = interaction.notes { line += ": " + clean(notes) }
            if let promised = interaction.promised { line += output.styler.paint(" (promised: \(clean(promised)))", .dim) }
            output.line(line)
        }
    }

    static func export(_ event: Event, runner: FlowRunner, file: String?, output: ShellOutput) -> CommandOutcome {
        var event = event
        if event.plan == nil {
            // A plan is made (and kept) for an event that has none yet.
            event.plan = makePlan(event, runner: runner)
            try? runner.saveEvent(event)
        }
        let text = EventMarkdown.render(event, plan: event.plan!, profile: runner.profile, kindName: kindName(event.kind, runner))
        guard let file, file != "-" else {
            output.line(text)
            return .success
        }
        let path = (file as NSString).expandingTildeInPath
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            output.error("cannot write '\(clean(file))'.", hint: "Give a path in a directory you can write to.")
            return .failure(.cannotCreate)
        }
        output.line("Wrote the plan for \(clean(event.name)) to \(clean(file)).")
        return .success
    }

    // MARK: Follow-ups

    static func followups(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "followups",
            summary: "What to send and to whom: overdue, due today and upcoming follow-ups, with drafted messages.",
            details: "Each follow-up has a number: 'followup show N' shows its drafted message, 'followup done N' ticks it off, "
                + "'followup snooze N DAYS' puts it off. 'event debrief NAME' makes them; a contact whose keep-in-touch time "
                + "comes round within a week gets one too.",
            run: { invocation in
                let output = invocation.output
                guard invocation.arguments.isEmpty else {
                    output.error("followups takes no arguments.", hint: "Type 'followups' on its own; 'followup show N' shows one.")
                    return .failure(.usage)
                }
                if runner.unfinishedTitle == nil { runner.refresh() }
                runner.remindToKeepInTouch()
                let today = runner.currentDay
                let agenda = FollowUpAgenda(runner.profile.followUps, today: today)
                guard agenda.overdue.count + agenda.today.count + agenda.upcoming.count > 0 else {
                    output.line("No follow-ups open. After an event, 'event debrief NAME' records whom you met and drafts them.")
                    return .success
                }
                for (title, list) in [("Overdue", agenda.overdue), ("Due today", agenda.today), ("Upcoming", agenda.upcoming)] where !list.isEmpty {
                    output.line(output.styler.paint(title, .heading))
                    for followUp in list {
                        output.line(output.styler.paint("\(followUp.id).", .command) + " " + line(followUp, runner: runner, today: today))
                    }
                }
                output.line(output.styler.paint("'followup show N' shows the drafted message; 'followup done N' when sent.", .dim))
                return .success
            }
        )
    }

    /// "Thank Dana Lee for the conversation at Fall Career Fair — due Friday 4 December (tomorrow)".
    static func line(_ followUp: FollowUp, runner: FlowRunner, today: CalendarDate) -> String {
        let contact = runner.profile.contacts.first { $0.id == followUp.contactId }
        let title = followUp.title.map(clean) ?? "Write to " + (contact.map { clean(ContactRanking.fullName($0)) } ?? "a contact")
        return title + " — " + due(followUp.due, today: today)
    }

    static func due(_ day: CalendarDate, today: CalendarDate) -> String {
        let days = day.dayNumber - today.dayNumber
        let when: String
        switch days {
        case 0: when = "today"
        case 1: when = "tomorrow"
        case -1: when = "yesterday"
        case let n where n > 1: when = "in \(n) days"
        default: when = "\(-days) days ago"
        }
        // The year only when it is not this one.
        let date = day.year == today.year ? day.longForm.split(separator: " ").dropLast().joined(separator: " ") : day.longForm
        return days == 0 ? "due today" : "due \(date) (\(when))"
    }

    static let followUpActions = ["show", "done", "snooze"]

    static func followup(_ runner: FlowRunner) -> ShellCommand {
        ShellCommand(
            name: "followup",
            arguments: "ACTION N [DAYS]",
            summary: "followup show N, followup done N, followup snooze N DAYS: one follow-up at a time.",
            details: "N is the follow-up's number in 'followups'. done ticks it off (a keep-in-touch reminder comes round again "
                + "after the contact's cadence); snooze N DAYS moves it DAYS days later (from today when it is overdue).",
            completeArgument: { arguments, _ in
                if arguments.isEmpty { return followUpActions }
                return arguments.count == 1 ? runner.profile.followUps.filter { !$0.done }.map(\.id) : []
            },
            run: { invocation in
                let output = invocation.output
                let arguments = invocation.arguments
                guard let action = arguments.first, followUpActions.contains(action) else {
                    let what = arguments.first.map { "'\(clean($0))' is not something followup does; " } ?? ""
                    output.error("\(what)followup needs show, done or snooze.", hint: "Examples: followup show 3; followup done 3; followup snooze 3 7")
                    return .failure(.usage)
                }
                let expected = action == "snooze" ? 3 : 2
                guard arguments.count == expected, let number = Int(arguments[1]) else {
                    output.error("followup \(action) needs the follow-up's number\(action == "snooze" ? " and a number of days" : "").",
                                 hint: "Example: followup \(action) 3\(action == "snooze" ? " 7" : "") ('followups' lists the numbers).")
                    return .failure(.usage)
                }
                if runner.unfinishedTitle == nil { runner.refresh() }
                guard var followUp = runner.profile.followUps.first(where: { $0.id == String(number) }) else {
                    output.error("there is no follow-up \(number).", hint: "'followups' lists them with their numbers.")
                    return .failure(.usage)
                }
                let today = runner.currentDay
                let contact = runner.profile.contacts.first { $0.id == followUp.contactId }
                switch action {
                case "show":
                    output.line(output.styler.paint("\(followUp.id). ", .command) + line(followUp, runner: runner, today: today)
                        + (followUp.done ? output.styler.paint(" (done" + (followUp.doneOn.map { " \($0.mediumForm)" } ?? "") + ")", .dim) : ""))
                    if let contact {
                        let reach = [contact.email, contact.url].compactMap { $0 }.map(clean)
                        output.line(output.styler.paint("To: ", .dim) + clean(ContactRanking.fullName(contact))
                            + (reach.isEmpty ? "" : " (" + reach.joined(separator: ", ") + ")"))
                    }
                    output.line("")
                    for messageLine in followUp.message.split(separator: "\n", omittingEmptySubsequences: false) {
                        output.line("  " + clean(String(messageLine)))
                    }
                    output.line("")
                    output.line(output.styler.paint("A draft: change it to sound like you. 'followup done \(followUp.id)' once it is sent.", .dim))
                    return .success
                case "done":
                    guard !followUp.done else {
                        output.line("Follow-up \(followUp.id) is already done.")
                        return .success
                    }
                    followUp.done = true
                    followUp.doneOn = today
                    var changed = [followUp]
                    var next: FollowUp?
                    // A keep-in-touch reminder comes round again.
                    if followUp.kind == .keepInTouch, let contact {
                        let cadence = contact.cadenceDays ?? runner.composer.days(Composer.keepInTouchSetting, default: 90)
                        var again = followUp
                        again.id = CoachingHost.nextFollowUpId(runner.profile.followUps)
                        again.done = false
                        again.doneOn = nil
                        again.due = today.adding(days: cadence)
                        changed.append(again)
                        next = again
                    }
                    do {
                        try runner.saveFollowUps(changed)
                        if let contact, followUp.kind != .promise, contact.lastInteraction.map({ $0 < today }) ?? true {
                            var touched = contact
                            touched.lastInteraction = today
                            try runner.saveContact(touched)
                        }
                    } catch {
                        output.error((error as? ProfileStoreError)?.description ?? "\(error)", hint: "Nothing was changed.")
                        return .failure(.ioError)
                    }
                    output.line("Done: \(followUp.title.map(clean) ?? "follow-up \(followUp.id)").")
                    // As stored: another window may have taken its number.
                    next = next.flatMap { made in
                        runner.profile.followUps.last { $0.contactId == made.contactId && $0.kind == .keepInTouch && !$0.done }
                    }
                    if let next {
                        output.line("Next catch-up with \(contact.map { clean(ContactRanking.fullName($0)) } ?? "them"): "
                            + "\(next.due.mediumForm) (follow-up \(next.id)).")
                    }
                    return .success
                default:
                    guard let days = Int(arguments[2]), (1...365).contains(days) else {
                        output.error("snooze needs a number of days from 1 to 365, not '\(clean(arguments[2]))'.", hint: "Example: followup snooze \(number) 7")
                        return .failure(.usage)
                    }
                    guard !followUp.done else {
                        output.error("follow-up \(followUp.id) is already done.", hint: "'followups' lists the open ones.")
                        return .failure(.usage)
                    }
                    let from = max(followUp.due, today)
                    followUp.due = from.adding(days: days)
                    do {
                        try runner.saveFollowUps([followUp])
                    } catch {
                        output.error((error as? ProfileStoreError)?.description ?? "\(error)", hint: "Nothing was changed.")
                        return .failure(.ioError)
                    }
                    output.line("Follow-up \(followUp.id) is now \(due(followUp.due, today: today)).")
                    return .success
                }
            }
        )
    }
}
