import Coaching
import DialogueEngine
import Foundation
import PromptsCompiler
import ShippedPrompts
import Testing
@testable import CoachShell

/// Events from the shipped Prompts for the three personas: natural dates through the real flow with a
/// fixed clock, a plan for every kind of event free of seams, and a debrief's follow-ups with drafts.
@Suite struct EventTests {
    static let program = ComposeTests.program
    static let today = ComposeTests.today  // Sunday 29 November 2026

    static func persona(_ name: String) throws -> Profile {
        try #require(ComposeTests.personas.first { $0.name == name }).profile
    }

    func runner(_ profile: Profile, today: CalendarDate = EventTests.today) -> FlowRunner {
        FlowRunner(program: Self.program, store: nil, profile: profile, today: { today },
                   now: { Timestamp(date: today, hour: 12) })
    }

    /// Types the lines of `event new` for an event starting `when` and returns the stored event.
    func newEvent(_ runner: FlowRunner, name: String, kind: String, when: String, length: String = "",
                  organizations: [String] = [], people: [String] = [], aim: String = "") -> Event? {
        _ = runner.start("event-new")
        for line in [name, kind, when, length, ""] + organizations + [""] + people + ["", aim] {
            _ = runner.respond(line)
        }
        return runner.profile.events.first { $0.name == name }
    }

    @Test(arguments: [
        ("next thursday 6pm", "2026-12-03T18:00"), ("dec 12 at 9:30am", "2026-12-12T09:30"),
        ("tomorrow noon", "2026-11-30T12:00"), ("6pm on friday", "2026-12-04T18:00"),
        ("in 2 weeks 10am", "2026-12-13T10:00"), ("2027-01-15 14:00", "2027-01-15T14:00"),
    ])
    func naturalDatesLandOnTheRightDayThroughTheFlow(_ typed: String, _ expected: String) throws {
        let runner = runner(try Self.persona("cs-student"))
        let event = try #require(newEvent(runner, name: "Fair", kind: "career fair", when: typed))
        #expect(event.start == LocalDateTime(iso: expected))
        #expect(event.kind == .careerFair)
    }

