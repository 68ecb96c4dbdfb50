import Testing
@testable import DialogueEngine

@Suite struct EditDistanceTests {
    @Test func countsEditsAndTranspositions() {
        #expect(EditDistance.between("help", "help") == 0)
        #expect(EditDistance.between("hlep", "help") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("Autonomy", "autonomy") == 0)
    }

    @Test func nearestRejectsDistantWords() {
        #expect(EditDistance.nearest(to: "autonmy", in: ["Autonomy", "Security"]) == "Autonomy")
        #expect(EditDistance.nearest(to: "xyz", in: ["Autonomy", "Security"]) == nil)
    }
}
