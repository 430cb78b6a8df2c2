import Foundation
import Testing
@testable import ComparisonKit

/// A budget history that puts figures on different price bases side by side must say so (issue 17: EUR 9.2 billion in
/// current prices and EUR 8.2 billion in 2018 prices are one envelope, not a cut).
@Suite("Validation: budget histories that mix price bases")
struct MixedPriceBasisRuleTests {
    let file = TestCorpus.euFile

    /// A figure of the EU programme's budget, written at `line`.
    func figure(_ amount: String, _ scale: AmountScale, _ basis: PriceBasis?, _ status: ClaimStatus, asOf: String,
                line: Int, source: String = "reg-2021-694", note: String? = nil) -> Claim<Budget> {
        TestCorpus.known(Budget(amount: .exact(TestCorpus.decimal(amount)), currency: "EUR", scale: scale, basis: basis),
                         TestCorpus.cite(source, plugin: "eu-dep", file: file, line: line),
                         status: status, asOf: asOf, note: note)
    }

    /// The clean corpus with the EU programme's budget replaced by these claims.
    func diagnostics(_ claims: [Claim<Budget>]) -> [Diagnostic] {
        let context = TestCorpus.cleanEditingEU { $0.budget = Fact(claims) }
        return MixedPriceBasisRule().validate(context)
    }

    /// The shipped history, shaped as issue 17 settled it.
    func settledHistory(restatementNote: String? = "Restates the proposal in 2018 prices.") -> [Claim<Budget>] {
        [
            figure("9.2", .billion, .current, .proposed, asOf: "2018-06", line: 30),
            figure("8.2", .billion, .constant(year: 2018), .proposed, asOf: "2018-12", line: 32, note: restatementNote),
            figure("7588", .million, .current, .adopted, asOf: "2021-04-29", line: 34),
            figure("8168", .million, .notStated, .amended, asOf: "2023-09-13", line: 36,
                   note: "The amended figures are given without a price basis."),
        ]
    }

    @Test func aHistoryWhoseOddFiguresCarryNotesIsFine() {
        #expect(diagnostics(settledHistory()).isEmpty)
    }

    @Test func aFigureOnAnotherBasisWithoutANoteIsAWarning() throws {
        let found = diagnostics(settledHistory(restatementNote: nil))
        let warning = try #require(found.first)
        #expect(found.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: file, line: 32, column: 3))
        #expect(warning.message.hasPrefix("budget of 'eu-digital-europe' mixes price bases: this figure is "
                                          + "'constant-2018' while most of its history is 'current'"))
    }

    @Test func aBlankNoteSaysNothing() {
        #expect(diagnostics(settledHistory(restatementNote: "  \n")).count == 1)
    }

    @Test func aFigureWithoutARecordedBasisIsAWarningEvenWithANote() throws {
        // The original mistake: 9.2 billion and 8.2 billion side by side, neither saying which prices.
        let found = diagnostics([
            figure("9.2", .billion, nil, .proposed, asOf: "2018-06", line: 30),
            figure("8.2", .billion, nil, .proposed, asOf: "2020-05", line: 32, note: "The revised figure."),
        ])
        #expect(found.map(\.location.line) == [30, 32])
        #expect(found.allSatisfy { $0.message.contains("records no price basis") })
        #expect(found.first?.message.hasSuffix("write basis: current, constant-YYYY or not-stated") == true)
    }

    @Test func figuresOnOneBasisOrAFigureAloneAreFine() {
        #expect(diagnostics([
            figure("9.2", .billion, .current, .proposed, asOf: "2018-06", line: 30),
            figure("7588", .million, .current, .adopted, asOf: "2021-04-29", line: 34),
        ]).isEmpty)
        // One figure has no history to misread, whatever it records.
        #expect(diagnostics([figure("7588", .million, nil, .adopted, asOf: "2021-04-29", line: 34)]).isEmpty)
    }

    @Test func anOrderOfMagnitudeIsNotAFigure() {
        let magnitude = TestCorpus.known(Budget(amount: .magnitude(.billion), currency: "EUR"),
                                         TestCorpus.cite("reg-2021-694", plugin: "eu-dep", file: file, line: 28),
                                         asOf: "2017")
        #expect(diagnostics([magnitude, figure("7588", .million, .current, .adopted, asOf: "2021-04-29", line: 34)])
                    .isEmpty)
        let unknown: Claim<Budget> = TestCorpus.unknown("No figure was given.",
                                                        TestCorpus.cite("reg-2021-694", plugin: "eu-dep", line: 26))
        #expect(diagnostics([unknown, figure("7588", .million, nil, .adopted, asOf: "2021-04-29", line: 34)]).isEmpty)
    }

    @Test func betweenEquallyCommonBasesTheNewestFigureSetsTheMainOne() throws {
        // One figure each: the newer one's basis (by as-of, not by the order written) is the main one, so the older
        // figure must say how it differs.
        let found = diagnostics([
            figure("8.2", .billion, .constant(year: 2018), .proposed, asOf: "2018-12", line: 32),
            figure("9.2", .billion, .current, .proposed, asOf: "2018-06", line: 30),
        ])
        #expect(found.map(\.location.line) == [30])
        #expect(found.first?.message.contains("this figure is 'current' while most of its history is 'constant-2018'") == true)
        #expect(MixedPriceBasisRule.mainBasis(of: [.current, .notStated, .notStated, .current]) == .current)
        #expect(MixedPriceBasisRule.mainBasis(of: [.notStated, .current, .current, .notStated]) == .notStated)
        #expect(MixedPriceBasisRule.mainBasis(of: [.current, .current]) == nil)
    }

    @Test func sourcesThatDisagreeOnTheSameDateCountToo() {
        let found = diagnostics([
            figure("9.2", .billion, .current, .proposed, asOf: "2018-06", line: 30),
            figure("8.2", .billion, .constant(year: 2018), .proposed, asOf: "2018-06", line: 32, source: "other"),
            figure("7588", .million, .current, .adopted, asOf: "2021-04-29", line: 34),
        ])
        #expect(found.map(\.location.line) == [32])
    }

    @Test func theValidatorRunsTheRule() {
        let context = TestCorpus.cleanEditingEU { $0.budget = Fact(settledHistory(restatementNote: nil)) }
        #expect(Validator().validate(context).contains { $0.message.contains("mixes price bases") })
    }
}
