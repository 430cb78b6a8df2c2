import Foundation
@testable import ComparisonKit
import Testing

/// The one declaration of the normalised tables: keys that hold together, and rows typed exactly.
@Suite struct DataTablesTests {
    @Test func everyKeyNamesDeclaredColumnsAndEveryReferenceAnEarlierTablesPrimaryKey() {
        var earlier: [String: DataTable] = [:]
        for table in DataTables.all {
            let names = table.columns.map(\.name)
            #expect(Set(names).count == names.count, "\(table.name) declares a column twice")
            #expect(!table.primaryKey.isEmpty && table.primaryKey.allSatisfy { table.column($0)?.required == true },
                    "\(table.name)'s primary key must be required columns")
            for key in table.foreignKeys {
                #expect(key.columns.allSatisfy { names.contains($0) }, "\(table.name): \(key.columns)")
                let target = earlier[key.table]
                #expect(target?.primaryKey == key.referencedColumns,
                        "\(table.name) refers to \(key.table)\(key.referencedColumns), which must be an earlier table's primary key")
            }
            #expect(names.allSatisfy { $0.utf8.allSatisfy { (0x61...0x7A).contains($0) || $0 == 0x5F } },
                    "\(table.name): column names are lower-case identifiers")
            earlier[table.name] = table
        }
    }

    /// A corpus with a budget history of an exact amount, a range and a magnitude, an unknown and a
    /// not-applicable claim, and a period.
    static let corpus: Corpus = {
        let cite = TestCorpus.cite("s", plugin: "p")
        var initiative = TestCorpus.initiative("a", plugin: "p", jurisdiction: "NO", language: "nb", source: "s")
        initiative.budget = Fact([
            Claim(.known(Budget(amount: .exact(TestCorpus.decimal("8168.10")), currency: "EUR", scale: .million,
                                basis: .constant(year: 2018))), citation: cite, status: .adopted,
                  asOf: TestCorpus.date("2021-04")),
            Claim(.known(Budget(amount: .range(min: TestCorpus.decimal("0.1"), max: TestCorpus.decimal("12345678901234567890.5")),
                                currency: "NOK")), citation: cite),
            Claim(.known(Budget(amount: .magnitude(.billion), currency: "DKK")), citation: cite),
        ])
        initiative.chair = Fact([TestCorpus.notApplicable("a strategy has no chair", cite)])
        initiative.memberCount = Fact([TestCorpus.unknown(nil, cite)])
        initiative.period = Fact([Claim(.known(Period(start: TestCorpus.date("2024-01-09"), end: .open)), citation: cite)])
        let source = Source(id: "s", title: "T", publisher: "P", published: TestCorpus.date("2024"), language: "nb",
                            location: TestCorpus.manifest("p"))
        return TestCorpus.corpus([TestCorpus.Part(descriptor: TestCorpus.descriptor("p", jurisdiction: "NO"),
                                                  sources: [source], initiatives: [initiative])])
    }()

    static func rows(_ table: String) -> [[String?]] {
        var rows: [[String?]] = []
        DataTables.table(named: table)?.forEachRow(of: corpus, language: "en") { rows.append($0.map { $0?.text }) }
        return rows
    }

    static func value(_ row: [String?], _ table: String, _ column: String) -> String? {
        let index = DataTables.table(named: table)?.columns.firstIndex { $0.name == column }
        return index.flatMap { row[$0] }
    }

    @Test func amountsAndDatesAreWrittenExactly() {
        let budgets = Self.rows("claims").filter { Self.value($0, "claims", "fact") == "budget" }
        #expect(budgets.map { Self.value($0, "claims", "amount") } == ["8168.1", nil, nil])
        #expect(budgets.map { Self.value($0, "claims", "amount_max") } == [nil, "12345678901234567890.5", nil])
        #expect(budgets.map { Self.value($0, "claims", "scale") } == ["million", "one", "billion"])
        #expect(budgets.map { Self.value($0, "claims", "price_basis") } == ["constant-2018", nil, nil])
        #expect(budgets.map { Self.value($0, "claims", "as_of") } == ["2021-04", nil, nil])
        #expect(budgets.map { Self.value($0, "claims", "claim_number") } == ["1", "2", "3"])
        let period = Self.rows("claims").first { Self.value($0, "claims", "fact") == "period" }
        #expect(period.map { Self.value($0, "claims", "date") } == "2024-01-09")
        #expect(period.map { Self.value($0, "claims", "period_end") } == "open")
    }

    @Test func absentValuesSayWhy() {
        let claims = Self.rows("claims")
        let chair = claims.first { Self.value($0, "claims", "fact") == "chair" }
        #expect(chair.map { Self.value($0, "claims", "absence") } == "not-applicable")
        #expect(chair.map { Self.value($0, "claims", "absence_reason") } == "a strategy has no chair")
        let members = claims.first { Self.value($0, "claims", "fact") == "member-count" }
        #expect(members.map { Self.value($0, "claims", "absence") } == "unknown")
    }

    @Test func textsAreTakenInTheRunsLanguage() {
        #expect(Self.rows("initiatives").map { Self.value($0, "initiatives", "name") } == ["Initiative a"])
        #expect(Self.rows("initiatives").map { Self.value($0, "initiatives", "original_name") } == ["Initiativ a"])
        #expect(Self.rows("sources").map { Self.value($0, "sources", "published") } == ["2024"])
    }
}