    @Test func peopleAreLinkedToContactsOrAddedAndLengthsAreRead() throws {
        let student = try Self.persona("cs-student")
        let runner = runner(student)
        let event = try #require(newEvent(runner, name: "Fall Career Fair", kind: "1", when: "next thursday 6pm", length: "1h30",
                                          organizations: ["Stripe", "Monzo"], people: ["Maya Chen", "Dana Lee, recruiter at Stripe"],
                                          aim: "meet two product managers"))
        #expect(event.durationMinutes == 90)
        #expect(event.expected == ["Stripe", "Monzo"])
        #expect(event.aim == "meet two product managers")
        let maya = try #require(student.contacts.first { $0.firstName == "Maya" })
        #expect(event.people.first == maya.id, "an existing contact is linked, not copied")
        #expect(runner.profile.contacts.count == student.contacts.count + 1)
        let dana = try #require(runner.profile.contacts.first { $0.firstName == "Dana" })
        #expect(dana.lastName == "Lee" && dana.position == "recruiter" && dana.company == "Stripe")
        #expect(event.people.last == dana.id)
    }

    @Test func everyPlanForEveryKindAndPersonIsFreeOfSeams() throws {
        for (name, profile) in ComposeTests.personas {
            for kind in Event.Kind.allCases {
                let composer = Composer(program: Self.program, profile: profile, today: Self.today)
                let bare = Event(id: "e", name: "Spring Event", kind: kind, start: LocalDateTime(iso: "2026-12-10T18:00"))
                let full = Event(id: "e", name: "Spring Event", kind: kind, start: LocalDateTime(iso: "2026-12-10T18:00"),
                                 durationMinutes: 120, place: "Hall B", aim: "meet two analysts", expected: ["Acme"],
                                 people: profile.contacts.prefix(2).map(\.id))
                for event in [bare, full] {
                    let plan = composer.plan(for: event, kinds: ["recruiter", "alumni", "mentor"], pitch: nil)
                    let label = "\(name), \(kind.rawValue), \(event.aim == nil ? "bare" : "full")"
                    let titles = plan.sections.map(\.title)
                    #expect(titles.contains("Before you go") && titles.contains("People to seek") && titles.contains("Your pitch")
                        && titles.contains("Leaving a conversation well") && titles.contains("Afterwards"), "\(label): \(titles)")
                    for item in plan.sections.flatMap(\.items) {
                        #expect(Composer.seams(in: item.text).isEmpty, "\(label): \(item.text)")
                        #expect(!item.because.isEmpty, "\(label): no reason for \(item.text)")
                        for detail in item.details {
                            #expect(Composer.seams(in: detail.text).isEmpty, "\(label): \(detail.text)")
                        }
                    }
                    // Every person or kind of person comes with an opener, two or three questions and a close.
                    for person in plan.sections.first(where: { $0.title == "People to seek" })?.items ?? [] {
                        let labels = person.details.map(\.label)
                        #expect(labels.first == "Opener", "\(label): \(person.text)")
                        #expect((2...3).contains(labels.filter { $0 == "Ask" }.count), "\(label): \(person.text)")
                        #expect(labels.contains("Close"), "\(label): \(person.text)")
                    }
                }
            }
        }
    }

    @Test func aCoffeeChatPlansTheOnePersonAndACareerFairSeveral() throws {
        let intern = try Self.persona("finance-intern")
        let runner = runner(intern)
        let coffee = try #require(newEvent(runner, name: "Coffee with Lena", kind: "coffee chat", when: "dec 9 at 8:30am",
                                           length: "half an hour", people: ["Lena Park, brand manager at Northwind"]))
        let composer = runner.composer
        let plan = composer.plan(for: coffee, kinds: ["recruiter", "alumni"], pitch: nil)
        let people = try #require(plan.sections.first { $0.title == "People to seek" }).items
        #expect(people.map(\.text) == ["Lena Park — brand manager, Northwind"])
        let pitch = try #require(plan.sections.first { $0.title == "Your pitch" }?.items.first)
        #expect(pitch.text.hasPrefix("A 30-second pitch for a mentor"))
        let words = Composer.words(in: pitch.details[0].text).count
        #expect((65...80).contains(words))

        let fair = Event(id: "f", name: "Fair", kind: .careerFair, start: LocalDateTime(iso: "2026-12-03T18:00"), durationMinutes: 120)
        let fairPlan = composer.plan(for: fair, kinds: ["recruiter", "alumni", "mentor", "peer"], pitch: nil)
        #expect(fairPlan.sections.first { $0.title == "People to seek" }?.items.count == 3)
        let time = try #require(fairPlan.sections.first { $0.title == "Time plan" }?.items.first).text
        #expect(time.contains("10 conversations"), "\(time)")
    }

    @Test func aStoredPitchOfTheRightLengthIsUsedInThePlan() throws {
        var student = try Self.persona("cs-student")
        student.pitches = [Pitch(id: "p1", text: "Hi, I'm Priya, and I build things students use.", seconds: 30, audience: "recruiter",
                                 created: Timestamp(date: Self.today))]
        let composer = Composer(program: Self.program, profile: student, today: Self.today)
        let fair = Event(id: "f", name: "Fair", kind: .careerFair)
        let plan = composer.plan(for: fair, kinds: [], pitch: student.pitches[0])
        let pitch = try #require(plan.sections.first { $0.title == "Your pitch" }?.items.first)
        #expect(pitch.text.contains("(pitch 1)"))
        #expect(pitch.details.first?.text == student.pitches[0].text)
    }

    @Test func aDebriefRecordsTheConversationAndDraftsDatedFollowUps() throws {
        let student = try Self.persona("cs-student")
        let runner = runner(student, today: CalendarDate(iso: "2026-12-04")!)
        _ = try #require(newEvent(runner, name: "Fall Career Fair", kind: "career fair", when: "2026-12-03 18:00",
                                  people: ["Maya Chen"]))
        let event = try #require(runner.profile.events.first)
        runner.preset(["event_id": .text(event.id)])
        _ = runner.start("event-debrief")
        for line in ["Maya Chen", "your path from engineering into recruiting", "send you my portfolio", "dec 8", "60",
                     "Sam Ortiz, data scientist at Globex", "", "", "", ""] {
            _ = runner.respond(line)
        }
        let profile = runner.profile
        let maya = try #require(profile.contacts.first { $0.firstName == "Maya" })
        let sam = try #require(profile.contacts.first { $0.firstName == "Sam" && $0.lastName == "Ortiz" })
        #expect(sam.company == "Globex" && sam.howMet == "met at Fall Career Fair")
        #expect(maya.lastInteraction == CalendarDate(iso: "2026-12-03"))
        #expect(maya.cadenceDays == 60)
        #expect(profile.interactions.filter { $0.eventId == event.id }.map(\.contactId) == [maya.id, sam.id])
        #expect(profile.interactions.first?.promised == "send you my portfolio")
        #expect(profile.events.first?.debriefed == true)

        let mayas = profile.followUps.filter { $0.contactId == maya.id }
        #expect(mayas.map(\.kind) == [.thankYou, .promise, .keepInTouch])
        #expect(mayas.map(\.due) == ["2026-12-04", "2026-12-08", "2027-02-01"].map { CalendarDate(iso: $0)! })
        #expect(profile.followUps.filter { $0.contactId == sam.id }.map(\.due)
            == ["2026-12-04", "2027-03-03"].map { CalendarDate(iso: $0)! }, "a thank-you the next day; keep in touch after 90 days")
        #expect(Set(profile.followUps.map(\.id)).count == profile.followUps.count)
        for followUp in profile.followUps {
            #expect(followUp.message.hasPrefix("Hi "), "\(followUp.message)")
            #expect(followUp.message.hasSuffix("\nPriya"), "\(followUp.message)")
            for line in followUp.message.split(separator: "\n") {
                #expect(Composer.seams(in: String(line)).isEmpty, "\(line)")
            }
            #expect(followUp.eventId == event.id)
        }
        let thanks = try #require(mayas.first)
        #expect(thanks.message.contains("Hi Maya,"))
        #expect(thanks.message.contains("our conversation about your path from engineering into recruiting"))
        #expect(thanks.message.contains("I'll send you my portfolio by 8 December"))
    }

    @Test func aSecondConversationMovesTheKeepInTouchReminderInsteadOfAddingOne() throws {
        let student = try Self.persona("cs-student")
        let runner = runner(student)
        for (name, day) in [("First", "2026-12-01 18:00"), ("Second", "2026-12-10 18:00")] {
            let event = try #require(newEvent(runner, name: name, kind: "mixer", when: day))
            runner.preset(["event_id": .text(event.id)])
            _ = runner.start("event-debrief")
            for line in ["Maya Chen", "", "", "30", ""] { _ = runner.respond(line) }
        }
        let maya = try #require(runner.profile.contacts.first { $0.firstName == "Maya" })
        let keep = runner.profile.followUps.filter { $0.contactId == maya.id && $0.kind == .keepInTouch }
        #expect(keep.count == 1)
        #expect(keep.first?.due == CalendarDate(iso: "2027-01-09"))
        #expect(runner.profile.followUps.filter { $0.contactId == maya.id && $0.kind == .thankYou }.count == 2)
    }

    @Test func theAgendaSortsOpenFollowUpsIntoOverdueTodayAndUpcoming() {
        let day = CalendarDate(iso: "2026-12-10")!
        let followUps = [
            FollowUp(id: "10", contactId: "c", due: CalendarDate(iso: "2026-12-12")!, message: "m"),
            FollowUp(id: "9", contactId: "c", due: CalendarDate(iso: "2026-12-12")!, message: "m"),
            FollowUp(id: "2", contactId: "c", due: day, message: "m"),
            FollowUp(id: "1", contactId: "c", due: CalendarDate(iso: "2026-12-01")!, message: "m"),
            FollowUp(id: "3", contactId: "c", due: CalendarDate(iso: "2026-11-01")!, message: "m", done: true),
        ]
        let agenda = FollowUpAgenda(followUps, today: day)
        #expect(agenda.overdue.map(\.id) == ["1"])
        #expect(agenda.today.map(\.id) == ["2"])
        #expect(agenda.upcoming.map(\.id) == ["9", "10"], "numbers compare as numbers")
        #expect(agenda.dueCount == 2)
    }

    @Test func theMarkdownPlanEscapesWhatTheUserTyped() throws {
        let student = try Self.persona("cs-student")
        let composer = Composer(program: Self.program, profile: student, today: Self.today)
        let event = Event(id: "e", name: "Fair *2026* #1", kind: .careerFair, start: LocalDateTime(iso: "2026-12-03T18:00"),
                          durationMinutes: 120, place: "Hall_B")
        let text = EventMarkdown.render(event, plan: composer.plan(for: event, kinds: ["recruiter"], pitch: nil), profile: student,
                                        kindName: "A career fair")
        #expect(text.hasPrefix("# Fair \\*2026\\* \\#1\n"))
        #expect(text.contains("- **When:** Thursday 3 December 2026, 6 pm (2 hours)"))
        #expect(text.contains("- **Where:** Hall\\_B"))
        #expect(text.contains("## Before you go"))
        #expect(text.contains("## People to seek"))
        #expect(text.contains("   - *Opener:* "))
    }

    @Test func aProfileWithoutANameStillGetsItsFollowUpsDrafted() throws {
        let runner = runner(Profile())
        let event = try #require(newEvent(runner, name: "Coffee with Dana", kind: "coffee chat", when: "dec 9 at 8:30am",
                                          people: ["Dana Smith, UX lead at Duolingo"]))
        runner.preset(["event_id": .text(event.id)])
        _ = runner.start("event-debrief")
        for line in ["Dana", "your move into research", "send you my notes", "", "", ""] { _ = runner.respond(line) }
        let followUps = runner.profile.followUps
        #expect(followUps.map(\.kind) == [.thankYou, .promise, .keepInTouch])
        for followUp in followUps {
            #expect(followUp.message.hasPrefix("Hi Dana,"), "\(followUp.message)")
            #expect(followUp.message.hasSuffix("Best regards"), "\(followUp.message)")
        }
        let plan = runner.composer.plan(for: event, kinds: [], pitch: nil)
        #expect(plan.sections.first?.items.first?.text.hasPrefix("Tell coach about yourself and your goals first") == true)
    }

    @Test func debriefingAgainRewritesRatherThanDoubles() throws {
        let runner = runner(try Self.persona("cs-student"))
        let event = try #require(newEvent(runner, name: "Fair", kind: "career fair", when: "2026-12-03 18:00", people: ["Maya Chen"]))
        for talked in ["the summer programme", "your move into recruiting"] {
            runner.preset(["event_id": .text(event.id)])
            _ = runner.start("event-debrief")
            for line in ["Maya", talked, "", "", ""] { _ = runner.respond(line) }
        }
        let profile = runner.profile
        #expect(profile.interactions.count == 1)
        #expect(profile.interactions.first?.notes == "your move into recruiting")
        #expect(profile.followUps.filter { $0.kind == .thankYou }.count == 1)
        #expect(profile.followUps.first { $0.kind == .thankYou }?.message.contains("your move into recruiting") == true)
        #expect(profile.events.first?.people.count == 1, "the people expected stay those expected")
    }

    @Test func changingAnEventDropsItsPlanSoNothingStaleIsShown() throws {
        let runner = runner(try Self.persona("cs-student"))
        var event = try #require(newEvent(runner, name: "Fair", kind: "career fair", when: "2026-12-03 18:00"))
        event.plan = runner.composer.plan(for: event, kinds: [], pitch: nil)
        try runner.saveEvent(event)
        runner.preset(["event_id": .text(event.id)])
        _ = runner.start("event-edit")
        for line in ["", "", "friday 5:30pm", "3 hours", "", "", "", ""] { _ = runner.respond(line) }
        let changed = try #require(runner.profile.events.first)
        #expect(changed.start == LocalDateTime(iso: "2026-12-04T17:30"))
        #expect(changed.durationMinutes == 180)
        #expect(changed.plan == nil)
    }

    @Test func wordsAboutTheContactAreTurnedTowardsThem() {
        #expect(Composer.spokenTo("his move from engineering into product") == "your move from engineering into product")
        #expect(Composer.spokenTo("introduce her to my professor") == "introduce you to my professor")
        #expect(Composer.spokenTo("send him the deck; History of art") == "send you the deck; History of art")
        #expect(Composer.spokenTo("how she moved from the bank") == "how you moved from the bank")
    }

    @Test func theMarkdownNestsDetailsUnderItemsFromTenOn() throws {
        let student = try Self.persona("cs-student")
        let composer = Composer(program: Self.program, profile: student, today: Self.today)
        let event = Event(id: "e", name: "Fair", kind: .careerFair, durationMinutes: 120, expected: ["Stripe", "Monzo"],
                          people: student.contacts.prefix(2).map(\.id))
        let text = EventMarkdown.render(event, plan: composer.plan(for: event, kinds: ["recruiter", "alumni", "mentor"], pitch: nil),
                                        profile: student, kindName: "A career fair")
        let lines = text.split(separator: "\n").map(String.init)
        for (index, line) in lines.enumerated() where line.hasPrefix("10. ") || line.hasPrefix("11. ") {
            #expect(lines[index + 1].hasPrefix("    - *"), "\(lines[index + 1])")
        }
        #expect(lines.contains { $0.hasPrefix("10. ") })
    }

    @Test func changesAreStampedSoACalendarExportCanTellThem() throws {
        let runner = runner(try Self.persona("cs-student"))
        let event = try #require(newEvent(runner, name: "Fair", kind: "career fair", when: "2026-12-03 18:00"))
        #expect(event.updated == Timestamp(date: Self.today, hour: 12))
        #expect(event.revision == 0)
        var planned = event
        planned.plan = runner.composer.plan(for: event, kinds: [], pitch: nil)
        try runner.saveEvent(planned)
        #expect(runner.profile.events[0].revision == 0, "a plan is not in the calendar")
        runner.preset(["event_id": .text(event.id)])
        _ = runner.start("event-edit")
        for line in ["", "", "friday 5:30pm", "", "", "", "", ""] { _ = runner.respond(line) }
        let changed = runner.profile.events[0]
        #expect(changed.revision == 1)
        let text = ICalendar.export(runner.profile, namespace: "test", productVersion: "1").text
        #expect(text.contains("DTSTAMP:20261129T120000Z\r\nDTSTART:20261204T173000\r\n"))
        #expect(text.contains("LAST-MODIFIED:20261129T120000Z\r\nSEQUENCE:1\r\n"))
    }

    @Test func aContactsOwnCadenceBringsAKeepInTouchReminderOnce() throws {
        var student = try Self.persona("cs-student")
        student.contacts[0].cadenceDays = 30
        student.contacts[0].lastInteraction = CalendarDate(iso: "2026-10-01")
        student.contacts[1].cadenceDays = 90
        student.contacts[1].lastInteraction = CalendarDate(iso: "2026-11-20")
        let runner = runner(student)
        #expect(runner.remindToKeepInTouch() == 1, "only the contact whose time has come round")
        let reminder = try #require(runner.profile.followUps.first)
        #expect(reminder.contactId == student.contacts[0].id)
        #expect(reminder.kind == .keepInTouch)
        #expect(reminder.due == CalendarDate(iso: "2026-10-31"))
        #expect(reminder.message.hasPrefix("Hi \(student.contacts[0].firstName),"))
        #expect(reminder.message.hasSuffix("\nPriya"))
        #expect(FollowUpAgenda(runner.profile.followUps, today: Self.today).overdue.map(\.id) == [reminder.id])
        #expect(runner.remindToKeepInTouch() == 0, "an open reminder is not made twice")
    }

    @Test func aPromiseThatSaysWhenIsDueThen() {
        let sunday = Self.today
        #expect(CoachingHost.day(in: "send you my resume by friday", today: sunday) == CalendarDate(iso: "2026-12-04"))
        #expect(CoachingHost.day(in: "introduce you to Raj before dec 10", today: sunday) == CalendarDate(iso: "2026-12-10"))
        #expect(CoachingHost.day(in: "call you tomorrow", today: sunday) == CalendarDate(iso: "2026-11-30"))
        #expect(CoachingHost.day(in: "send you my portfolio", today: sunday) == nil)
        #expect(CoachingHost.day(in: "read up on payments", today: sunday) == nil)
        #expect(Composer.spokenTo("Her team's move to Rust") == "your team's move to Rust")
    }

    @Test func aSecondDebriefWithoutThePromiseDropsIt() throws {
        let runner = runner(try Self.persona("cs-student"))
        let event = try #require(newEvent(runner, name: "Fair", kind: "career fair", when: "2026-12-03 18:00", people: ["Maya Chen"]))
        for promise in ["send you my resume by friday", ""] {
            runner.preset(["event_id": .text(event.id)])
            _ = runner.start("event-debrief")
            for line in ["Maya", "", promise, "", ""] { _ = runner.respond(line) }
            if !promise.isEmpty {
                let due = runner.profile.followUps.first { $0.kind == .promise }?.due
                #expect(due == CalendarDate(iso: "2026-12-04"), "the Friday the promise names")
            }
        }
        #expect(!runner.profile.followUps.contains { $0.kind == .promise })
        #expect(runner.profile.interactions.first?.promised == nil)
    }
}
