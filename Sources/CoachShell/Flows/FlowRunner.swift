import Coaching
import DialogueEngine
import ProfileStore

/// The shell's side of a conversation: the compiled content, the session under way, the profile,
/// and the store every turn is saved to before its outputs are shown.
public final class FlowRunner {
    public let program: Program
    public private(set) var session = Session()
    public private(set) var profile: Profile
    /// How many turns have run, so a command can tell whether anything happened since it asked.
    public private(set) var turns = 0
    private let store: ProfileStore?
    private let today: () -> CalendarDate
    private let now: () -> Timestamp
    /// Called when a turn cannot be saved; the session goes on in memory.
    private let onStoreError: (ProfileStoreError) -> Void

    public init(program: Program, store: ProfileStore?, profile: Profile = Profile(), today: @escaping () -> CalendarDate,
                now: @escaping () -> Timestamp, onStoreError: @escaping (ProfileStoreError) -> Void = { _ in }) {
        self.program = program
        self.store = store
        self.profile = profile
        self.today = today
        self.now = now
        self.onStoreError = onStoreError
    }

    private var engine: Engine {
        let date = today()
        return Engine(program: program, host: CoachingHost(profile: profile, today: date, catalogs: program.catalogs, program: program), today: date)
    }

    /// Takes up a session saved by an earlier run, paused, if its flow still exists and it stands
    /// at one of its questions. Returns the position to mention, or nil.
    public func restore(_ saved: Session) -> Engine.Position? {
        var paused = saved
        paused.isPaused = true
        guard let position = engine.position(of: paused) else { return nil }
        session = paused
        return position
    }

    /// Whether typed lines are answers (a flow is under way and not paused).
    public var isAnswering: Bool { session.isActive && !session.isPaused }

    /// The title of the flow under way or paused, if any.
    public var unfinishedTitle: String? {
        session.frames.first.flatMap { program.flows[$0.flow]?.title }
    }

    public func start(_ flow: String) -> [Output] { apply(engine.start(flow: flow, in: session)) }
    public func respond(_ line: String) -> [Output] { apply(engine.respond(to: line, in: session)) }
    public func resume() -> [Output] { apply(engine.resume(session)) }
    public func explain(_ number: Int) -> Output { engine.explain(suggestion: number, in: session) }
    /// Runs a rule group outside any flow (`next`); its suggestions can be explained with `why N`.
    public func infer(_ group: String) -> [Output] {
        explanations = [:]
        return apply(engine.infer(group: group, in: session))
    }

    /// What `why N` says about the numbered lines the latest composing command showed (openers, a
    /// pitch's parts), by number. Set, it replaces the numbers rules and rankings gave.
    public private(set) var explanations: [Int: [String]] = [:]

    public func explain(_ lines: [Int: [String]]) {
        explanations = lines
        rankedPeople = [:]
        forgetSuggestions(after: 0)
    }

    /// A composer over the profile as it is now.
    public var composer: Composer { Composer(program: program, profile: profile, today: today()) }

    /// Stores a version of the pitch; the profile in memory has it whether or not the store could.
    public func addPitch(_ pitch: Pitch) throws(ProfileStoreError) {
        guard let store else {
            profile.pitches.append(pitch)
            return
        }
        let stored = try store.addPitch(pitch)
        // What other windows stored meanwhile comes too, so numbers match the store's order.
        refresh()
        if !profile.pitches.contains(where: { $0.id == stored.id }) { profile.pitches.append(stored) }
    }

    /// Stores a rehearsal of the pitch `id`.
    public func addRehearsal(_ rehearsal: Rehearsal, pitch id: String) throws(ProfileStoreError) {
        if let index = profile.pitches.firstIndex(where: { $0.id == id }) { profile.pitches[index].rehearsals.append(rehearsal) }
        try store?.addRehearsal(rehearsal, pitch: id)
    }

    /// The time now, as the runner's clock says.
    public var currentTime: Timestamp { now() }
    /// The first suggestion of the rule group `group`, for a one-line banner; `why 1` explains it.
    public func firstSuggestion(of group: String) -> String? {
        guard hasRules(in: group) else { return nil }
        for output in infer(group) {
            if case let .suggestion(_, text) = output { return text }
        }
        return nil
    }

    /// Reads the profile again from the store, for what another coach window or an import changed since.
    /// Commands that show or rank contacts call it first. A failed read keeps what is in memory.
    public func refresh() {
        guard let store, let stored = try? store.loadProfile() else { return }
        profile = stored
    }

    /// Sets slots before a flow starts (the contact `contact edit` changes).
    public func preset(_ slots: [String: Value]) {
        for (slot, value) in slots { session.slots[slot] = value }
    }

    /// Deletes a contact, with its interactions and follow-ups, from the profile and the store.
    public func deleteContact(id: String) throws(ProfileStoreError) {
        try store?.deleteContact(id: id)
        profile.contacts.removeAll { $0.id == id }
        profile.interactions.removeAll { $0.contactId == id }
        profile.followUps.removeAll { $0.contactId == id }
    }

