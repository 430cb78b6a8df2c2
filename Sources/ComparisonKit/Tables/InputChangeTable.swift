/// The table of the project's files that changed since an earlier run (``InputFileChange``): one row per file, its
/// path as the label and what happened to it in the one column.
package enum InputChangeTable {
    /// The table of `changes`, in `language`, for a run described as `run` (such as its manifest's path).
    package static func table(_ changes: [InputFileChange], run: String, language: LanguageCode) -> ComparisonTable {
        let vocabulary = Vocabulary(language)
        let rows = changes.map { change in
            TableRow(id: "\(change.kind.rawValue)-file/\(change.path)", label: change.path, cells: [
                TableCell(state: .known, entries: [CellEntry(text: vocabulary.fileChange(change.kind), footnotes: [])]),
            ])
        }
        return ComparisonTable(
            viewID: "changed-files", title: vocabulary.filesChangedSinceRun(run), language: vocabulary.language,
            rowHeading: vocabulary.fileHeading,
            columnGroups: [ColumnGroup(jurisdiction: "", label: "", columns: [
                TableColumn(initiativeID: "change", heading: vocabulary.changeHeading, jurisdiction: ""),
            ])],
            rows: rows, footnotes: [], legend: vocabulary.filesChangedLegend(none: changes.isEmpty))
    }
}
