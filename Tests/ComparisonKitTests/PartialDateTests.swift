import Testing
@testable import ComparisonKit

@Suite("PartialDate")
struct PartialDateTests {
    @Test("ISO parts are read from bytes; the calendar is checked later", arguments: [
        ("2021", 2021, nil, nil), ("2021-03", 2021, 3, nil), ("2021-03-16", 2021, 3, 16), ("0000", 0, nil, nil),
        ("2021-13", 2021, 13, nil), ("2021-02-30", 2021, 2, 30), ("9999-12-31", 9999, 12, 31),
    ] as [(String, Int, Int?, Int?)])
    func isoParts(_ text: String, _ year: Int, _ month: Int?, _ day: Int?) throws {
        let parts = try #require(PartialDate.isoParts(of: Array(text.utf8)))
        #expect(parts.year == year && parts.month == month && parts.day == day)
    }

    @Test("Anything but YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits has no ISO parts", arguments: [
        "2021-3", "2021-03-1", "21", "20211", "2021-", "-2021", "2021--03", "2021-03-16-", "2021-03-16-01", "",
        "２０２１", "2021/03", " 2021", "2021 ", "+2021", "2021-1a", "202a",
    ])
    func noISOParts(_ text: String) {
        #expect(PartialDate.isoParts(of: Array(text.utf8)) == nil)
    }

    @Test func parsesYearMonthAndDay() throws {
        let year = try PartialDate(parsing: "2021")
        #expect((year.year, year.month, year.day) == (2021, nil, nil))
        let month = try PartialDate(parsing: "2021-03")
        #expect((month.year, month.month, month.day) == (2021, 3, nil))
        let day = try PartialDate(parsing: "2021-03-16")
        #expect((day.year, day.month, day.day) == (2021, 3, 16))
    }

    @Test(arguments: ["2021-02-30", "2023-02-29", "2021-04-31", "2021-13", "2021-00", "2021-01-00"])
    func rejectsImpossibleDates(_ text: String) {
        #expect(throws: PartialDate.ParseError.impossible(text)) { try PartialDate(parsing: text) }
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2021-12-31", "2021-04-30"])
    func acceptsRealDates(_ text: String) throws {
        #expect(try PartialDate(parsing: text).description == text)
    }

    /// The description is written digit by digit; it must match plain zero-padded formatting for every shape of
    /// date, including years of fewer than four digits and years beyond 9999 (which take the general path).
    @Test(arguments: [1, 7, 42, 999, 1000, 1999, 2021, 9999])
    func describesEveryYearWidthAsZeroPaddedISO(_ year: Int) throws {
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        #expect(try PartialDate(year: year).description == padded(year, 4))
        for month in 1...12 {
            #expect(try PartialDate(year: year, month: month).description == "\(padded(year, 4))-\(padded(month, 2))")
            for day in [1, 9, 10, 28] {
                #expect(try PartialDate(year: year, month: month, day: day).description
                        == "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))")
            }
        }
    }

    /// Impossible dates are named in their messages as written, whatever their shape.
    @Test func namesImpossibleDatesAsWritten() {
        #expect(throws: PartialDate.ParseError.impossible("0000")) { try PartialDate(year: 0) }
        #expect(throws: PartialDate.ParseError.impossible("10000")) { try PartialDate(year: 10000) }
        #expect(throws: PartialDate.ParseError.impossible("2021-13")) { try PartialDate(year: 2021, month: 13) }
        #expect(throws: PartialDate.ParseError.impossible("2021-100")) { try PartialDate(year: 2021, month: 100) }
        #expect(throws: PartialDate.ParseError.malformed("2021-05")) { try PartialDate(year: 2021, day: 5) }
    }

    @Test func centuryYearsAreLeapOnlyEveryFourHundred() {
        #expect(throws: PartialDate.ParseError.impossible("1900-02-29")) { try PartialDate(parsing: "1900-02-29") }
        #expect(throws: Never.self) { try PartialDate(parsing: "2000-02-29") }
    }

    @Test(arguments: ["2021-3", "21", "2021-03-16T00:00", "", "2021-03-1", "20210316", "2021/03", "2021-", "-2021",
                      " 2021", "2021-03-16-01", "２０２１"])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: PartialDate.ParseError.malformed(text)) { try PartialDate(parsing: text) }
    }

    @Test func errorMessagesSayWhatToWrite() {
        #expect(PartialDate.ParseError.malformed("2021-3").description
                    == "'2021-3' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        #expect(PartialDate.ParseError.impossible("2021-02-30").description == "'2021-02-30' is not a real calendar date")
    }

    @Test func ordersByEarliestMomentThenPrecision() throws {
        let dates = try ["2022", "2021-03-16", "2021", "2021-03", "2021-12-31", "2021-04"].map(PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2021", "2021-03", "2021-03-16", "2021-04", "2021-12-31", "2022"])
        #expect(TestCorpus.date("2021") < TestCorpus.date("2021-03"))
        #expect(TestCorpus.date("2021-03") < TestCorpus.date("2021-03-16"))
        #expect(TestCorpus.date("2021-03-16") < TestCorpus.date("2022"))
        #expect(!(TestCorpus.date("2022") < TestCorpus.date("2021-12-31")))
    }

    @Test(arguments: ["2021", "2021-03", "2021-03-16", "1000-01-01", "9999-12-31"])
    func descriptionRoundTrips(_ text: String) throws {
        let date = try PartialDate(parsing: text)
        #expect(date.description == text)
        #expect(try PartialDate(parsing: date.description) == date)
    }

    @Test func componentInitialiserPadsAndChecks() throws {
        #expect(try PartialDate(year: 2021, month: 3, day: 5).description == "2021-03-05")
        #expect(throws: PartialDate.ParseError.impossible("2021-02-30")) { try PartialDate(year: 2021, month: 2, day: 30) }
        #expect(throws: PartialDate.ParseError.self) { try PartialDate(year: 2021, month: nil, day: 16) }
    }

    @Test func earliestAndLatestPossibleDays() {
        #expect(TestCorpus.date("2024-02").latestPossible == (2024, 2, 29))
        #expect(TestCorpus.date("2023-02").latestPossible == (2023, 2, 28))
        #expect(TestCorpus.date("2021").latestPossible == (2021, 12, 31))
        #expect(TestCorpus.date("2021").earliestPossible == (2021, 1, 1))
        #expect(TestCorpus.date("2021-03-16").latestPossible == (2021, 3, 16))
    }

    @Test func yearZeroIsNotOnTheCalendar() {
        #expect(throws: PartialDate.ParseError.self) { try PartialDate(parsing: "0000") }
        do {
            _ = try PartialDate(parsing: "0000")
        } catch {
            guard case .impossible = error else {
                Issue.record("expected .impossible, got \(error)")
                return
            }
        }
    }

    @Test
    func descriptionPadsEarlyYears() throws {
        #expect(try PartialDate(parsing: "0042").description == "0042")
    }
}