    /// The items new or different from those with their id in `old`.
    static func changed<Item: Identifiable & Equatable>(_ items: [Item], from old: [Item]) -> [Item] {
        let previous = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return items.filter { previous[$0.id] != $0 }
    }

    /// An event as changed at `time`: a changed one counts a revision (its plan aside, which is not in a
    /// calendar).
    static func stamped(_ event: Event, before: [Event], at time: Timestamp) -> Event {
        var event = event
        if let old = before.first(where: { $0.id == event.id }) {
            var unplanned = event, oldUnplanned = old
            unplanned.plan = nil
            oldUnplanned.plan = nil
            guard unplanned != oldUnplanned else { return event }
            event.revision = old.revision + 1
        }
        event.updated = time
        return event
    }

    static func stamped(_ followUp: FollowUp, before: [FollowUp], at time: Timestamp) -> FollowUp {
        var followUp = followUp
        if let old = before.first(where: { $0.id == followUp.id }) {
            guard old != followUp else { return followUp }
            followUp.revision = old.revision + 1
        }
        followUp.updated = time
        return followUp
    }

    /// Stores an event (with its plan) in the profile and the store.
    public func saveEvent(_ event: Event) throws(ProfileStoreError) {
        let event = FlowRunner.stamped(event, before: profile.events, at: now())
        if let index = profile.events.firstIndex(where: { $0.id == event.id }) { profile.events[index] = event } else { profile.events.append(event) }
        try store?.saveEvent(event)
    }

    /// Deletes an event and its plan; what was recorded at it stays, no longer linked to it.
    public func deleteEvent(id: String) throws(ProfileStoreError) {
        try store?.deleteEvent(id: id)
        profile.events.removeAll { $0.id == id }
        for index in profile.interactions.indices where profile.interactions[index].eventId == id { profile.interactions[index].eventId = nil }
        for index in profile.followUps.indices where profile.followUps[index].eventId == id { profile.followUps[index].eventId = nil }
    }

    /// Stores follow-ups (new or changed).
    public func saveFollowUps(_ followUps: [FollowUp]) throws(ProfileStoreError) {
        let time = now()
        for followUp in followUps.map({ FlowRunner.stamped($0, before: profile.followUps, at: time) }) {
            if let index = profile.followUps.firstIndex(where: { $0.id == followUp.id }) {
                profile.followUps[index] = followUp
                try store?.saveFollowUp(followUp)
            } else {
                profile.followUps.append(try store?.addFollowUp(followUp) ?? followUp)
            }
        }
    }

    /// Adds the keep-in-touch reminders contacts' own cadences call for (coming round within a week, or
    /// run out) to the profile and the store; returns how many. What `followups` and the banner show.
    @discardableResult
    public func remindToKeepInTouch() -> Int {
        let reminders = composer.keepInTouchReminders()
        guard !reminders.isEmpty else { return 0 }
        try? saveFollowUps(reminders)
        return reminders.count
    }

    /// Stores a changed contact.
    public func saveContact(_ contact: Contact) throws(ProfileStoreError) {
        if let index = profile.contacts.firstIndex(where: { $0.id == contact.id }) { profile.contacts[index] = contact }
        try store?.changeContacts { _ in (ContactChanges(updated: [contact]), ()) }
    }

    /// Today, as the runner's clock says.
    public var currentDay: CalendarDate { today() }

    /// Drops the suggestions numbered after `number` from those `why N` explains: a command that shows
    /// only the first few numbers what it shows next from there.
    public func forgetSuggestions(after number: Int) {
        session.firings.removeAll { ($0.number ?? 0) > number }
    }

    /// The people 'targets' listed last, by their number, for `why N`.
    public private(set) var rankedPeople: [Int: ContactRanking.Ranked] = [:]

    /// How many contacts the last ranking found worth talking to, shown or not.
    public private(set) var rankedCount = 0

    /// Ranks the contacts for the goals, numbering them from `first` for `why N`.
    public func rankPeople(numberedFrom first: Int, limit: Int) -> [(number: Int, ranked: ContactRanking.Ranked)] {
        let all = ContactRanking.rank(profile, catalog: program.catalogs["ranking"], today: today(), roles: program.catalogs["roles"])
        rankedCount = all.count
        let ranked = all.prefix(limit)
        let numbered = ranked.enumerated().map { (first + $0.offset, $0.element) }
        rankedPeople = Dictionary(uniqueKeysWithValues: numbered.map { ($0.0, $0.1) })
        return numbered
    }

    /// The catalog item suggestion `number` of the latest inference links to (`item: archetypes/mentor`).
    public func linkedItem(ofSuggestion number: Int) -> CatalogItem? {
        guard let firing = session.firings.first(where: { $0.number == number }),
              let rule = program.rules.first(where: { $0.id == firing.rule }) else { return nil }
        for action in rule.actions {
            if case let .suggest(_, item?) = action { return program.catalogs[item.catalog]?.item(item.item) }
        }
        return nil
    }

