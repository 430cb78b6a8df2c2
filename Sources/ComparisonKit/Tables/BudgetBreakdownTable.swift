import Foundation

/// The budget breakdown of one initiative as a table of its own: its components as rows and, last, the total; each
/// dated figure of its budget (proposed, adopted, amended, …) as a column whose heading names its standing, date,
/// unit and price basis, so that every cell is a bare number cited to its figure's source.
///
/// A breakdown written into one cell of a comparison table reads as a list of sixteen entries in mixed units; here a
/// reader follows one component across the figures along its row.
extension TableBuilder {
    /// The id of the last row, the figures' totals.
    static let breakdownTotalRowID = "total"

    /// The breakdown table of the initiative `initiativeID` under the view's title; with the `latest` history only
    /// the newest figure is a column, with `all` every dated figure, oldest first. An unknown initiative (which
    /// validation reports) gives a table without columns.
    func breakdownTable(for view: ViewDefinition, initiativeID: String) -> ComparisonTable {
        let history = view.history ?? self.history
        let formatter = ValueFormatter(language: language)
        let vocabulary = formatter.vocabulary
        let words = BreakdownPhrases(words: vocabulary.words)
        var cells = CellBuilder(formatter: formatter, history: history, showsNotes: false,
                                footnotes: FootnoteCollector(corpus: corpus, exchangeRates: codebook.exchangeRates),
                                notRecordedText: corpus.asOf.map { vocabulary.noSourceYet(formatter.date($0)) }
                                    ?? vocabulary.notRecorded)
        guard let initiative = corpus.initiative(initiativeID) else {
            return ComparisonTable(viewID: view.id, title: view.title.resolved(in: language),
                                   language: vocabulary.language, rowHeading: words.componentHeading,
                                   columnGroups: [], rows: [], footnotes: [], legend: words.legend,
                                   kind: .budgetBreakdown(initiativeID: initiativeID, initiativeName: initiativeID))
        }
        let name = initiative.name.text(in: language) ?? initiative.originalName
        let claims = (history == .all ? initiative.budget.history : initiative.budget.current)
            .filter { $0.value != nil }

        // The rows: the initiative's components that some figure splits into, in the initiative's order, then any line
        // naming no declared component (validation reports those), then the total.
        let used = Set(claims.flatMap { $0.value?.breakdown.map(\.componentID) ?? [] })
        var rowComponents: [(id: String, label: String, title: LocalizedText)] = initiative.components
            .filter { used.contains($0.id) }
            .map { component in
                let title = component.title.resolved(in: language, original: initiative.originalLanguage).text
                let label = component.label?.resolved(in: language, original: initiative.originalLanguage).text
                return (component.id, label.map { "\($0): \(title)" } ?? title, component.title)
            }
        var listed = Set(rowComponents.map(\.id))
        for claim in claims {
            for line in claim.value?.breakdown ?? [] where listed.insert(line.componentID).inserted {
                rowComponents.append((line.componentID, line.componentID, LocalizedText(universal: line.componentID)))
            }
        }

        var rows: [TableRow] = []
        for component in rowComponents {
            let row = claims.map { claim in
                Self.breakdownCell(component: component.id, title: component.title, of: claim, &cells)
            }
            rows.append(TableRow(id: component.id, label: component.label, cells: row))
        }
        if claims.isEmpty {
            // No figure at all: one column with what the overview's budget cell says (not stated, not applicable, …).
            rows.append(TableRow(id: Self.breakdownTotalRowID, label: words.total,
                                 cells: [cells.cell(for: initiative.budget, original: initiative.originalLanguage,
                                                    format: { formatter.budget($0, original: initiative.originalLanguage) })]))
        } else {
            rows.append(TableRow(id: Self.breakdownTotalRowID, label: words.total,
                                 cells: claims.map { Self.totalCell(of: $0, &cells) }))
        }

        let columns = claims.isEmpty
            ? [TableColumn(initiativeID: initiative.id, heading: name, jurisdiction: initiative.jurisdiction)]
            : claims.map { claim in
                TableColumn(initiativeID: initiative.id, heading: Self.heading(of: claim, name: name, cells),
                            jurisdiction: initiative.jurisdiction)
            }
        return ComparisonTable(
            viewID: view.id, title: view.title.resolved(in: language), language: vocabulary.language,
            rowHeading: words.componentHeading,
            columnGroups: [ColumnGroup(jurisdiction: initiative.jurisdiction,
                                       label: codebook.jurisdictionName(initiative.jurisdiction, in: language),
                                       columns: columns)],
            rows: rows, footnotes: cells.footnotes.finished().footnotes, legend: words.legend,
            kind: .budgetBreakdown(initiativeID: initiative.id, initiativeName: name))
    }

