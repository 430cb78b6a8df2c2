import Foundation
package import BriefingRenderers
import ComparisonKit
package import PluginFormat

/// A run whose configuration, codebook and plugins are loaded and validated, ready to build tables.
public struct PreparedRun: Sendable {
    /// The configuration as read (with the options applied).
    package let configuration: RunConfiguration
    /// The dimensions and themes.
    public let codebook: Codebook
    /// The loaded plugins' initiatives and sources: as they stood on ``asOf`` when the run asks for a date.
    public let corpus: Corpus
    /// Everything the plugins record, whatever ``asOf`` says (the same as ``corpus`` without one): for saying that
    /// an initiative exists but was not yet on the record on that date.
    public let recordedCorpus: Corpus
    /// The date the run shows the state of, when it asks for one.
    public var asOf: PartialDate? { corpus.asOf }
    /// The views to build, in order.
    public let views: [ViewDefinition]
    /// Whether the briefing a run writes opens with its key findings: when no view was picked out, so that
    /// `run --view budgets` writes that view alone.
    let opensWithKeyFindings: Bool
    /// The renderers to write with, in order.
    package let renderers: [any BriefingRenderer]
    /// The reader's language.
    public let language: LanguageCode
    /// The initiatives every table compares (`RunOptions.selection`), on top of each view's own.
    public let selection: InitiativeSelection
    /// The history mode forced by the options, if any.
    let historyOverride: HistoryMode?
    /// The SHA-256 of the configuration and codebook files.
    let configurationDigest: String
    /// The run's time (ISO 8601) when a timestamp was asked for.
    let generatedAt: String?
    /// The paths of the files the run read.
    let inputPaths: RunInputs.Paths

    /// The files the run read, relative to the project: what its manifest lists and its snapshot keeps (see
    /// `RunRecord`). Made when asked, by the two that need it (`run` writing its manifest, `diff --since-run`), so that
    /// `validate`, `print` and the rest do not put ten thousand paths relative to the project for nothing.
    package var inputs: RunInputs { RunInputs(inputPaths) }

    /// The tables for the selected views (or for the given ones).
    public func tables(for views: [ViewDefinition]? = nil) -> [ComparisonTable] {
        let builder = tableBuilder()
        // Views are independent: build them on all cores, in view order.
        return concurrentMap(resolvedViews(views)) { builder.table(for: $0) }
    }

    func tableBuilder() -> TableBuilder {
        TableBuilder(corpus: corpus, codebook: codebook, language: language,
                     history: historyOverride ?? configuration.history, selection: selection)
    }

    /// The given views (or the selected ones) with the forced history mode applied.
    private func resolvedViews(_ views: [ViewDefinition]?) -> [ViewDefinition] {
        (views ?? self.views).map { view in
            var view = view
            if let historyOverride { view.history = historyOverride }
            return view
        }
    }

    /// Findings over the initiatives the run selects, and, with `against`, what sets them apart from the
    /// initiatives those conditions select; throws when a selection matches nothing.
    ///
    /// With `budgetBasis`, budgets are converted to its currency (and per year) before they are ranked.
    public func findings(against: InitiativeSelection? = nil,
                         budgetBasis: BudgetBasis? = nil) throws(SelectionError) -> FindingsReport {
        let builder = FindingsBuilder(corpus: corpus, codebook: codebook, language: language, budgetBasis: budgetBasis)
        return builder.report(selected: try group(selection), against: try against.map { selection throws(SelectionError) in
            try group(selection)
        })
    }

    /// The initiatives a selection picks, with its conditions as written, for the findings.
    private func group(_ selection: InitiativeSelection) throws(SelectionError) -> FindingsBuilder.Group {
        FindingsBuilder.Group(initiatives: try selection.select(from: corpus.initiatives, codebook: codebook),
                              conditions: selection.conditions.map(\.description))
    }

    /// The few findings a briefing opens with (``FindingsReport/keyFindings(limit:)``), over the run's selection.
    func keyFindings() -> FindingsReport? {
        guard let selected = try? group(selection) else { return nil }
        return FindingsBuilder(corpus: corpus, codebook: codebook, language: language).keyReport(selected: selected)
    }

    /// Writes every file of every selected renderer into the output folder, as `run` does, and returns the paths
    /// written. Renderers run concurrently and stream to temporary files, which are renamed into place only when
    /// all are written.
    ///
    /// The formats that write the corpus's data rather than the tables (the data package, the SQLite database) are
    /// written first, once, and build no table. When every other format writes each table alone (Markdown, CSV,
    /// JSON), the tables are then built one at a time on a thread of their own, the next one while the formats write
    /// the current one (see `TableProducer`), so that at most two tables are held in memory whatever the number of
    /// views. Otherwise the whole document is built first.
    ///
    /// - Parameter tableMemoryFreed: Called before the first table is built and after each table is written, when
    ///   the memory the previous stage used has been freed: a process can hand it back to the system there, so the
    ///   next stage does not grow the heap (the `nordic-compare` executable does, with glibc's `malloc_trim`).
    public func writeOutputs(tableMemoryFreed: () -> Void = {}) throws(OutputWriteError) -> [String] {
        try writeOutputs(tableMemoryFreed: tableMemoryFreed, progress: { _ in })
    }