    /// Whether the content has rules in `group`.
    public func hasRules(in group: String) -> Bool { program.rules.contains { $0.group == group } }

    /// Saves what the turn changed (profile, session, suggestions shown) in one transaction, then
    /// hands back what to show: an answer is on disk before the next question appears.
    /// The steps and rules every turn so far ran, for `coach check`'s coverage.
    public private(set) var trace = Trace()

    private func apply(_ turn: Turn) -> [Output] {
        turns += 1
        trace.merge(turn.trace)
        let previous = session
        let previousFirings = session.firings
        session = turn.session
        let before = profile
        if let host = turn.host as? CoachingHost { profile = host.profile }
        let personChanges = PersonChanges(from: before.person, to: profile.person)
        func changed<T: Equatable>(_ part: KeyPath<Profile, T>) -> T? { before[keyPath: part] == profile[keyPath: part] ? nil : profile[keyPath: part] }
        let values = changed(\.values), goals = changed(\.goals), strengths = changed(\.strengths), experiences = changed(\.experiences)
        // Contacts are many: only the ones a turn added or changed are written.
        var contacts: ContactChanges?
        if before.contacts != profile.contacts {
            let old = Dictionary(before.contacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var changes = ContactChanges()
            for contact in profile.contacts {
                if let previous = old[contact.id] {
                    if previous != contact { changes.updated.append(contact) }
                } else {
                    changes.added.append(contact)
                }
            }
            contacts = changes.isEmpty ? nil : changes
        }
        let time = now()
        // Most turns change neither (an array left alone compares equal at once); those that do are matched by id.
        let events = before.events == profile.events ? []
            : FlowRunner.changed(profile.events, from: before.events).map { FlowRunner.stamped($0, before: before.events, at: time) }
        let followUps = before.followUps == profile.followUps ? []
            : FlowRunner.changed(profile.followUps, from: before.followUps).map { FlowRunner.stamped($0, before: before.followUps, at: time) }
        for event in events { if let index = profile.events.firstIndex(where: { $0.id == event.id }) { profile.events[index] = event } }
        for followUp in followUps {
            if let index = profile.followUps.firstIndex(where: { $0.id == followUp.id }) { profile.followUps[index] = followUp }
        }
        let interactions = profile.interactions.count > before.interactions.count
            ? Array(profile.interactions[before.interactions.count...]) : []
        let partsChanged = values != nil || goals != nil || strengths != nil || experiences != nil || contacts != nil
            || !events.isEmpty || !followUps.isEmpty || !interactions.isEmpty
        // help, why and where leave the session as it was: nothing to write.
        if let store, session != previous || !personChanges.isEmpty || partsChanged {
            let root = session.frames.first?.flow
            let shown = session.firings == previousFirings ? [] : session.firings
            do {
                var changes = ProfileStore.TurnChanges(
                    person: personChanges, values: values, goals: goals, strengths: strengths, experiences: experiences,
                    contacts: contacts,
                    session: root.map { ($0, session) },
                    firings: shown,
                    time: now()
                )
                changes.events = events
                changes.interactions = interactions
                let known = Set(before.followUps.map(\.id))
                changes.followUps = followUps.filter { known.contains($0.id) }
                changes.addedFollowUps = followUps.filter { !known.contains($0.id) }
                try store.commit(changes)
                // A number another window took meanwhile was changed in the store: read them back.
                if !changes.addedFollowUps.isEmpty, let stored = try? store.loadFollowUps() { profile.followUps = stored }
            } catch {
                onStoreError(error)
            }
        }
        return turn.outputs
    }

    /// The prompt while answering, e.g. `person 2/4> `.
    public var prompt: String {
        guard let position = engine.position(of: session) else { return "> " }
        guard position.question > 0 else { return "\(position.flow)> " }
        return "\(position.flow) \(position.question)/\(position.questionCount)> "
    }

    public var completions: [String] { engine.completions(for: session) }

    /// Prints outputs, each kind in its own style.
    public static func render(_ outputs: [Output], to output: ShellOutput) {
        let styler = output.styler
        for item in outputs {
            switch item {
            case let .ask(prompt, options):
                output.line(styler.paint(prompt, .emphasis))
                for line in Output.ask(prompt: "", options: options).lines.dropFirst() { output.line(line) }
            case let .choices(prompt, options, numbers):
                output.line(styler.paint(prompt, .emphasis))
                for line in Output.choices(prompt: "", options: options, numbers: numbers).lines.dropFirst() { output.line(line) }
            case .retry:
                for line in item.lines { output.line(styler.paint(line, .warning)) }
            case let .suggestion(number, text):
                output.line(styler.paint("\(number).", .command) + " " + text)
            case let .tip(text):
                output.line(styler.paint("Tip:", .heading) + " " + text)
            case .problem:
                for line in item.lines { output.warning(line) }
            case .finished, .paused:
                for line in item.lines { output.line(styler.paint(line, .dim)) }
            case .say, .info:
                for line in item.lines { output.line(line) }
            }
        }
    }
}
