import BriefingRenderers
import ComparisonKit
import Testing

/// A source held with less than high confidence says so wherever its facts are cited: every human-readable format's
/// list of sources names the level in the table's language, and JSON gives it as data. A source held with high
/// confidence, or with none recorded, adds nothing.
@Suite("Source confidence in every format")
struct SourceConfidenceRenderingTests {
    static let words: [LanguageCode: [SourceConfidence: String]] = [
        "en": [.mediumHigh: "confidence: medium-high", .medium: "confidence: medium", .low: "confidence: low"],
        "nb": [.mediumHigh: "pålitelighet: middels høy", .medium: "pålitelighet: middels", .low: "pålitelighet: lav"],
        "da": [.mediumHigh: "pålidelighed: mellemhøj", .medium: "pålidelighed: middel", .low: "pålidelighed: lav"],
    ]

    static func source(_ confidence: SourceConfidence?) -> Source {
        var source = SampleTables.exampleDecision
        source.confidence = confidence
        return source
    }

    @Test("Every level below high is named, in the table's language",
          arguments: ["en", "nb", "da"], [SourceConfidence.mediumHigh, .medium, .low])
    func named(_ language: LanguageCode, _ level: SourceConfidence) throws {
        let phrase = try #require(Self.words[language]?[level])
        for (format, text) in try SourceMetadataRenderingTests.outputs(language, source: Self.source(level)) {
            switch format {
            case "csv", "xlsx":
                // CSV's footnote records carry no confidence column (see CSVRenderer), nor do the workbook's, which
                // has the same columns (its `sources` data sheet has the confidence of every source).
                continue
            case "json":
                #expect(text.contains("\"confidence\": \"\(level.rawValue)\""), "\(format)")
            default:
                #expect(text.contains(phrase), "\(format) \(language) \(level)")
            }
        }
    }

    @Test("High confidence, or none recorded, adds nothing", arguments: [SourceConfidence.high, nil])
    func unnamed(_ level: SourceConfidence?) throws {
        for language: LanguageCode in ["en", "nb", "da"] {
            let label = try #require(Self.words[language]?[.low]?.split(separator: ":").first.map(String.init))
            for (format, text) in try SourceMetadataRenderingTests.outputs(language, source: Self.source(level))
            where format != "json" {
                #expect(!text.contains(label + ":"), "\(format) \(language)")
            }
        }
    }

    @Test func markdownPutsItLast() {
        let markdown = MarkdownRenderer().renderTable(
            SourceMetadataRenderingTests.table("en", source: Self.source(.medium)))
        #expect(markdown.contains("; accessed 2024-05-02; confidence: medium\n"), "\(markdown)")
    }
}
