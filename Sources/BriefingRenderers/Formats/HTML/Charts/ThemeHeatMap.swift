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
    /// Narrow columns with their headings set upright, so that a chart of a dozen initiatives is about as wide as a
    /// printed page or a phone held sideways (720 px) and its text keeps its size: at 124 px a column with the
    /// headings across, eleven initiatives made a chart 1 602 px wide, printed at 3.7 pt.
    private let columnWidth = 42.0
    /// How long an upright heading's lines may be, and how many it may have (three fit across a column).
    private let headingLength = 165.0
    private let headingLines = 3
    private let headingLineHeight = 12.5
    private let rowHeight = 24.0
    /// The height of one row of group labels (a group's name may need a row of its own when its columns are few).
    private let groupRowHeight = 16.0
    private let legendHeight = 40.0
    /// How much wider than `SVGWriter.estimatedWidth` (an estimate for regular text) the bold jurisdiction names are.
    static let boldWidening = 1.2

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
        let gridWidth = Double(columns.count) * columnWidth
        // The legend below the grid: colour, symbol and word; the chart is as wide as the wider of the two.
        let items: [(ThemeStrength?, String)] = [(.primary, vocabulary.strength(.primary)),
                                                  (.secondary, vocabulary.strength(.secondary)),
                                                  (nil, BriefingPhrases.noCoverage(in: language))]
        let legendWidth = items.map { Self.legendAdvance($0.1) }.reduce(0, +) - 28
        let width = labelWidth + max(gridWidth, legendWidth) + 8

        // The jurisdictions' names over their columns, each on the first row where it does not run into the name
        // before it, then the initiatives' names set upright, reading upwards.
        let groups = groupLabels(width: width)
        let groupsHeight = Double((groups.map(\.row).max() ?? 0) + 1) * groupRowHeight + 6
        let headings = columns.map { SVGWriter.wrap($0.1.heading, width: headingLength, fontSize: 11, maxLines: headingLines) }
        let longest = headings.joined().map { SVGWriter.estimatedWidth($0, fontSize: 11) }.max() ?? 0
        // The estimate is of average text; a line of lowercase letters is up to a seventh longer.
        let top = groupsHeight + min(headingLength, longest) * 8 / 7 + 10
        let height = top + Double(table.rows.count) * rowHeight + legendHeight
        var body: [String] = []
        for group in groups {
            body.append(SVGWriter.text([group.text], x: group.x, y: Double(group.row) * groupRowHeight + 12,
                                       lineHeight: 13, attributes: "class=\"group-label\" text-anchor=\"middle\"",
                                       tooltip: group.tooltip))
            body.append(SVGWriter.line(x1: group.start + 3, y1: groupsHeight - 3, x2: group.end - 3, y2: groupsHeight - 3,
                                       attributes: "class=\"rule\""))
        }
        for (index, ((_, column), lines)) in zip(columns, headings).enumerated() {
            // Rotated a quarter turn back, the lines of a heading stack from left to right across their column.
            let x = labelWidth + (Double(index) + 0.5) * columnWidth - Double(lines.count - 1) * headingLineHeight / 2 + 4
            body.append(SVGWriter.text(lines, x: 0, y: 0, lineHeight: headingLineHeight,
                                       attributes: "class=\"col-label\" transform=\"translate(\(SVGWriter.number(x)) "
                                           + "\(SVGWriter.number(top - 6))) rotate(-90)\"",
                                       tooltip: column.heading))
        }

        // One row per theme.
        for (rowIndex, row) in table.rows.enumerated() {
            let y = top + Double(rowIndex) * rowHeight
            let lines = SVGWriter.wrap(row.label, width: labelWidth - 12, fontSize: 12, maxLines: 2)
            let textY = lines.count > 1 ? y + rowHeight / 2 - 3 : y + rowHeight / 2 + 4
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
                    body.append(SVGWriter.text([Self.symbol(strength)], x: cellX + columnWidth / 2, y: y + rowHeight / 2 + 5,
                                               lineHeight: 14, attributes: "class=\"symbol \(Self.cssClass(strength))-mark\" text-anchor=\"middle\""))
                }
                body.append("</g>")
            }
        }

        // The legend: colour, symbol and word.
        let legendY = top + Double(table.rows.count) * rowHeight + 14
        var legendX = labelWidth
        for (strength, word) in items {
            body.append(SVGWriter.rect(x: legendX, y: legendY, width: 26, height: 18,
                                       attributes: "class=\"\(Self.cssClass(strength))\""))
            if let strength {
                body.append(SVGWriter.text([Self.symbol(strength)], x: legendX + 13, y: legendY + 14, lineHeight: 14,
                                           attributes: "class=\"symbol \(Self.cssClass(strength))-mark\" text-anchor=\"middle\""))
            }
            body.append(SVGWriter.text([word], x: legendX + 32, y: legendY + 14, lineHeight: 14, attributes: "class=\"legend-text\""))
            legendX += Self.legendAdvance(word)
        }

        let caption = BriefingPhrases.themeChartCaption(in: language)
        let title = BriefingPhrases.themeChartTitle(in: language)
        return HTMLChart(svg: SVGWriter.svg(id: id, width: width, height: height, title: title,
                                            description: caption, body: body),
                         title: title, caption: caption)
    }

    /// Where each jurisdiction's name goes: centred over its columns (moved in where it would run past the chart's
    /// edges), on the first row where it keeps clear of the name before it.
    private func groupLabels(width: Double) -> [(text: String, tooltip: String, x: Double, row: Int, start: Double, end: Double)] {
        var placed: [(text: String, tooltip: String, x: Double, row: Int, start: Double, end: Double)] = []
        var rowEnds: [Double] = []
        var start = labelWidth
        for group in table.columnGroups where !group.columns.isEmpty {
            let end = start + Double(group.columns.count) * columnWidth
            let text = SVGWriter.wrap(group.label, width: (width - 16) / Self.boldWidening, fontSize: 12, maxLines: 1).first ?? ""
            let half = SVGWriter.estimatedWidth(text, fontSize: 12) * Self.boldWidening / 2
            let x = min(max((start + end) / 2, 8 + half), width - 8 - half)
            let row = rowEnds.firstIndex { $0 + 8 <= x - half } ?? rowEnds.count
            if row == rowEnds.count { rowEnds.append(0) }
            rowEnds[row] = x + half
            placed.append((text, group.label, x, row, start, end))
            start = end
        }
        return placed
    }

    /// How far a legend item reaches, with the space before the next: its swatch, its word and a gap.
    private static func legendAdvance(_ word: String) -> Double {
        32 + SVGWriter.estimatedWidth(word, fontSize: 12) + 28
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
