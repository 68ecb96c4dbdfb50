import Testing
@testable import Coaching

@Suite struct ImportProgressTests {
    @Test func theBarFillsWithTheCountAndFitsEightyColumns() {
        #expect(ImportProgress.line("Reading", done: 0, total: 30_000)
                == "Reading   [------------------------] 0 of 30,000")
        #expect(ImportProgress.line("Saving", done: 12_000, total: 30_000)
                == "Saving    [#########---------------] 12,000 of 30,000")
        #expect(ImportProgress.line("Saving", done: 31_000, total: 30_000)
                == "Saving    [########################] 30,000 of 30,000")
        #expect(ImportProgress.line("Reading", done: 999_999_999, total: 999_999_999).count <= 79)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (30_000, "30,000"), (1_234_567, "1,234,567")])
    func grouped(number: Int, text: String) {
        #expect(ImportProgress.grouped(number) == text)
    }
}
