import Testing
@testable import ComparisonKit

/// Jurisdictions are checked against the codebook: at the value where it is known, once per plugin, with a
/// did-you-mean; and each jurisdiction's name should exist in every language the tool speaks.
@Suite("Validation: jurisdictions from the codebook")
struct JurisdictionRuleTests {
    @Test func anInitiativesOwnUnknownJurisdictionIsReportedAtTheValueWithDidYouMean() throws {
        let value = SourceLocation(file: TestCorpus.swedishFile, line: 6, column: 15)
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.jurisdiction = "NORDC"
            initiative.jurisdictionLocation = value
        }
        let diagnostics = CodeListRule().validate(context)
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(error.location == value)
        #expect(error.message.contains("unknown jurisdiction 'NORDC'"))
        #expect(error.message.contains("did you mean 'NORDIC'?"), "\(error.message)")
    }

    @Test func initiativesInheritingAnUnknownPluginJurisdictionAreNotReportedAgain() {
        var part = TestCorpus.swedishPart()
        part.descriptor.jurisdiction = "XX"
        part.descriptor.jurisdictionLocation = SourceLocation(file: "plugins/sweden/plugin.yaml", line: 5, column: 17)
        for index in part.initiatives.indices { part.initiatives[index].jurisdiction = "XX" }
        let context = ValidationContext(corpus: TestCorpus.corpus([part]), codebook: TestCorpus.codebook(), views: [])
        let diagnostics = CodeListRule().validate(context)
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "plugins/sweden/plugin.yaml", line: 5, column: 17)])
    }

    @Test func aCountryCodeTheCodebookDoesNotDeclareIsAWarningThatSaysToAddIt() throws {
        // Every ISO 3166-1 code was a valid jurisdiction before the codebook declared them: such a plugin keeps loading.
        let value = SourceLocation(file: TestCorpus.swedishFile, line: 6, column: 15)
        let context = TestCorpus.cleanEditingSwedish { initiative in
            initiative.jurisdiction = "US"
            initiative.jurisdictionLocation = value
        }
        let diagnostics = CodeListRule().validate(context)
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.severity == .warning && warning.location == value)
        #expect(warning.message.contains("jurisdiction 'US' is an ISO 3166-1 country code"))
        #expect(warning.message.contains("add 'US' with its names"))
    }

    @Test func aGroupingIsAJurisdiction() {
        let context = TestCorpus.cleanEditingSwedish { $0.jurisdiction = "NORDIC" }
        #expect(CodeListRule().validate(context).isEmpty)
    }

    @Test func aJurisdictionWithoutANameInSomeLanguageIsAWarningAtIt() throws {
        let location = SourceLocation(file: "config/jurisdictions.yaml", line: 40, column: 9)
        let codebook = Codebook(dimensions: [], themes: [], jurisdictions: [
            Jurisdiction(id: "GL", name: TestCorpus.text(("en", "Greenland"), ("da", "Grønland")), location: location),
        ])
        let context = ValidationContext(corpus: TestCorpus.corpus([]), codebook: codebook, views: [])
        let warning = try #require(LabelLanguageRule().validate(context).first)
        #expect(warning.severity == .warning && warning.location == location)
        #expect(warning.message == "jurisdiction 'GL' has no label in nb; English is shown instead")
    }
}
