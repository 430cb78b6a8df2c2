import ComparisonKit

/// A budget breakdown as grouped horizontal bars: one group per component, one bar per stage of the budget
/// (proposed, adopted, amended, …), each bar labelled with its amount, a legend of the stages and an axis in the
/// chart's unit. A proposed figure is drawn as an outlined light bar, final figures solid, so the stages differ by
/// more than colour. Every figure of a chart is on one price basis, which its title and caption name (see
/// `BudgetChartData`): figures on other bases get charts of their own.
struct BudgetBarChart: Sendable {
    /// The figures.
    let data: BudgetChartData
    /// The language of the words around the figures.
    let language: String
    /// The id prefix of the chart's elements, unique in the document.
    let id: String

    private let width = 960.0
    private let labelWidth = 270.0
    private let valueSpace = 96.0
    private let barHeight = 13.0
    private let barGap = 3.0
    private let groupGap = 14.0

    /// The axis unit in the reader's language: "EUR million", "mill. euro", "mio. euro".
    var unit: String {
        let text = ValueFormatter(language: language).money("", scale: data.scale, currency: data.currency)
        return text.trimmingWhitespace()
    }

    /// The label of one stage: "adopted, 29 April 2021".
    func label(of series: BudgetChartData.Series) -> String {
        let formatter = ValueFormatter(language: language)
        let status = formatter.vocabulary.claimStatus(series.status)
        return series.asOf.map { status + ", " + formatter.date($0) } ?? status
    }

    /// The CSS class of each stage's bars, in order; of the stages with one standing, every second gets a variant.
    /// Computed once per chart, counting the standings as it goes, rather than counting again for every bar.
    var cssClasses: [String] {
        var earlier: [ClaimStatus: Int] = [:]
        return data.series.map { series in
            let count = earlier[series.status, default: 0]
            earlier[series.status] = count + 1
            return "bar bar-\(series.status.rawValue)" + (count % 2 == 1 ? " bar-alt" : "")
        }
    }

    /// The chart, or nil when there are no figures.
    func chart() -> HTMLChart? {
        guard !data.components.isEmpty, !data.series.isEmpty else { return nil }
        let formatter = ValueFormatter(language: language)
        // The words every bar repeats, made once per chart.
        let labels = data.series.map(label(of:))
        let classes = cssClasses
        let unit = self.unit
        let ticks = data.ticks
        let axisMaximum = BudgetChartData.double(ticks.last ?? 1)
        let plotX = labelWidth + 10
        let plotWidth = width - plotX - valueSpace
        func xPosition(_ value: Double) -> Double { plotX + (axisMaximum > 0 ? value / axisMaximum * plotWidth : 0) }

        var body: [String] = []
        // Legend: one swatch and label per stage, wrapping onto a second line when needed.
        var legendX = plotX
        var legendY = 6.0
        for (index, text) in labels.enumerated() {
            let itemWidth = 22 + SVGWriter.estimatedWidth(text, fontSize: 12) + 24
            if legendX + itemWidth > width, legendX > plotX {
                legendX = plotX
                legendY += 20
            }
            body.append(SVGWriter.rect(x: legendX, y: legendY, width: 16, height: 12, attributes: "class=\"\(classes[index])\""))
            body.append(SVGWriter.text([text], x: legendX + 22, y: legendY + 11, lineHeight: 14, attributes: "class=\"legend-text\""))
            legendX += itemWidth
        }

        let top = legendY + 32
        let groupHeight = Double(data.series.count) * (barHeight + barGap) - barGap + groupGap
        let plotBottom = top + Double(data.components.count) * groupHeight - groupGap / 2
        // Grid lines behind the bars.
        for tick in ticks {
            let x = xPosition(BudgetChartData.double(tick))
            body.append(SVGWriter.line(x1: x, y1: top - 6, x2: x, y2: plotBottom, attributes: "class=\"grid\""))
        }
        for (componentIndex, component) in data.components.enumerated() {
            let groupTop = top + Double(componentIndex) * groupHeight
            let barsHeight = groupHeight - groupGap
            let lines = SVGWriter.wrap(component.title, width: labelWidth - 10, fontSize: 12, maxLines: 3)
            let textY = groupTop + barsHeight / 2 - Double(lines.count - 1) * 6.5 + 4
            body.append(SVGWriter.text(lines, x: labelWidth, y: textY, lineHeight: 13,
                                       attributes: "class=\"row-label\" text-anchor=\"end\"", tooltip: component.title))
            for (seriesIndex, amount) in component.amounts.enumerated() {
                guard let amount else { continue }
                let y = groupTop + Double(seriesIndex) * (barHeight + barGap)
                let end = xPosition(BudgetChartData.double(amount))
                let value = formatter.number(amount)
                let tooltip = component.title + " — " + labels[seriesIndex] + ": " + value + " " + unit
                body.append("<g><title>" + HTMLEscaping.line(tooltip) + "</title>")
                body.append(SVGWriter.rect(x: plotX, y: y, width: end - plotX, height: barHeight,
                                           attributes: "class=\"\(classes[seriesIndex])\""))
                body.append(SVGWriter.text([value], x: end + 4, y: y + barHeight - 2.5, lineHeight: 12,
                                           attributes: "class=\"value-label\""))
                body.append("</g>")
            }
        }
        // The axis: a base line, tick labels and the unit.
        body.append(SVGWriter.line(x1: plotX, y1: top - 6, x2: plotX, y2: plotBottom, attributes: "class=\"axis\""))
        body.append(SVGWriter.line(x1: plotX, y1: plotBottom, x2: plotX + plotWidth, y2: plotBottom, attributes: "class=\"axis\""))
        for tick in ticks {
            let x = xPosition(BudgetChartData.double(tick))
            body.append(SVGWriter.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 4, attributes: "class=\"axis\""))
            body.append(SVGWriter.text([formatter.number(tick)], x: x, y: plotBottom + 17, lineHeight: 12,
                                       attributes: "class=\"tick-label\" text-anchor=\"middle\""))
        }
        body.append(SVGWriter.text([unit], x: plotX + plotWidth / 2, y: plotBottom + 36, lineHeight: 12,
                                   attributes: "class=\"axis-label\" text-anchor=\"middle\""))

        let caption = BriefingPhrases.budgetChartCaption(unit: unit, basis: data.basis, in: language)
        let figures = data.components.map { component in
            component.title + ": " + zip(labels, component.amounts).compactMap { label, amount in
                amount.map { label + ": " + formatter.number($0) }
            }.joined(separator: "; ")
        }
        let title = BriefingPhrases.budgetChartTitle(data.initiative, basis: data.basis, in: language)
        return HTMLChart(svg: SVGWriter.svg(id: id, width: width, height: plotBottom + 46, title: title,
                                            description: caption + " " + figures.joined(separator: ". ") + ".",
                                            body: body),
                         title: title, caption: caption)
    }
}
