import Testing
@testable import Coaching

@Suite struct ProfileJSONDecodeTests {
    /// The problems decoding `json` gives, as `path: message` lines; empty when it decodes.
    private func problems(_ json: String) -> [String] {
        switch ProfileJSON.decode(json) {
        case .success: return []
        case .failure(let problems): return problems.list.map(\.description)
        }
    }

    /// A valid file with `sections` spliced in after the header.
    private func file(_ sections: String) -> String {
        #"{"format": "coach-profile", "version": 1"# + (sections.isEmpty ? "" : ", " + sections) + "}"
    }

    private let contacts = #""contacts": [{"id": "c1", "firstName": "Ana", "lastName": "Ruiz"}]"#

    @Test func aMinimalFileDecodes() {
        #expect(ProfileJSON.decode(file("")) == .success(Profile()))
        #expect(problems(file(#""person": null, "values": null, "contacts": []"#)) == [])
    }

    @Test func aWholeNumberFieldNamesWhatItFound() {
        let json = file(#""contacts": [{"id": "c1", "firstName": "A", "lastName": "B", "cadenceDays": "weekly"}]"#)
        #expect(problems(json) == [#"$.contacts[0].cadenceDays: expected a whole number, found "weekly""#])
        #expect(problems(file(#""contacts": [{"id": "c1", "firstName": "A", "lastName": "B", "cadenceDays": 7.5}]"#))
                == ["$.contacts[0].cadenceDays: expected a whole number, found 7.5"])
        #expect(problems(file(#""contacts": [{"id": "c1", "firstName": "A", "lastName": "B", "cadenceDays": true}]"#))
                == ["$.contacts[0].cadenceDays: expected a whole number, found true"])
        #expect(problems(file(#""contacts": [{"id": "c1", "firstName": "A", "lastName": "B", "cadenceDays": 7.0}]"#)) == [])
    }

    @Test func theHeaderMustNameThisFormatAndVersion() {
        #expect(problems(#"{"format": "something-else", "version": 1}"#) == [#"$.format: expected "coach-profile""#])
        #expect(problems(#"{"format": "coach-profile", "version": 2, "newThing": []}"#)
                == ["$.version: this file is version 2; this coach reads version 1 — update coach"])
        #expect(problems(#"{"version": 1}"#) == ["$.format: required field is missing"])
        #expect(problems(#"{"format": "coach-profile", "version": 0}"#) == ["$.version: expected 1, found 0"])
        #expect(problems("[1, 2]") == ["$: expected an object, found a list"])
    }

    @Test func enumValuesListTheChoices() {
        #expect(problems(file(#""values": [{"id": "a", "name": "A", "pile": "very important"}]"#))
                == [#"$.values[0].pile: "very important" is not one of very-important, important, not-important"#])
        #expect(problems(file(#""person": {"stage": "retired"}"#))
                == [#"$.person.stage: "retired" is not one of student, intern, graduate, career-changer, professional"#])
        #expect(problems(file(#""events": [{"id": "e", "name": "E", "kind": 3}]"#))
                == ["$.events[0].kind: expected one of career-fair, mixer, conference, info-session, coffee-chat, team-event, virtual, found 3"])
    }

    @Test func anExperienceKindIsOneOfTheFour() {
        #expect(problems(file(#""experiences": [{"organization": "O", "role": "R"}, {"kind": "intern", "organization": "O", "role": "R"}]"#))
                == [#"$.experiences[1].kind: "intern" is not one of internship, job, project, volunteering"#])
        #expect(problems(file(#""experiences": [{"kind": 2, "organization": "O", "role": "R"}]"#))
                == ["$.experiences[0].kind: expected one of internship, job, project, volunteering, found 2"])
        #expect(problems(file(#""experiences": [{"kind": "Job", "organization": "O", "role": "R"}]"#))
                == [#"$.experiences[0].kind: "Job" is not one of internship, job, project, volunteering"#])
        var profile = Profile()
        profile.experiences = [Experience(organization: "O", role: "R"), Experience(kind: .volunteering, organization: "P", role: "S")]
        #expect(ProfileJSON.decode(file(#""experiences": [{"kind": null, "organization": "O", "role": "R"}, {"kind": "volunteering", "organization": "P", "role": "S"}]"#))
                == .success(profile))
    }

    @Test func unknownFieldsAreNamed() {
        let json = file(#""contacts": [{"id": "c0", "firstName": "A", "lastName": "B"}, {"id": "c1", "firstName": "A", "lastName": "B", "nickname": "Al"}], "extra": 1"#)
        #expect(problems(json) == ["$.contacts[1].nickname: unknown field", "$.extra: unknown field"])
    }

    @Test func requiredFieldsAndTypes() {
        #expect(problems(file(#""goals": [{"id": "g", "horizon": "short", "status": "active"}]"#))
                == ["$.goals[0].text: required field is missing"])
        #expect(problems(file(#""skills": [{"name": null}, "Swift"]"#))
                == ["$.skills[0].name: expected a string, found null", #"$.skills[1]: expected an object, found "Swift""#])
        #expect(problems(file(#""contacts": [{"id": "c", "firstName": "A", "lastName": "B", "tags": "x"}]"#))
                == [#"$.contacts[0].tags: expected a list, found "x""#])
        #expect(problems(file(#""followUps": {}"#)) == ["$.followUps: expected a list, found an object"])
        #expect(problems(file(contacts + #", "followUps": [{"id": "f", "contactId": "c1", "due": "2026-01-01", "message": "m", "done": "yes"}]"#))
                == [#"$.followUps[0].done: expected true or false, found "yes""#])
    }

    @Test func datesMustBeRealDays() {
        #expect(problems(file(#""goals": [{"id": "g", "text": "t", "horizon": "long", "status": "done", "deadline": "2026-02-30"}]"#))
                == [#"$.goals[0].deadline: "2026-02-30" is not a day in the calendar"#])
        #expect(problems(file(#""experiences": [{"organization": "O", "role": "R", "start": "March 2020"}]"#))
                == [#"$.experiences[0].start: expected a date like 2026-12-03, found "March 2020""#])
        #expect(problems(file(#""pitches": [{"id": "p", "text": "t", "seconds": 30, "audience": "a", "created": "2026-12-03 18:00"}]"#))
                == [#"$.pitches[0].created: expected a UTC time like 2026-12-03T18:00:00Z, found "2026-12-03 18:00""#])
    }

    @Test func ranksAreOneToFive() {
        #expect(problems(file(#""values": [{"id": "a", "name": "A", "pile": "important", "rank": 6}]"#))
                == ["$.values[0].rank: expected a rank from 1 to 5, found 6"])
        #expect(problems(file(#""strengths": [{"id": "s", "name": "S", "rank": 0}]"#))
                == ["$.strengths[0].rank: expected a rank from 1 to 5, found 0"])
    }

    @Test func idsAreUniqueWithinAList() {
        let json = file(#""values": [{"id": "a", "name": "A", "pile": "important"}, {"id": "b", "name": "B", "pile": "important"}, {"id": "a", "name": "C", "pile": "important"}]"#)
        #expect(problems(json) == [#"$.values[2].id: "a" is already the id of $.values[0]"#])
    }

    @Test func referencesMustNameAContactOrEvent() {
        let json = file(contacts + #", "events": [{"id": "e1", "name": "Fair", "kind": "mixer"}], "interactions": [{"contactId": "c1", "eventId": "e1", "date": "2026-01-01"}, {"contactId": "c9", "eventId": "e9", "date": "2026-01-02"}], "followUps": [{"id": "f", "contactId": "nobody", "due": "2026-01-01", "message": "m"}]"#)
        #expect(problems(json) == [
            #"$.interactions[1].contactId: no contact has id "c9""#,
            #"$.interactions[1].eventId: no event has id "e9""#,
            #"$.followUps[0].contactId: no contact has id "nobody""#,
        ])
    }

    @Test func malformedJSONIsOneProblemAtTheTop() {
        let found = problems(#"{"format": "coach-profile",, }"#)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("$: not valid JSON") == true)
        #expect(problems("").count == 1)
    }

    @Test func everyProblemInAFileIsReported() {
        let json = """
        {"format": "coach-profile", "version": 1,
         "person": {"name": 7, "stage": "student"},
         "values": [{"id": "a", "name": "A", "pile": "top", "rank": 9}],
         "contacts": [{"id": "c1", "firstName": "A"}, {"id": "c1", "firstName": "B", "lastName": "C", "cadenceDays": "weekly"}],
         "interactions": [{"contactId": "c2", "date": "2026-13-01"}],
         "colour": "blue"}
        """
        let result = ProfileJSON.decode(json)
        guard case .failure(let problems) = result else {
            Issue.record("expected problems")
            return
        }
        #expect(problems.list.map(\.description) == [
            "$.person.name: expected a string, found 7",
            #"$.values[0].pile: "top" is not one of very-important, important, not-important"#,
            "$.values[0].rank: expected a rank from 1 to 5, found 9",
            "$.contacts[0].lastName: required field is missing",
            #"$.contacts[1].cadenceDays: expected a whole number, found "weekly""#,
            #"$.interactions[0].date: "2026-13-01" is not a day in the calendar"#,
            "$.colour: unknown field",
            #"$.contacts[1].id: "c1" is already the id of $.contacts[0]"#,
            #"$.interactions[0].contactId: no contact has id "c2""#,
        ])
        #expect(problems.description.split(separator: "\n").count == 9)
        #expect(problems.description.hasPrefix("$.person.name: expected a string, found 7\n"))
    }
}
