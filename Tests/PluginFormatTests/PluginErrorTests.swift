import ComparisonKit
import Foundation
import PluginFormat
import Testing

/// Broken plugin files give precise, located errors, all of them at once.
@Suite struct PluginErrorTests {
    let scratch: ScratchPlugins

    init() throws { scratch = try ScratchPlugins() }

    private func problems(_ initiative: String) throws -> [String] {
        try scratch.manifest("sweden")
        try scratch.write("sweden/initiatives/a.yaml", initiative)
        return scratch.load("sweden").1.map { diagnostic in
            diagnostic.description.replacingOccurrences(of: scratch.root.path + "/", with: "")
        }
    }

    @Test func aValidInitiativeLoads() throws {
        let result = try problems(initiativeYAML("period: { start: 2024, end: open }"))
        #expect(result.isEmpty, "\(result)")
    }

    @Test func syntaxErrorNamesFileLineAndColumn() throws {
        let result = try problems("format: 1\nid: \"unclosed\nkind: strategy\n")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("sweden/initiatives/a.yaml:") == true)
        #expect(result.first?.contains(": error: ") == true)
    }

    @Test func unknownKeysAreAllReportedWithSuggestions() throws {
        let result = try problems(initiativeYAML("chiar: Someone\nperiod: { start: 2024, edn: 2025 }"))
        #expect(result.contains { $0.hasPrefix("sweden/initiatives/a.yaml:7:1: error: unknown key 'chiar'") && $0.hasSuffix("did you mean 'chair'?") })
        #expect(result.count == 2, "\(result)")
        #expect(result.contains { $0.hasPrefix("sweden/initiatives/a.yaml:8:24: error: unknown key 'edn'") && $0.hasSuffix("did you mean 'end'?") })
    }

    @Test func impossibleDateIsAnError() throws {
        let result = try problems(initiativeYAML("period: { start: 2021-02-30 }"))
        #expect(result == ["sweden/initiatives/a.yaml:7:18: error: period start: '2021-02-30' is not a real calendar date"])
    }

    @Test func wrongTypesSayWhatWasExpected() throws {
        let result = try problems(initiativeYAML("member-count: many"))
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("sweden/initiatives/a.yaml:7:15: error: ") == true, "\(result)")
    }

    @Test func budgetNeedsExactlyOneForm() throws {
        let result = try problems(initiativeYAML("budget: { amount: 5, magnitude: billion, currency: SEK }"))
        #expect(result.first?.contains("exactly one of 'amount', 'min' with 'max', or 'magnitude'") == true)
    }

    @Test func amountsAreExactDecimalsOnly() throws {
        let result = try problems(initiativeYAML("budget: { amount: 1e9, currency: SEK }"))
        #expect(result.first?.contains("'1e9' is not a plain decimal number") == true)
    }

    @Test func anUnknownPriceBasisSaysWhichFormsThereAre() throws {
        let result = try problems(initiativeYAML("budget:\n  amount: 5\n  currency: SEK\n  basis: market prices"))
        #expect(result == ["sweden/initiatives/a.yaml:10:10: error: unknown price basis 'market prices'; expected "
                           + "current, constant-YYYY or not-stated"])
    }

    @Test func theOldFreeTextBasisStillLoadsWithANudge() throws {
        for (old, typed) in [("current prices", "current"), ("constant 2018 prices", "constant-2018"), ("2018 prices", "constant-2018")] {
            let result = try problems(initiativeYAML("budget: { amount: 5, currency: SEK, basis: \(old) }"))
            #expect(result.count == 1 && result[0].contains("warning: price basis '\(old)' is the old free-text form; write '\(typed)'"),
                    "\(old): \(result)")
        }
    }

    @Test func everyWrittenPriceBasisLoads() throws {
        for basis in ["current", "constant-2018", "not-stated"] {
            let result = try problems(initiativeYAML("budget: { amount: 5, currency: SEK, basis: \(basis) }"))
            #expect(result.isEmpty, "\(basis): \(result)")
        }
    }

    @Test func unknownEnumerationValuesSuggestTheClosest() throws {
        let result = try problems(initiativeYAML("status: activ"))
        #expect(result == ["sweden/initiatives/a.yaml:7:9: error: unknown status 'activ'; expected one of: under-consideration, planned, "
                           + "active, concluded, superseded; did you mean 'active'?"])
    }

    @Test func missingManifestIsReportedAtTheManifestPath() throws {
        try scratch.write("empty/README.txt", "nothing here")
        let result = scratch.load("empty").1
        #expect(result.first?.location.file.hasSuffix("empty/plugin.yaml") == true)
        #expect(result.first?.message.contains("no manifest") == true)
    }

    @Test func missingDataFileIsReported() throws {
        try scratch.manifest("sweden", initiatives: ["initiatives/missing.yaml"])
        let result = scratch.load("sweden").1
        #expect(result.first?.message.contains("data file 'initiatives/missing.yaml' does not exist") == true)
        #expect(result.first?.location.line == 14)
    }

    @Test func referencesMayNotLeaveThePluginFolder() throws {
        try scratch.write("outside.yaml", initiativeYAML())
        try scratch.manifest("sweden", initiatives: ["../outside.yaml", "/etc/hostname", "initiatives/link.yaml"])
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("sweden/initiatives"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent("sweden/initiatives/link.yaml").path,
                                                   withDestinationPath: scratch.root.appendingPathComponent("outside.yaml").path)
        let messages = scratch.load("sweden").1.map(\.message)
        #expect(messages.count == 3)
        #expect(messages[0].contains("leaves the plugin folder"))
        #expect(messages[1].contains("absolute path"))
        #expect(messages[2].contains("symbolic link that points outside"))
    }

    @Test func pluginIDMustMatchItsFolder() throws {
        try scratch.manifest("sweden")
        try scratch.write("sweden/initiatives/a.yaml", initiativeYAML())
        let manifest = scratch.root.appendingPathComponent("sweden/plugin.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "id: sweden", with: "id: sverige")
        try scratch.write("sweden/plugin.yaml", text)
        let problems = scratch.load("sweden").1
        let mismatch = try #require(problems.first { $0.message.hasPrefix("plugin id 'sverige' must match its folder name 'sweden'") })
        #expect(mismatch.location.line == 3 && mismatch.location.column == 7)  // at the manifest's id: line
    }

    @Test func anInitiativeFileTheManifestDoesNotListIsAWarning() throws {
        try scratch.manifest("sweden")
        try scratch.write("sweden/initiatives/a.yaml", initiativeYAML())
        try scratch.write("sweden/initiatives/forgotten.yaml", initiativeYAML())
        let problems = scratch.load("sweden").1
        let warning = try #require(problems.first { $0.message.contains("'initiatives/forgotten.yaml' is not listed") })
        #expect(warning.severity == .warning)
        #expect(warning.location.file.hasSuffix("sweden/initiatives/forgotten.yaml"))
        #expect(!problems.contains { $0.message.contains("'initiatives/a.yaml' is not listed") })
    }

    @Test func formatVersionIsChecked() throws {
        try scratch.manifest("sweden")
        try scratch.write("sweden/initiatives/a.yaml", initiativeYAML().replacingOccurrences(of: "format: 1", with: "format: 2"))
        let result = scratch.load("sweden").1
        #expect(result.first?.message.contains("unsupported format version '2'") == true)
        #expect(result.first?.location.line == 1)
    }

    @Test func missingFormatKeyIsExplained() throws {
        try scratch.manifest("sweden")
        try scratch.write("sweden/initiatives/a.yaml", "id: x\n")
        #expect(scratch.load("sweden").1.first?.message.contains("start the file with 'format: 1'") == true)
    }

    @Test func aRootThatIsNotAMappingIsExplained() throws {
        try scratch.manifest("sweden")
        try scratch.write("sweden/initiatives/a.yaml", "- format: 1\n")
        #expect(scratch.load("sweden").1.first?.message.contains("found a sequence") == true)
    }
}
