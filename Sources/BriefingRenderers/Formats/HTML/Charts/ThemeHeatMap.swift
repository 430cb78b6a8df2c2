import ComparisonKit

/// The theme-coverage matrix as a heat map: themes as rows, initiatives as columns, each cell coloured by how
/// strongly the initiative covers the theme and marked with a symbol as well (● primary, ○ secondary), so the
/// chart reads without colour. Drawn from the cells' `CellData.themeStrength`.
struct ThemeHeatMap: Sendable {
    /// The table the chart is drawn from.
    let table: ComparisonTable
    /// The id prefix of the chart's elements, unique in the document.
    let id: String

    private let labelWidth = 230.0
    private let columnWidth = 124.0
    private let rowHeight = 30.0
    private let groupHeight = 36.0
    private let legendHeight = 40.0

    /// The strength of each cell, by row then column; nil where the initiative does not cover the theme.
    var strengths: [[ThemeStrength?]] {
        let columnCount = table.columns.count
        return table.rows.map { row in
            TableLayout.cells(of: row, columnCount: columnCount).map { cell in
                cell.entries.lazy.compactMap { entry -> ThemeStrength? in
                    if case .themeStrength(let strength)? = entry.data { return strength }
                    return nil
                }.first
            }
        }
    }

    /// The chart, or nil when the table holds no theme strengths.
    func chart() -> HTMLChart? {
        let grid = strengths
        guard grid.joined().contains(where: { $0 != nil }) else { return nil }
        let language = table.language
        let vocabulary = Vocabulary(language)
        let columns = table.columnGroups.flatMap { group in group.columns.map { (group, $0) } }
        let headings = columns.map { SVGWriter.wrap($0.1.heading, width: columnWidth - 8, fontSize: 11, maxLines: 5) }
        let headingHeight = Double(headings.map(\.count).max() ?? 1) * 12.5 + 8
        let top = groupHeight + headingHeight
        let width = labelWidth + Double(columns.count) * columnWidth + 8
        let height = top + Double(table.rows.count) * rowHeight + legendHeight
        var body: [String] = []

        // Jurisdiction groups over their columns, then the initiatives' names.
        var x = labelWidth
        for group in table.columnGroups where !group.columns.isEmpty {
            let span = Double(group.columns.count) * columnWidth
            let lines = SVGWriter.wrap(group.label, width: span - 8, fontSize: 12, maxLines: 2)
            body.append(SVGWriter.text(lines, x: x + span / 2, y: lines.count > 1 ? 13 : 27, lineHeight: 13,
                                       attributes: "class=\"group-label\" text-anchor=\"middle\"", tooltip: group.label))
            body.append(SVGWriter.line(x1: x + 4, y1: groupHeight - 3, x2: x + span - 4, y2: groupHeight - 3,
                                       attributes: "class=\"rule\""))
            x += span
        }
        for (index, ((_, column), lines)) in zip(columns, headings).enumerated() {
            let cx = labelWidth + (Double(index) + 0.5) * columnWidth
            body.append(SVGWriter.text(lines, x: cx, y: groupHeight + 12, lineHeight: 12.5,
                                       attributes: "class=\"col-label\" text-anchor=\"middle\"", tooltip: column.heading))
        }

        // One row per theme.
        for (rowIndex, row) in table.rows.enumerated() {
            let y = top + Double(rowIndex) * rowHeight
            let lines = SVGWriter.wrap(row.label, width: labelWidth - 12, fontSize: 12, maxLines: 2)
            let textY = lines.count > 1 ? y + 12 : y + 19
            body.append(SVGWriter.text(lines, x: labelWidth - 8, y: textY, lineHeight: 13,
                                       attributes: "class=\"row-label\" text-anchor=\"end\"", tooltip: row.label))
            for (columnIndex, (_, column)) in columns.enumerated() {
                let strength = rowIndex < grid.count && columnIndex < grid[rowIndex].count ? grid[rowIndex][columnIndex] : nil
                let cellX = labelWidth + Double(columnIndex) * columnWidth
                let word = strength.map(vocabulary.strength) ?? BriefingPhrases.noCoverage(in: language)
                body.append("<g><title>" + HTMLEscaping.line(row.label + " — " + column.heading + ": " + word) + "</title>")
                body.append(SVGWriter.rect(x: cellX + 2, y: y + 2, width: columnWidth - 4, height: rowHeight - 4,
                                           attributes: "class=\"\(Self.cssClass(strength))\""))
                if let strength {
                    body.append(SVGWriter.text([Self.symbol(strength)], x: cellX + columnWidth / 2, y: y + 20,
                                               lineHeight: 14, attributes: "class=\"symbol \(Self.cssClass(strength))-mark\" text-anchor=\"middle\""))
                }
                body.append("</g>")
            }
        }

        // The legend: colour, symbol and word.
        let legendY = top + Double(table.rows.count) * rowHeight + 14
        var legendX = labelWidth
        let items: [(ThemeStrength?, String)] = [(.primary, vocabulary.strength(.primary)),
                                                  (.secondary, vocabulary.strength(.secondary)),
                                                  (nil, BriefingPhrases.noCoverage(in: language))]
        for (strength, word) in items {
            body.append(SVGWriter.rect(x: legendX, y: legendY, width: 26, height: 18,
                                       attributes: "class=\"\(Self.cssClass(strength))\""))
            if let strength {
                body.append(SVGWriter.text([Self.symbol(strength)], x: legendX + 13, y: legendY + 14, lineHeight: 14,
                                           attributes: "class=\"symbol \(Self.cssClass(strength))-mark\" text-anchor=\"middle\""))
            }
            body.append(SVGWriter.text([word], x: legendX + 32, y: legendY + 14, lineHeight: 14, attributes: "class=\"legend-text\""))
            legendX += 32 + SVGWriter.estimatedWidth(word, fontSize: 12) + 28
        }

        let caption = BriefingPhrases.themeChartCaption(in: language)
        let title = BriefingPhrases.themeChartTitle(in: language)
        return HTMLChart(svg: SVGWriter.svg(id: id, width: width, height: height, title: title,
                                            description: caption, body: body),
                         title: title, caption: caption)
    }

    /// The symbol that repeats a strength's colour: ● primary, ○ secondary.
    static func symbol(_ strength: ThemeStrength) -> String {
        strength == .primary ? "●" : "○"
    }

    /// The CSS class of a cell's fill.
    static func cssClass(_ strength: ThemeStrength?) -> String {
        switch strength {
        case .primary?: return "heat-primary"
        case .secondary?: return "heat-secondary"
        case nil: return "heat-none"
        }
    }
}
