/// A table of the differences between two states of a corpus: one row per difference, the older state's cell and
/// the newer state's side by side, each cited to the sources of its own state, the citations of both numbered in
/// one list.
package struct DifferenceTable: Sendable {
    /// The older state.
    let older: Corpus
    /// The newer state.
    let newer: Corpus
    /// The dimensions and themes.
    let codebook: Codebook
    /// The reader's language.
    let language: LanguageCode

    /// A builder for the changes from `older` to `newer`.
    package init(from older: Corpus, to newer: Corpus, codebook: Codebook, language: LanguageCode) {
        self.older = older
        self.newer = newer
        self.codebook = codebook
        self.language = language
    }

    /// The table of `differences` (``Corpus/differences(from:)`` of the newer state), under `title`.
    package func table(_ differences: [CorpusDifference], title: String, viewID: String = "changes") -> ComparisonTable {
        let formatter = ValueFormatter(language: language)
        let vocabulary = formatter.vocabulary
        func builder(_ corpus: Corpus, _ history: HistoryMode) -> CellBuilder {
            CellBuilder(formatter: formatter, history: history, showsNotes: false,
                        footnotes: FootnoteCollector(corpus: corpus),
                        notRecordedText: corpus.asOf.map { vocabulary.noSourceYet(formatter.date($0)) }
                            ?? vocabulary.notRecorded)
        }
        var olderCells = builder(older, .latest), newerCells = builder(newer, .latest)
        var newClaimCells = builder(newer, .all)
        let empty = TableCell(state: .known, entries: [])
        var rows: [(id: String, label: String, before: TableCell, after: TableCell)] = []
        for difference in differences {
            let old = difference.initiativeID.flatMap(older.initiative)
            let new = difference.initiativeID.flatMap(newer.initiative)
            let named = new ?? old
            var label = named.map { $0.name.text(in: language) ?? $0.originalName } ?? ""
            if let fact = difference.fact, let dimension = codebook.dimension(fact.rawValue) {
                label += ": " + dimension.label.resolved(in: language)
            }
            var before = empty, after = empty
            switch difference.kind {
            case .addedInitiative:
                if let new { after = newerCells.valueCell(label, citation: new.defaultCitation) }
            case .removedInitiative:
                if let old { before = olderCells.valueCell(label, citation: old.defaultCitation) }
            case .changedValue, .newDisagreement, .resolvedDisagreement, .changedThemes:
                if let old, let new, let fact = difference.fact {
                    before = olderCells.cell(fact, of: old, in: older, codebook: codebook)
                    after = newerCells.cell(fact, of: new, in: newer, codebook: codebook)
                }
            case .newClaims:
                if let old, let new, let fact = difference.fact {
                    after = newClaimCells.cell(fact, of: FactComparison.withNewClaims(old, new, in: fact), in: newer,
                                               codebook: codebook)
                }
            case .newSource:
                if let key = difference.source,
                   let source = newer.sourcesByID(ofPlugin: key.pluginID)?[key.sourceID] {
                    label = source.title
                    after = newerCells.valueCell(source.title, citation: Citation(
                        pluginID: key.pluginID, sourceID: key.sourceID, location: source.location))
                }
            }
            label += label.isEmpty ? vocabulary.difference(difference.kind) : " — " + vocabulary.difference(difference.kind)
            rows.append((Self.rowID(of: difference), label, before, after))
        }
        // One list of footnotes for both states: a source and locator cited by both is one number.
        var numbers: [FootnoteKey: Int] = [:]
        var footnotes: [Footnote] = []
        func renumber(_ cell: TableCell, from list: [Footnote]) -> TableCell {
            var cell = cell
            for entry in cell.entries.indices {
                cell.entries[entry].footnotes = cell.entries[entry].footnotes.map { number in
                    let footnote = list[number - 1]
                    let key = FootnoteKey(footnote)
                    if let known = numbers[key] { return known }
                    footnotes.append(Footnote(number: footnotes.count + 1, source: footnote.source, locator: footnote.locator))
                    numbers[key] = footnotes.count
                    return footnotes.count
                }
            }
            return cell
        }
        let olderList = olderCells.footnotes.footnotes, newerList = newerCells.footnotes.footnotes
        let newClaimList = newClaimCells.footnotes.footnotes
        let tableRows = zip(rows, differences).map { row, difference in
            TableRow(id: row.id, label: row.label, cells: [
                renumber(row.before, from: olderList),
                renumber(row.after, from: difference.kind == .newClaims ? newClaimList : newerList),
            ])
        }
        return ComparisonTable(
            viewID: viewID, title: title, language: vocabulary.language, rowHeading: vocabulary.changeHeading,
            columnGroups: [ColumnGroup(jurisdiction: "", label: "", columns: [
                TableColumn(initiativeID: "before", heading: vocabulary.before, jurisdiction: ""),
                TableColumn(initiativeID: "after", heading: vocabulary.after, jurisdiction: ""),
            ])],
            rows: tableRows, footnotes: footnotes, legend: vocabulary.changesLegend(none: differences.isEmpty))
    }

    /// A row's id, for scripts: the kind, then what it is about, `changed-value/se-alpha/budget`,
    /// `added-initiative/se-gamma`, `new-source/sample/act`.
    static func rowID(of difference: CorpusDifference) -> String {
        var parts = [difference.kind.rawValue]
        if let id = difference.initiativeID { parts.append(id) }
        if let fact = difference.fact { parts.append(fact.rawValue) }
        if let source = difference.source { parts += [source.pluginID, source.sourceID] }
        return parts.joined(separator: "/")
    }

    /// What makes two footnotes of two states one: the same document (by what a reader sees of it) and locator.
    private struct FootnoteKey: Hashable {
        let id: String
        let title: String
        let publisher: String
        let published: PartialDate?
        let locator: String?

        init(_ footnote: Footnote) {
            id = footnote.source.id
            title = footnote.source.title
            publisher = footnote.source.publisher
            published = footnote.source.published
            locator = footnote.locator
        }
    }
}
