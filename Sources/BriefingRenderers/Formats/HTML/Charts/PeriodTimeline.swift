import ComparisonKit

/// The initiatives' periods on one time axis: one lane per initiative, a bar from start to end, an arrow for an
/// open end, a fading dashed bar with "?" for an end (or start) the sources do not state, and a tick per year.
/// Drawn from the cells' `CellData.period` in the first row that has any.
struct PeriodTimeline: Sendable {
    /// One initiative's lane.
    struct Lane: Sendable {
        /// `Jurisdiction: Initiative`.
        var label: String
        /// The period as the table writes it.
        var text: String
        /// The period.
        var period: Period
    }

    /// The table the chart is drawn from.
    let table: ComparisonTable
    /// The id prefix of the chart's elements, unique in the document.
    let id: String

    private let width = 960.0
    private let labelWidth = 300.0
    private let arrowSpace = 40.0
    private let axisHeight = 30.0
    private let fadeSteps = [0.75, 0.55, 0.35, 0.18]

    /// The lanes: for each column, the last period in the first row that holds periods.
    var lanes: [Lane] {
        let columns = table.columnGroups.flatMap { group in group.columns.map { (group, $0) } }
        for row in table.rows {
            var lanes: [Lane] = []
            for (cell, (group, column)) in zip(TableLayout.cells(of: row, columnCount: columns.count), columns) {
                let periods = cell.entries.compactMap { entry -> (String, Period)? in
                    if case .period(let period)? = entry.data { return (entry.text, period) }
                    return nil
                }
                if let (text, period) = periods.last {
                    lanes.append(Lane(label: TableLayout.heading(of: column, in: group), text: text, period: period))
                }
            }
            if !lanes.isEmpty { return lanes }
        }
        return []
    }

    /// The first moment a date can mean, as a fractional year.
    static func start(_ date: PartialDate) -> Double {
        let (year, month, day) = date.earliestPossible
        return Double(year) + Double(month - 1) / 12 + Double(day - 1) / 372
    }

    /// The last moment a date can mean (the end of its last day), as a fractional year.
    static func end(_ date: PartialDate) -> Double {
        let (year, month, day) = date.latestPossible
        return Double(year) + Double(month - 1) / 12 + Double(day) / 372
    }

    /// The years the axis spans: from the earliest year to past the latest end, with room for open ends;
    /// `(0, 0)` when no period has a date.
    static func axis(_ lanes: [Lane]) -> (first: Int, last: Int) {
        var low = Int.max
        var high = Int.min
        for lane in lanes {
            if let start = lane.period.start {
                low = min(low, start.year)
                high = max(high, start.year + 2)
            }
            if case .date(let end) = lane.period.end {
                low = min(low, end.year - (lane.period.start == nil ? 2 : 0))
                high = max(high, Int(PeriodTimeline.end(end).rounded(.up)))
            }
        }
        guard low <= high else { return (0, 0) }
        return (low, max(high, low + 1))
    }

    /// The chart, or nil when no cell holds a period with a date.
    func chart() -> HTMLChart? {
        let lanes = self.lanes
        let (first, last) = Self.axis(lanes)
        guard !lanes.isEmpty, first < last else { return nil }
        let plotX = labelWidth + 10
        let plotWidth = width - plotX - arrowSpace
        let span = Double(last - first)
        func xPosition(_ year: Double) -> Double { plotX + (year - Double(first)) / span * plotWidth }
        let yearWidth = plotWidth / span

        var body: [String] = []
        var y = axisHeight
        let heights = lanes.map { lane in
            Double(SVGWriter.wrap(lane.label, width: labelWidth - 10, fontSize: 12, maxLines: 2).count + 1) * 13 + 12
        }
        let plotBottom = axisHeight + heights.reduce(0, +)
        // Year labels above the plot, boundaries as grid lines.
        let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000]
            .first { span / Double($0) <= 16 } ?? 10000
        for year in stride(from: first, through: last, by: step) {
            let x = xPosition(Double(year))
            body.append(SVGWriter.line(x1: x, y1: axisHeight - 6, x2: x, y2: plotBottom, attributes: "class=\"grid\""))
            if year + step <= last {
                body.append(SVGWriter.text([String(year)], x: x + yearWidth * Double(step) / 2, y: axisHeight - 10,
                                           lineHeight: 12, attributes: "class=\"tick-label\" text-anchor=\"middle\""))
            }
        }
        for (index, lane) in lanes.enumerated() {
            let height = heights[index]
            if index % 2 == 0 {
                body.append(SVGWriter.rect(x: 0, y: y, width: width, height: height, attributes: "class=\"lane\""))
            }
            let lines = SVGWriter.wrap(lane.label, width: labelWidth - 10, fontSize: 12, maxLines: 2)
            body.append(SVGWriter.text(lines, x: 6, y: y + 16, lineHeight: 13, attributes: "class=\"row-label\"",
                                       tooltip: lane.label))
            body.append(SVGWriter.text([lane.text], x: 6, y: y + 16 + Double(lines.count) * 13, lineHeight: 13,
                                       attributes: "class=\"period-text\""))
            body.append("<g><title>" + HTMLEscaping.line(lane.label + ": " + lane.text) + "</title>")
            body += bar(lane.period, middle: y + height / 2, position: xPosition, yearWidth: yearWidth,
                        plotEnd: plotX + plotWidth)
            body.append("</g>")
            y += height
        }
        body.append(SVGWriter.line(x1: plotX, y1: axisHeight, x2: plotX + plotWidth, y2: axisHeight, attributes: "class=\"axis\""))

