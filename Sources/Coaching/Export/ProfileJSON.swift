import DialogueEngine

/// The `coach export` JSON format, version 1: what scripts read and `coach import json` takes back.
///
/// Every key is always written, absent values as `null` (except an experience's `kind`, left out when
/// unknown), in a fixed order; the same profile always gives the same bytes. Reading is strict and reports
/// every problem with its JSON path at once.
public enum ProfileJSON {
    /// The value of the `format` key.
    public static let format = "coach-profile"
    /// The version this coach writes and reads.
    public static let version = 1

    /// The profile as pretty-printed JSON, ending with a newline.
    public static func encode(_ profile: Profile) -> String {
        document(profile).rendered + "\n"
    }

    static func document(_ profile: Profile) -> OrderedJSON {
        .fields([
            "format": .string(format),
            "version": .int(version),
            "person": person(profile.person),
            "values": .array(profile.values.map(value)),
            "goals": .array(profile.goals.map(goal)),
            "strengths": .array(profile.strengths.map(strength)),
            "skills": .array(profile.skills.map { .fields(["name": .string($0.name)]) }),
            "experiences": .array(profile.experiences.map(experience)),
            "contacts": .array(profile.contacts.map(contact)),
            "events": .array(profile.events.map(event)),
            "interactions": .array(profile.interactions.map(interaction)),
            "followUps": .array(profile.followUps.map(followUp)),
            "pitches": .array(profile.pitches.map(pitch)),
        ])
    }

    private static func date(_ value: CalendarDate?) -> OrderedJSON { .text(value?.iso) }

    private static func person(_ person: Person) -> OrderedJSON {
        .fields([
            "name": .text(person.name),
            "stage": .text(person.stage?.rawValue),
            "field": .text(person.field),
            "school": .text(person.school),
        ])
    }

    private static func value(_ value: ValueChoice) -> OrderedJSON {
        .fields([
            "id": .string(value.id),
            "name": .string(value.name),
            "pile": .string(value.pile.rawValue),
            "rank": .number(value.rank),
            "meaning": .text(value.meaning),
        ])
    }

    private static func goal(_ goal: Goal) -> OrderedJSON {
        .fields([
            "id": .string(goal.id),
            "text": .string(goal.text),
            "horizon": .string(goal.horizon.rawValue),
            "role": .text(goal.role),
            "field": .text(goal.field),
            "organizations": .strings(goal.organizations),
            "deadline": date(goal.deadline),
            "measure": .text(goal.measure),
            "status": .string(goal.status.rawValue),
        ])
    }

    private static func strength(_ strength: Strength) -> OrderedJSON {
        .fields([
            "id": .string(strength.id),
            "name": .string(strength.name),
            "rank": .number(strength.rank),
            "stories": .array(strength.stories.map { story in
                .fields([
                    "situation": .string(story.situation),
                    "task": .string(story.task),
                    "action": .string(story.action),
                    "result": .string(story.result),
                ])
            }),
        ])
    }

    /// `kind` is the one key written only when known: an export of experiences without one still imports
    /// into a coach from before kinds, which takes an unknown key for an error.
    private static func experience(_ experience: Experience) -> OrderedJSON {
        .fields([
            "organization": .string(experience.organization),
            "role": .string(experience.role),
            "industry": .text(experience.industry),
            "start": date(experience.start),
            "end": date(experience.end),
            "highlights": .strings(experience.highlights),
        ])
        .leading("kind", experience.kind.map { .string($0.rawValue) })
    }

    private static func contact(_ contact: Contact) -> OrderedJSON {
        .fields([
            "id": .string(contact.id),
            "firstName": .string(contact.firstName),
            "lastName": .string(contact.lastName),
            "company": .text(contact.company),
            "position": .text(contact.position),
            "url": .text(contact.url),
            "email": .text(contact.email),
            "phone": .text(contact.phone),
            "howMet": .text(contact.howMet),
            "tags": .strings(contact.tags),
            "notes": .text(contact.notes),
            "connectedOn": date(contact.connectedOn),
            "lastInteraction": date(contact.lastInteraction),
            "cadenceDays": .number(contact.cadenceDays),
            "source": .text(contact.source),
        ])
    }

    private static func event(_ event: Event) -> OrderedJSON {
        .fields([
            "id": .string(event.id),
            "name": .string(event.name),
            "kind": .string(event.kind.rawValue),
            "start": .text(event.start?.iso),
            "durationMinutes": .number(event.durationMinutes),
            "place": .text(event.place),
            "aim": .text(event.aim),
            "expected": .strings(event.expected),
            "people": .strings(event.people),
            "debriefed": .bool(event.debriefed),
            "updated": .text(event.updated?.iso),
            "revision": .int(event.revision),
        ])
    }

    private static func interaction(_ interaction: Interaction) -> OrderedJSON {
        .fields([
            "contactId": .string(interaction.contactId),
            "eventId": .text(interaction.eventId),
            "date": .string(interaction.date.iso),
            "notes": .text(interaction.notes),
            "promised": .text(interaction.promised),
        ])
    }

    private static func followUp(_ followUp: FollowUp) -> OrderedJSON {
        .fields([
            "id": .string(followUp.id),
            "contactId": .string(followUp.contactId),
            "due": .string(followUp.due.iso),
            "message": .string(followUp.message),
            "done": .bool(followUp.done),
            "kind": .text(followUp.kind?.rawValue),
            "title": .text(followUp.title),
            "eventId": .text(followUp.eventId),
            "doneOn": .text(followUp.doneOn?.iso),
            "updated": .text(followUp.updated?.iso),
            "revision": .int(followUp.revision),
        ])
    }

    private static func pitch(_ pitch: Pitch) -> OrderedJSON {
        .fields([
            "id": .string(pitch.id),
            "text": .string(pitch.text),
            "seconds": .int(pitch.seconds),
            "audience": .string(pitch.audience),
            "created": .string(pitch.created.iso),
            "rehearsals": .array(pitch.rehearsals.map { rehearsal in
                .fields(["at": .string(rehearsal.at.iso), "milliseconds": .int(Int((rehearsal.seconds * 1000).rounded())),
                         "words": .int(rehearsal.words)])
            }),
        ])
    }
}
