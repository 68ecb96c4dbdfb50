import Testing
@testable import Coaching

/// How a line naming a person is read: name, position and company.
@Suite struct PersonMentionTests {
    @Test(arguments: [
        ("Dana Lee, recruiter at Acme", "Dana", "Lee", "recruiter", "Acme"),
        ("Ana Ruiz, product manager, Stripe", "Ana", "Ruiz", "product manager", "Stripe"),
        ("Sam Ortiz (Globex)", "Sam", "Ortiz", nil, "Globex"),
        ("Kim from Initech", "Kim", "", nil, "Initech"),
        ("Kim at Initech", "Kim", "", nil, "Initech"),
        ("Jo Ann van der Berg - designer", "Jo", "Ann van der Berg", "designer", nil),
        ("  Maya Chen  ", "Maya", "Chen", nil, nil),
        ("Zoë Dupont, engineering manager at Acme, Inc.", "Zoë", "Dupont", "engineering manager", "Acme, Inc."),
    ] as [(String, String, String, String?, String?)])
    func linesAreReadIntoNameRoleAndCompany(_ line: String, _ first: String, _ last: String, _ position: String?, _ company: String?) throws {
        let mention = try #require(PersonMention(line))
        #expect(mention.firstName == first)
        #expect(mention.lastName == last)
        #expect(mention.position == position)
        #expect(mention.company == company)
    }

    @Test func aLineWithoutANameIsNone() {
        #expect(PersonMention("") == nil)
        #expect(PersonMention(", recruiter") == nil)
        #expect(PersonMention("42") == nil)
    }
}