    /// Writes the outputs as `writeOutputs(tableMemoryFreed:)` does, telling `progress` which phase it is in.
    package func writeOutputs(tableMemoryFreed: () -> Void = {},
                              progress: (RunProgress) -> Void) throws(OutputWriteError) -> [String] {
        let staging = try OutputStaging(folder: configuration.outputFolder, renderers: renderers)
        // The copy of the inputs is written on a thread of its own while the renderers write.
        let inputs = self.inputs
        let snapshot = RunRecord.start(staging, inputs: inputs)
        func commit() throws(OutputWriteError) -> [String] {
            try RunRecord.finish(staging, snapshot: snapshot) { read, written in
                manifest(configurationPath: inputs.configurationPath, inputs: read, outputs: written)
            }
            progress(.committing(staging.stagedCount))
            return try staging.commit()
        }
        let tableFormats = renderers.filter(\.readsTables)
        guard tableFormats.allSatisfy(\.writesEachTableAlone) else {
            progress(.buildingTables(views.count))
            staging.write(document())
            return try commit()
        }
        // The formats that write the corpus's data build no table: they write once, before the tables are built.
        let shell = documentShell()
        if tableFormats.count < renderers.count {
            staging.write(shell, including: { !$0.readsTables })
        }
        tableMemoryFreed()
        guard !tableFormats.isEmpty else { return try commit() }
        // The first table is built while the key findings are computed: each takes one core.
        let tables = TableProducer(views: resolvedViews(views), builder: tableBuilder())
        if opensWithKeyFindings, let keyFindings = keyFindings() {
            // The key findings open the briefing: their own file, before the tables'.
            var opening = shell
            opening.findings = keyFindings
            staging.write(opening, including: \.readsTables)
        }
        var written = 0
        while let table = tables.next() {
            written += 1
            progress(.writingTable(index: written, count: views.count))
            var document = shell
            document.tables = [table]
            document.provenance.newestSourceDate = table.footnotes.compactMap(\.source.published).max()
            staging.write(document, including: \.readsTables)
            tableMemoryFreed()
        }
        return try commit()
    }

    /// The manifest of this run, whose configuration is at `configurationPath` in the project, which read `inputs` and
    /// wrote `outputs`.
    private func manifest(configurationPath: String, inputs read: [RunManifest.File],
                          outputs: [RunManifest.File]) -> RunManifest {
        RunManifest(kind: RunManifest.kindName, manifestVersion: RunManifest.currentVersion,
                    toolVersion: NordicCompareVersion.current, configurationDigest: configurationDigest,
                    configuration: configurationPath, asOf: asOf?.description, generatedAt: generatedAt,
                    languages: [language], formats: renderers.map(\.formatName), views: views.map(\.id),
                    snapshot: RunManifest.snapshotName, inputs: read, outputs: outputs)
    }

    /// The document the renderers write: the tables of the given views, or, for a run's whole briefing, its key
    /// findings and the selected views, with a title.
    package func document(for views: [ViewDefinition]? = nil) -> BriefingDocument {
        var document = documentShell()
        if views == nil, opensWithKeyFindings { document.findings = keyFindings() }
        document.tables = tables(for: views)
        document.provenance.newestSourceDate = document.tables.flatMap(\.footnotes).compactMap(\.source.published).max()
        return document
    }

    /// The document's title, subtitle, provenance and corpus, without tables (and so without the newest source's
    /// date, which the formats that write the corpus's data do not show).
    private func documentShell() -> BriefingDocument {
        let vocabulary = Vocabulary(language)
        var jurisdictions: [String] = []
        var seen: Set<String> = []
        for initiative in corpus.initiatives where seen.insert(initiative.jurisdiction).inserted {
            jurisdictions.append(codebook.jurisdictionNameInText(initiative.jurisdiction, in: vocabulary.language))
        }
        var document = BriefingDocument(
            title: configuration.briefingTitle?.resolved(in: language) ?? vocabulary.briefingTitle,
            subtitle: vocabulary.comparedSubtitle(initiatives: corpus.initiatives.count, jurisdictions: jurisdictions,
                                                  asOf: corpus.asOf.map(ValueFormatter(language: language).date)),
            language: language, tables: [],
            provenance: BriefingProvenance(toolVersion: NordicCompareVersion.current,
                                           configurationDigest: configurationDigest, generatedAt: generatedAt),
            corpus: corpus)
        document.author = configuration.briefingAuthor?.resolved(in: language) ?? ""
        document.marking = configuration.briefingMarking?.resolved(in: language) ?? ""
        return document
    }
}
