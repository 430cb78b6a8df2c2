import Foundation
import Testing

/// The three questions an analyst asks every week, answered by the built executable over the shipped plugins, and
/// each answer checked against the cited cells of the tables it rests on (recomputed here from the tables' JSON, not
/// trusted from a sentence).
@Suite struct AnsweringQuestionsTests {
    /// Parses a command's standard output as a JSON object.
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(arguments)
        try #require(result.status == 0, "stderr: \(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    static func findings(_ report: [String: Any], kind: String) -> [[String: Any]] {
        (report["findings"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == kind }
    }

    static func basis(_ finding: [String: Any]) -> [[String: Any]] { finding["basis"] as? [[String: Any]] ?? [] }

    @Test("Which initiatives involve the social partners?")
    func socialPartners() throws {
        let report = try Self.json(["findings", "--format", "json"])
        let involvement = try #require(Self.findings(report, kind: "involvement").first)
        let initiatives = Set(Self.basis(involvement).compactMap { $0["initiative"] as? String })
        #expect(initiatives == ["no-digitalisation-forum", "no-digitalt-krafttak", "dk-digitalisation-partnership"])
        // Each rests on a cited participant of a social-partner category, as the participation matrix shows it.
        let matrix = try Self.json(["print", "--view", "participation", "--format", "json"])
        let columns = (matrix["columns"] as? [[String: Any]] ?? []).compactMap { $0["initiative"] as? String }
        var fromMatrix: Set<String> = []
        for row in matrix["rows"] as? [[String: Any]] ?? []
        where ["trade-union", "employers-organisation", "social-partners"].contains(row["id"] as? String ?? "") {
            for (column, cell) in (row["cells"] as? [[String: Any]] ?? []).enumerated()
            where !((cell["entries"] as? [Any])?.isEmpty ?? true) && cell["state"] as? String == "known" {
                fromMatrix.insert(columns[column])
            }
        }
        #expect(fromMatrix == initiatives)
        #expect(Self.basis(involvement).allSatisfy { !(($0["footnotes"] as? [Int]) ?? []).isEmpty })
        // The same initiatives, selected by category.
        let selected = try Self.json(["print", "--view", "overview", "--format", "json",
                                      "--select", "participant=trade-union,employers-organisation,social-partners"])
        let selectedIDs = Set((selected["columns"] as? [[String: Any]] ?? []).compactMap { $0["initiative"] as? String })
        #expect(selectedIDs == initiatives)
    }

    @Test("How do the budgets compare? Ranked within one currency and price basis, never across")
    func budgets() throws {
        let report = try Self.json(["findings", "--format", "json"])
        let budgets = Self.findings(report, kind: "budgets")
        let ranked = try #require(budgets.first)
        #expect(Self.basis(ranked).compactMap { $0["initiative"] as? String }
                == ["eu-digital-europe-programme", "no-dep-participation"])
        // The billion-scale Danish sum is listed, never ranked as a number.
        let notRanked = try #require(budgets.first { ($0["text"] as? String ?? "").hasPrefix("Not ranked") })
        #expect(Self.basis(notRanked).compactMap { $0["initiative"] as? String } == ["dk-digitalisation-partnership"])
    }

    @Test("Which themes does Denmark's partnership cover that Norway's strategies don't?")
    func themesDenmarkCoversThatNorwaysStrategiesDoNot() throws {
        let report = try Self.json(["findings", "--format", "json", "--select", "jurisdiction=DK",
                                    "--against", "jurisdiction=NO", "--against", "kind=strategy"])
        let difference = try #require(Self.findings(report, kind: "group-difference").first)
        let answered = Set(Self.basis(difference).compactMap { $0["row"] as? String })

        // Recomputed from the theme matrix: rows with a cell for the Danish column and none for any Norwegian strategy.
        let matrix = try Self.json(["print", "--view", "themes", "--format", "json"])
        let columns = matrix["columns"] as? [[String: Any]] ?? []
        let kinds = try Self.json(["print", "--view", "overview", "--format", "json", "--select", "jurisdiction=NO",
                                   "--select", "kind=strategy"])
        let norwegianStrategies = Set((kinds["columns"] as? [[String: Any]] ?? []).compactMap { $0["initiative"] as? String })
        var expected: Set<String> = []
        for row in matrix["rows"] as? [[String: Any]] ?? [] {
            let cells = row["cells"] as? [[String: Any]] ?? []
            func covered(_ column: Int) -> Bool { !((cells[column]["entries"] as? [Any])?.isEmpty ?? true) }
            let danish = columns.indices.contains { columns[$0]["jurisdiction"] as? String == "DK" && covered($0) }
            let norwegian = columns.indices.contains {
                norwegianStrategies.contains(columns[$0]["initiative"] as? String ?? "") && covered($0)
            }
            if danish && !norwegian, let id = row["id"] as? String { expected.insert(id) }
        }
        #expect(!expected.isEmpty)
        #expect(answered == expected)
        #expect((difference["text"] as? String ?? "").contains("coded as covering"))
    }

    @Test("selecting nothing is an error that names what matched nothing")
    func selectingNothing() throws {
        let result = try CommandRunner.run(["findings", "--select", "jurisdiction=SE", "--select", "kind=strategy"])
        #expect(result.status == 1)
        #expect(result.standardError == "error: no initiative matches 'jurisdiction=SE'; list the ids and codes with "
                + "'nordic-compare list initiatives' and 'list plugins'\n")
    }
}
