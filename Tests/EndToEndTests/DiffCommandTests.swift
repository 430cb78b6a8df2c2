import Foundation
import Testing

/// `nordic-compare diff` with the real executable: two hand-made editions of a small project
/// (Editions/older and Editions/newer, each difference of one kind), and two dates of the shipped project.
@Suite struct DiffCommandTests {
    static let editions = Repository.root.appendingPathComponent("Tests/EndToEndTests/Editions")
    static let space = "\u{00A0}"

    @Test(arguments: [("markdown", "changes.md"), ("json", "changes.json")])
    func twoEditionsGiveEveryKindOfDifference(format: String, golden: String) throws {
        let result = try CommandRunner.run(["diff", "--old", "../older", "--format", format],
                                           in: Self.editions.appendingPathComponent("newer"))
        #expect(result.status == 0, "stderr: \(result.standardError)")
        Repository.golden.check(Array(result.standardOutput.utf8), "diff/" + golden)
    }

    @Test func theChangesAreInTheReadersLanguage() throws {
        let result = try CommandRunner.run(["diff", "--old", "../older", "--lang", "da"],
                                           in: Self.editions.appendingPathComponent("newer"))
        #expect(result.standardOutput.hasPrefix("## Ændringer siden forrige udgave\n"))
        #expect(result.standardOutput.contains("| Ændring | Før | Efter |"))
        #expect(result.standardOutput.contains("| Alpha programme: Budget — seneste værdi ændret |"))
    }

    @Test func twoDatesOfTheShippedProjectShowTheProgrammeAdoptedCitedBeforeAndAfter() throws {
        let result = try CommandRunner.run(["diff", "--from", "2020-12-31", "--to", "2021-12-31"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let output = result.standardOutput
        #expect(output.hasPrefix("## Changes from 31\(Self.space)December\(Self.space)2020 to 31\(Self.space)December\(Self.space)2021\n"))
        let row = try #require(output.split(separator: "\n").first { $0.hasPrefix("| Digital Europe Programme: Budget — ") })
        #expect(row.contains("| EUR\(Self.space)8.2\(Self.space)billion, constant 2018 prices (proposed, December\(Self.space)2018) ["))
        #expect(row.contains("| EUR\(Self.space)7\(Self.space)588\(Self.space)million, current prices (adopted, 29\(Self.space)April\(Self.space)2021) ["))
        #expect(output.contains("| The Digitalisation Partnership — initiative added |"))
    }

    @Test("--help lists only the formats the changes can be printed in")
    func helpListsTableFormatsOnly() throws {
        let help = try CommandRunner.run(["diff", "--help"]).standardOutput
        #expect(help.contains("(values: markdown, csv, json,\n                          html, latex, latex-fragment; default: markdown)"),
                "\(help)")
        #expect(!help.contains("datapackage"))
    }

    @Test("A command line that names no two states, or names them wrong, is refused with what to type", arguments: [
        ([], "say which two states to compare: --from DATE --to DATE, --old FOLDER, or --since-run "
             + "output/run-manifest.json"),
        (["--from", "2021"], "--from and --to go together"),
        (["--from", "2022", "--to", "2021"], "--from 2022 is after --to 2021; give the older date first"),
        (["--from", "2021-02-30", "--to", "2022"], "--from '2021-02-30' is not a real calendar date"),
        (["--old", "nowhere"], "--old 'nowhere' holds no config/nordic-compare.yaml"),
        (["--old", ".", "--to", "2022"], "--old compares two editions as they are"),
        (["--from", "2020", "--to", "2024", "--format", "datapackage"],
         "'datapackage' writes the corpus's data, not a table of changes; choose markdown, csv, json, html, latex or "
            + "latex-fragment"),
    ])
    func wrongCommandLine(_ arguments: [String], _ message: String) throws {
        let result = try CommandRunner.run(["diff"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}
