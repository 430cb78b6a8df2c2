import ComparisonKit
import Foundation
import PluginFormat
import Testing

/// The codebook's jurisdictions file: countries and groupings, each problem reported at its own line and column.
@Suite struct JurisdictionCodebookTests {
    /// The problems of a jurisdictions file holding `entries` after the header, as `line:column: message`.
    private func problems(_ entries: String) throws -> [String] {
        let scratch = try ScratchPlugins()
        let path = try scratch.write("jurisdictions.yaml", "format: 1\njurisdictions:\n" + entries)
        return CodebookLoader.loadJurisdictions(path: path).1.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    private let countries = """
          - { id: NO, name: { en: Norway, nb: Norge, da: Norge } }
          - { id: SE, name: { en: Sweden, nb: Sverige, da: Sverige } }
          - { id: FO, name: { en: Faroe Islands, nb: Færøyene, da: Færøerne } }

        """

    @Test func theShippedFileReadsCleanlyWithItsGroupings() throws {
        let (jurisdictions, problems) = CodebookLoader.loadJurisdictions(
            path: TestFiles.root.appendingPathComponent("config/jurisdictions.yaml").path)
        #expect(problems.isEmpty, "\(problems)")
        let byID = Dictionary(uniqueKeysWithValues: jurisdictions.map { ($0.id, $0) })
        #expect(byID["NORDIC-BALTIC"]?.members == ["NO", "SE", "DK", "FI", "IS", "FO", "EE", "LV", "LT"])
        #expect(byID["EU"]?.members.count == 27)
        #expect(Set(byID["EEA"]?.members ?? []) == Set((byID["EU"]?.members ?? []) + ["IS", "LI", "NO"]))
        // The names the tables showed before the codebook existed are its rows.
        for (id, names) in [("NO", ["Norway", "Norge", "Norge"]), ("DK", ["Denmark", "Danmark", "Danmark"]),
                            ("SE", ["Sweden", "Sverige", "Sverige"]), ("FI", ["Finland", "Finland", "Finland"]),
                            ("IS", ["Iceland", "Island", "Island"]),
                            ("EU", ["European Union", "Den europeiske union", "Den Europæiske Union"])] {
            #expect(["en", "nb", "da"].map { byID[id]?.name.text(in: $0) } == names, "\(id)")
        }
    }

    @Test func withoutAFileTheBuiltInListIsTheShippedOne() {
        let builtIn = CodebookLoader.loadJurisdictions(path: nil)
        let shipped = CodebookLoader.loadJurisdictions(
            path: TestFiles.root.appendingPathComponent("config/jurisdictions.yaml").path)
        #expect(builtIn.1.isEmpty)
        #expect(builtIn.0.map(\.id) == shipped.0.map(\.id))
        #expect(builtIn.0.map(\.members) == shipped.0.map(\.members))
    }

    @Test func anUnknownMemberIsReportedAtItWithDidYouMean() throws {
        let found = try problems(countries + "  - { id: NB, name: Nordic, members: [NO, SW, FO] }\n")
        #expect(found == ["6:43: unknown member 'SW' of grouping 'NB'; a member must be a country declared in this "
                          + "file; did you mean 'SE'?"])
    }

    @Test func aGroupingCannotContainItself() throws {
        let found = try problems(countries + "  - { id: NB, name: Nordic, members: [NO, NB] }\n")
        #expect(found == ["6:43: grouping 'NB' lists itself among its members; a grouping's members are countries"])
    }

    @Test func aGroupingsMembersAreCountriesNotGroupings() throws {
        let found = try problems(countries + """
              - { id: NB, name: Nordic, members: [NO, SE] }
              - { id: WIDER, name: Wider, members: [NB, FO] }

            """)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("7:41: 'NB' is a grouping, not a country") == true, "\(found)")
    }

    @Test func aMemberListedTwiceAndAnEmptyGroupingAreErrors() throws {
        let found = try problems(countries + """
              - { id: NB, name: Nordic, members: [NO, SE, NO] }
              - { id: NONE, name: Nothing, members: [] }

            """)
        #expect(found == ["6:47: 'NO' is listed twice among the members of grouping 'NB'",
                          "7:41: grouping 'NONE' lists no members; list the ids of its member countries, or leave "
                              + "'members' out for a country"])
    }

    @Test func aDuplicateIdIsReportedAtTheSecond() throws {
        let found = try problems(countries + "  - { id: SE, name: Sweden again }\n")
        #expect(found == ["6:11: duplicate jurisdiction id 'SE'; each country or grouping is declared once"])
    }

    @Test func anIdMustBeWrittenInUpperCase() throws {
        let found = try problems(countries + "  - { id: nordic-baltic, name: Nordic }\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("6:11: jurisdiction 'nordic-baltic' is not written as a jurisdiction id") == true)
        #expect(found.first?.hasSuffix("did you mean 'NORDIC-BALTIC'?") == true, "\(found)")
    }

    /// The hand-written check of an id's form agrees with the pattern the JSON Schemas give editors.
    @Test(arguments: ["NO", "EU", "NORDIC-BALTIC", "NB8", "A", "no", "-EU", "EU-", "NORDIC--BALTIC", "8NB", "N B", "Ø", ""])
    func theFormCheckAgreesWithThePattern(text: String) throws {
        let pattern = try NSRegularExpression(pattern: Jurisdiction.idPattern)
        let matches = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        #expect(Jurisdiction.isWellFormedID(text) == matches)
    }
}
