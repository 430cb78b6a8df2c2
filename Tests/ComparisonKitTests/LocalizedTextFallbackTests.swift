import Testing
@testable import ComparisonKit

/// Plugin text for a reader: the reader's language, else the initiative's original language, else English, and the
/// language it is shown in when that is not the reader's, so that a briefing can mark it.
@Suite("Plugin text: the reader's language, else the original, else English")
struct LocalizedTextFallbackTests {
    static let danishAndEnglish = LocalizedText([(language: "en", text: "member"), (language: "da", text: "medlem")])

    @Test func theReadersLanguageComesFirstAndIsNotMarked() {
        let shown = Self.danishAndEnglish.resolved(in: "da", original: "da")
        #expect(shown.text == "medlem" && shown.shownIn == nil)
    }

    @Test func aNorwegianReaderGetsTheDanishOriginalRatherThanEnglish() {
        let shown = Self.danishAndEnglish.resolved(in: "nb", original: "da")
        #expect(shown.text == "medlem" && shown.shownIn == "da")
    }

    @Test func withoutTheOriginalItIsEnglishMarkedAsSuch() {
        let shown = Self.danishAndEnglish.resolved(in: "nb", original: "sv")
        #expect(shown.text == "member" && shown.shownIn == "en")
    }

    @Test func withoutEnglishItIsTheFirstGivenAndTextTheSameInEveryLanguageIsNeverMarked() {
        let swedish = LocalizedText([(language: "sv", text: "ledamot"), (language: "fi", text: "jäsen")])
        #expect(swedish.resolved(in: "nb", original: "da") == ("ledamot", "sv"))
        let plain: LocalizedText = "KS"
        #expect(plain.resolved(in: "nb", original: "da") == ("KS", nil))
    }

    @Test func theMarkerAndItsLegendAreInTheReadersWords() {
        let vocabulary = Vocabulary("nb")
        #expect(vocabulary.marked(("medlem", "da")) == "medlem ‹da›")
        #expect(vocabulary.marked(("medlem", nil)) == "medlem")
        #expect(vocabulary.languageLegend(["da", "en"]).hasPrefix("‹da› dansk, ‹en› engelsk: tekst som ikke finnes på norsk"))
    }
}
