import Foundation
import PluginFormat
import Testing

/// The scaffold's templates and embedded files: generated from the declaration, and never stale.
@Suite struct ScaffoldTemplateTests {
    @Test(arguments: ["nordic-compare.yaml", "dimensions.yaml", "themes.yaml", "jurisdictions.yaml", "exchange-rates.yaml",
                      "indicators.yaml"])
    func embeddedCopiesEqualTheShippedFiles(name: String) throws {
        let shipped = try String(contentsOf: TestFiles.root.appendingPathComponent("config/" + name), encoding: .utf8)
        let embedded = [
            "nordic-compare.yaml": ShippedProject.configuration, "dimensions.yaml": ShippedProject.dimensions,
            "themes.yaml": ShippedProject.themes, "jurisdictions.yaml": ShippedProject.jurisdictions,
            "exchange-rates.yaml": ShippedProject.exchangeRates,
            "indicators.yaml": ShippedProject.indicators,
        ][name]
        #expect(embedded == shipped, "Sources/PluginFormat/Scaffold/ShippedProject.swift is stale: copy config/\(name) into it")
    }

    @Test func initiativeTemplateListsEveryDeclaredKeyInOrder() {
        let lines = Templates.initiative(id: "se-x", kind: "strategy", language: "sv").split(separator: "\n")
        var last = -1
        for field in DocumentSchemas.initiative.fields {
            let index = lines.firstIndex { $0.hasPrefix(field.key + ":") || $0.hasPrefix("# " + field.key + ":") }
            #expect(index != nil, "template lacks \(field.key)")
            guard let index else { continue }
            #expect(index > last, "\(field.key) is out of declaration order")
            #expect(lines[index - 1] == "# " + field.summary + (field.isRequired ? "" : " (optional)")
                        || lines[index - 1].hasPrefix("# " + field.summary + (field.isRequired ? "" : " (optional)") + " One of:"))
            #expect(field.isRequired == !lines[index].hasPrefix("#"), "\(field.key): required keys are written out")
            last = index
        }
    }

    @Test func manifestTemplateListsEveryDeclaredTopLevelKey() {
        let text = Templates.manifest(id: "sweden", name: "Sweden: \"the\" kingdom", jurisdiction: "SE", language: nil,
                                      initiatives: ["initiatives/a.yaml"])
        for field in DocumentSchemas.manifest.fields {
            #expect(text.contains("\n" + field.key + ":"), "manifest lacks \(field.key)")
        }
        #expect(text.contains(#"name: { en: "Sweden: \"the\" kingdom" }"#))
    }

    @Test func appendingAnInitiativeKeepsCommentsAndGoesLast() throws {
        let manifest = "format: 1\n# sources\nsources: {}\ninitiatives:   # the files\n  - initiatives/a.yaml\n"
            + "  # a comment\n  - initiatives/b.yaml\n\n# trailing comment\n"
        let edited = try ManifestEditing.appendingInitiative("initiatives/c.yaml", to: manifest)
        #expect(edited == "format: 1\n# sources\nsources: {}\ninitiatives:   # the files\n  - initiatives/a.yaml\n"
            + "  # a comment\n  - initiatives/b.yaml\n  - initiatives/c.yaml\n\n# trailing comment\n")
        #expect(throws: ScaffoldError.self) { try ManifestEditing.appendingInitiative("initiatives/b.yaml", to: manifest) }
    }

    @Test func appendingToAFlowList() throws {
        #expect(try ManifestEditing.appendingInitiative("i/c.yaml", to: "initiatives: [i/a.yaml]  # x\n")
                    == "initiatives: [i/a.yaml, i/c.yaml]  # x\n")
        #expect(try ManifestEditing.appendingInitiative("i/c.yaml", to: "initiatives: []\n") == "initiatives: [i/c.yaml]\n")
    }
}