    /// A figure's column heading: its standing and date, then its unit and price basis, "Adopted, 29 April 2021 (EUR
    /// million, current prices)"; a plain undated figure is headed by its unit and basis alone, "SEK million", and
    /// one without those by the initiative's name.
    private static func heading(of claim: Claim<Budget>, name: String, _ cells: CellBuilder) -> String {
        var standing = cells.qualifier(for: claim) ?? ""
        if let first = standing.first { standing = first.uppercased() + standing.dropFirst() }
        var details: [String] = []
        if let budget = claim.value {
            let unit = cells.formatter.money("", scale: budget.scale, currency: budget.currency)
                .trimmingCharacters(in: .whitespaces)
            details = [unit, budget.basis.map(cells.vocabulary.priceBasis) ?? ""].filter { !$0.isEmpty }
        }
        switch (standing.isEmpty, details.isEmpty) {
        case (true, true): return name
        case (true, false): return details.joined(separator: ", ")
        case (false, true): return standing
        case (false, false): return standing + " (" + details.joined(separator: ", ") + ")"
        }
    }

    /// One component's amount in one figure: the bare number in the column's unit, with the line's own name when
    /// the figure's source names the component differently; "not stated" when the figure is split but gives this
    /// component no line, and "not recorded" when the plugin records no split of the figure at all.
    private static func breakdownCell(component id: String, title: LocalizedText, of claim: Claim<Budget>,
                                      _ cells: inout CellBuilder) -> TableCell {
        guard let budget = claim.value, !budget.breakdown.isEmpty else { return cells.notRecordedCell() }
        let numbers = cells.footnotes.numbers(for: claim.citation)
        guard let line = budget.breakdown.first(where: { $0.componentID == id }) else {
            return TableCell(state: .unknown, entries: [CellEntry(text: cells.vocabulary.notStated, footnotes: numbers)])
        }
        let language = cells.vocabulary.language
        let value = MoneyValue(amount: line.amount, scale: budget.scale, currency: budget.currency,
                               status: claim.status, asOf: claim.asOf, componentID: id,
                               componentTitle: title.resolved(in: language), basis: budget.basis)
        return TableCell(state: .known, entries: [
            CellEntry(text: cells.formatter.number(line.amount),
                      qualifier: line.name.flatMap { Self.sameName($0, title) ? nil : $0.resolved(in: language) },
                      footnotes: numbers, data: .money(value)),
        ])
    }

    /// The figure's total: the bare number of an exact amount, a range as "low–high", an order of magnitude in words;
    /// with what the money is for when it is not the initiative's own budget.
    private static func totalCell(of claim: Claim<Budget>, _ cells: inout CellBuilder) -> TableCell {
        guard let budget = claim.value else { return cells.notRecordedCell() }
        let numbers = cells.footnotes.numbers(for: claim.citation)
        let formatter = cells.formatter
        let purpose = budget.purpose?.resolved(in: cells.vocabulary.language)
        switch budget.amount {
        case .exact(let amount):
            let value = MoneyValue(amount: amount, scale: budget.scale, currency: budget.currency,
                                   status: claim.status, asOf: claim.asOf, basis: budget.basis)
            return TableCell(state: .known, entries: [
                CellEntry(text: formatter.number(amount), qualifier: purpose, footnotes: numbers, data: .money(value)),
            ])
        case .range(let low, let high):
            return TableCell(state: .known, entries: [
                CellEntry(text: formatter.number(low) + "–" + formatter.number(high), qualifier: purpose,
                          footnotes: numbers, data: budget.basis.map(CellData.budgetBasis)),
            ])
        case .magnitude:
            return TableCell(state: .known, entries: [
                CellEntry(text: formatter.budget(budget), footnotes: numbers, data: budget.basis.map(CellData.budgetBasis)),
            ])
        }
    }

    /// Whether a line's own name is only the component's title written differently ("High Performance Computing"
    /// for "High-performance computing") in some language of the title (a name written without a language counts
    /// in every language): then the row label says it already.
    private static func sameName(_ name: LocalizedText, _ title: LocalizedText) -> Bool {
        func normalised(_ text: String) -> String { text.lowercased().replacingOccurrences(of: "-", with: " ") }
        return title.languages.contains { language in
            guard let other = title.text(in: language) else { return false }
            return normalised(name.resolved(in: language)) == normalised(other)
        }
    }
}
