import Coaching
import DialogueEngine
import Foundation
import Testing
@testable import CoachShell

/// `openers` as the user sees it: an empty profile is told what to fill in, a wrong answer to a
/// question is asked again, the help says what the command does, and notes never thank a stranger for
/// a conversation.
@Suite struct OpenerCommandTests {
    @Test func anEmptyProfileIsToldToGiveItsNameAndNeverSentInCircles() {
        let run = TypedSession(Profile(), ["openers for recruiter at career-fair", "openers at career-fair", "openers"])
        #expect(run.status == .dataError)
        let refusals = run.errors.components(separatedBy: "coach needs your name first: type 'about'.").count - 1
        #expect(refusals == 3, "\(run.errors)")
        #expect(!run.all.contains("Try another place"))
        #expect(!run.all.contains("for anyone."), "no suggestion of a command that gives the same answer")
        #expect(!run.output.contains("Where will you talk?"), "nothing is asked when nothing could be composed")
    }

    @Test func aWrongPlaceIsSaidAndAskedAgainAndTheNextLineIsTheAnswer() throws {
        let run = TypedSession(try TypedSession.persona("cs-student"), ["openers", "99", "fare", "mixer", "", "why 1"])
        #expect(run.status == .success, "\(run.errors)")
        #expect(run.output.contains("There is no place 99 in the list. Type a number from 1 to \(ComposeTests.program.catalogs["contexts"]!.items.count)"))
        #expect(run.output.contains("coach knows no place called 'fare'."))
        #expect(!run.all.contains("unknown command"), "the lines after a wrong answer are answers, not commands")
        #expect(run.output.contains("Openers for anyone — a mixer or reception:"))
        #expect(run.output.contains("Opener 1 is"))
    }

    @Test func anEmptyAnswerOrTheEndOfInputAtThePlaceLeavesQuietly() throws {
        let run = TypedSession(try TypedSession.persona("cs-student"), ["openers", "", "help openers"])
        #expect(run.status == .success)
        #expect(!run.output.contains("Openers for"))
        #expect(run.output.contains("Usage: openers"), "the line after the cancel runs as a command")
        let ended = TypedSession(try TypedSession.persona("cs-student"), ["openers", "3", "recuiter"])
        #expect(ended.output.contains("Did you mean 'recruiter'?"))
        #expect(!ended.output.contains("Openers for"))
        #expect(ended.status == .success)
    }

    @Test func aWrongPersonIsAskedAgainWithTheContactItMostLikelyMeans() throws {
        let run = TypedSession(try TypedSession.persona("cs-student"), ["openers", "3", "Mya", "maya"])
        #expect(run.output.contains("'Mya' is neither a contact nor a kind of person coach knows. Did you mean \"Maya Chen\"?"), "\(run.output)")
        #expect(run.output.contains("Openers for Maya Chen — a mixer or reception:"))
        let typed = TypedSession(try TypedSession.persona("cs-student"), ["openers for Mya at mixer"])
        #expect(typed.errors.contains("Did you mean \"Maya Chen\"?"))
        #expect(typed.status == .usage)
    }

    @Test func helpSaysWhatIsAskedAndOpenersAtAPlaceAreForAnyone() throws {
        let run = TypedSession(try TypedSession.persona("cs-student"), ["help openers", "openers at fair"])
        #expect(!run.output.contains("Whatever you leave out, coach asks"))
        #expect(run.output.contains("without 'for', the openers suit anyone"))
        #expect(!run.output.contains("Who with?"))
        #expect(run.output.contains("Openers for anyone — a career fair booth:"))
    }

    @Test func alumniOpenersWithoutASchoolSayTheyAreForAnyoneAndWhy() throws {
        let changer = try TypedSession.persona("career-changer")
        #expect(changer.person.school == nil)
        let run = TypedSession(changer, ["openers for alumni at mixer"])
        #expect(!run.output.contains("Openers for alumni of your school"))
        #expect(run.output.contains("Openers for anyone — a mixer or reception:"))
        #expect(run.output.contains("need your school ('about')"))
    }

    /// Words that thank someone for a conversation, or say you spoke before.
    static let afterMeeting = ["talking with me", "our conversation", "thank you again", "thanks again", "your advice",
                               "your help so far", "we spoke", "our chat"]

    /// Places whose openers are for people you have spoken to or are speaking to: a follow-up, a
    /// reconnection, a new team, a coffee chat you asked for.
    static let metByPlace: Set<String> = ["follow-up", "reconnect", "new-team", "coffee-chat"]

    @Test func noOpenerThanksAContactNeverMetForAConversation() throws {
        let places = try #require(ComposeTests.program.catalogs["contexts"]).items.map(\.id).filter { !Self.metByPlace.contains($0) }
        var checked = 0
        for (name, profile) in ComposeTests.personas {
            let composer = Composer(program: ComposeTests.program, profile: profile, today: ComposeTests.today)
            for contact in profile.contacts where contact.howMet == nil && contact.lastInteraction == nil {
                for place in places {
                    for opener in composer.openers(context: place, kind: nil, contact: contact) {
                        for text in [opener.text, opener.longer].compactMap({ $0 }) {
                            checked += 1
                            let said = Self.afterMeeting.filter { text.lowercased().contains($0) }
                            #expect(said.isEmpty, "\(name), \(contact.firstName) at \(place), \(opener.id): \(text)")
                        }
                    }
                }
            }
        }
        #expect(checked > 50)
    }

    @Test func aContactMetAtAnEventCanBeThankedForTheConversation() throws {
        var student = try TypedSession.persona("cs-student")
        let index = try #require(student.contacts.firstIndex { $0.firstName == "Jordan" })
        let stranger = TypedSession(student, ["openers for Jordan at linkedin-note", "another"])
        #expect(!stranger.output.contains("thank you for talking with me"))
        student.contacts[index].howMet = "the fintech meetup in October"
        let met = TypedSession(student, ["openers for Jordan at linkedin-note", "another"])
        #expect(met.output.contains("Hi Jordan, thank you for talking with me"), "\(met.output)")
    }

    @Test func anEmptyProfileGetsNoLinkedInDraftAndAFailingStatus() throws {
        let run = TypedSession(Profile(), ["linkedin"])
        #expect(run.status == .dataError)
        #expect(run.errors.contains("there is not enough in your profile to draft from yet."))
        #expect(!run.output.contains("Post ideas"))
        let student = TypedSession(try TypedSession.persona("cs-student"), ["linkedin"])
        #expect(student.status == .success)
    }
}
