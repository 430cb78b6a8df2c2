import BriefingRenderers
import BriefingSQLite
import ComparisonKit
import Testing

/// The SQLite format's own behaviour beyond the shared invariants: what it reports when SQLite refuses the rows.
@Suite struct SQLiteRendererTests {
    @Test func rowsSQLiteRefusesAreReportedAndNothingIsWritten() throws {
        // Two initiatives with one id break the primary key: validation stops such a run, but a corpus made in
        // Swift reaches the renderer as it is.
        let initiative = try #require(HostileCorpus.corpus.initiatives.first)
        let plugin = try #require(HostileCorpus.corpus.plugins.first)
        let corpus = Corpus([(plugin, PluginContribution(sources: HostileCorpus.corpus.sources(ofPlugin: plugin.id),
                                                         initiatives: [initiative, initiative]))])
        let sink = CollectingSink()
        SQLiteRenderer().write(BriefingDocument(title: "t", language: "en", tables: [], corpus: corpus), to: sink)
        #expect(sink.files.isEmpty)
        #expect(sink.failures.count == 1)
        #expect(sink.failures.first?.hasPrefix("nordic-compare.sqlite: SQLite could not build the database: UNIQUE constraint failed: initiatives.initiative_id") == true,
                "\(sink.failures)")
    }

    @Test func aDocumentWithoutCorpusGivesTheEmptyTables() throws {
        let files = SQLiteRenderer().render(BriefingDocument(title: "t", language: "en", tables: []))
        let reader = try SQLiteReader(try #require(files.first).contents)
        let tables = try reader.rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid").map { $0[0].text }
        #expect(tables == DataTables.all.map(\.name))
        let indexes = try reader.rows("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%_idx'")
        #expect(indexes.count == DataTables.all.reduce(0) { $0 + $1.foreignKeys.count })
        #expect(try reader.rows("PRAGMA page_size").first?.first?.text == "4096")
    }
}
