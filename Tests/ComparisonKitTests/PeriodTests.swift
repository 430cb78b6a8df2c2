import Testing
@testable import ComparisonKit

@Suite("Period")
struct PeriodTests {
    func period(_ start: String?, _ end: Period.End) -> Period {
        Period(start: start.map(TestCorpus.date), end: end)
    }

    func ending(_ text: String) -> Period.End { .date(TestCorpus.date(text)) }

    @Test func endBeforeStartIsDetected() {
        #expect(period("2021-10", ending("2021-03")).endsBeforeItStarts)
        #expect(period("2022", ending("2021")).endsBeforeItStarts)
        #expect(period("2021-03-16", ending("2021-03-15")).endsBeforeItStarts)
        #expect(period("2021-04", ending("2021-03-31")).endsBeforeItStarts)
    }

    @Test func overlappingPrecisionsAreNotBackwards() {
        #expect(!period("2021", ending("2021")).endsBeforeItStarts)
        // 2021 may end in December, so it does not end before March 2021.
        #expect(!period("2021-03", ending("2021")).endsBeforeItStarts)
        // March 2021 may start on the 1st, so an end on 2021-03-01 is possible.
        #expect(!period("2021-03", ending("2021-03-01")).endsBeforeItStarts)
        #expect(!period("2021-03-16", ending("2021-03")).endsBeforeItStarts)
        #expect(!period("2021-03", ending("2021-10")).endsBeforeItStarts)
    }

    @Test func openOrUnstatedEndsNeverEndEarly() {
        #expect(!period("2021", .open).endsBeforeItStarts)
        #expect(!period("2021", .unstated).endsBeforeItStarts)
        #expect(!period(nil, ending("1990")).endsBeforeItStarts)
    }
}
