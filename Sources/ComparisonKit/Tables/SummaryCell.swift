/// Reads an initiative's summary into a cell.
extension CellBuilder {
    /// The summary in the reader's language, cited to its own citation or else the initiative's default one; "not
    /// recorded" when the initiative has none.
    mutating func summaryCell(of initiative: Initiative) -> TableCell {
        guard let summary = initiative.summary else { return notRecordedCell() }
        let shown = summary.resolved(in: vocabulary.language, original: initiative.originalLanguage)
        return valueCell(vocabulary.marked(shown), citation: initiative.summaryCitation ?? initiative.defaultCitation,
                         language: shown.shownIn)
    }
}