        let language = table.language
        let caption = BriefingPhrases.timelineCaption(in: language)
        let title = BriefingPhrases.timelineTitle(in: language)
        let description = caption + " " + lanes.map { $0.label + ": " + $0.text }.joined(separator: "; ") + "."
        return HTMLChart(svg: SVGWriter.svg(id: id, width: width, height: plotBottom + 8, title: title,
                                            description: description, body: body),
                         title: title, caption: caption)
    }

    /// The shapes of one period around the lane's middle line.
    private func bar(_ period: Period, middle: Double, position: (Double) -> Double, yearWidth: Double,
                     plotEnd: Double) -> [String] {
        let height = 14.0
        let top = middle - height / 2
        var shapes: [String] = []
        let fade = min(yearWidth, 60)
        switch (period.start, period.end) {
        case (let start?, .date(let end)):
            let x = position(Self.start(start))
            shapes.append(SVGWriter.rect(x: x, y: top, width: max(2, position(Self.end(end)) - x), height: height,
                                         attributes: "class=\"period\""))
        case (let start?, .open):
            let x = position(Self.start(start))
            shapes.append(SVGWriter.rect(x: x, y: top, width: plotEnd - x, height: height, attributes: "class=\"period\""))
            shapes.append(SVGWriter.polygon([(plotEnd, top - 5), (plotEnd + 16, middle), (plotEnd, top + height + 5)],
                                            attributes: "class=\"period\""))
        case (let start?, .unstated):
            let x = position(Self.start(start))
            let solid = min(yearWidth * 0.75, 45)
            shapes.append(SVGWriter.rect(x: x, y: top, width: solid, height: height, attributes: "class=\"period\""))
            shapes += fading(from: x + solid, width: fade, top: top, height: height, rising: false)
            shapes.append(SVGWriter.text(["?"], x: x + solid + fade + 5, y: middle + 5, lineHeight: 14,
                                         attributes: "class=\"unknown-mark\""))
        case (nil, .date(let end)):
            let x = position(Self.end(end))
            let solid = min(yearWidth * 0.75, 45)
            shapes.append(SVGWriter.rect(x: x - solid, y: top, width: solid, height: height, attributes: "class=\"period\""))
            shapes += fading(from: x - solid - fade, width: fade, top: top, height: height, rising: true)
            shapes.append(SVGWriter.text(["?"], x: x - solid - fade - 5, y: middle + 5, lineHeight: 14,
                                         attributes: "class=\"unknown-mark\" text-anchor=\"end\""))
        case (nil, _):
            break
        }
        return shapes
    }

    /// Segments of falling (or rising) opacity with a dashed outline: a bar whose end is not known.
    private func fading(from x: Double, width: Double, top: Double, height: Double, rising: Bool) -> [String] {
        let steps = rising ? Array(fadeSteps.reversed()) : fadeSteps
        let segment = width / Double(steps.count)
        var shapes = steps.enumerated().map { index, opacity in
            SVGWriter.rect(x: x + Double(index) * segment, y: top, width: segment, height: height,
                           attributes: "class=\"period\" fill-opacity=\"\(opacity)\"")
        }
        shapes.append(SVGWriter.rect(x: x, y: top, width: width, height: height, attributes: "class=\"period-unknown\""))
        return shapes
    }
}
