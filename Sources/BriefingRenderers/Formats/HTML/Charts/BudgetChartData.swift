import ComparisonKit
import Foundation

/// The figures of one budget breakdown, ready to draw: one initiative's components, each with an amount per
/// stage of the budget (proposed, adopted, amended, …), all in one currency, on one price basis, and converted to
/// one scale.
///
/// Figures on different price bases are never put in one chart: bars on one axis invite a reader to compare them,
/// and EUR 9.2 billion in current prices beside EUR 8.2 billion in 2018 prices would read as a cut. So the stages
/// of a breakdown are split into **comparison groups**, each drawn as a chart of its own with its basis in the
/// title: all stages in current prices together, all stages in the constant prices of one year together, and each
/// stage whose basis is not stated (or not recorded) alone, since nothing says it compares with any other figure.
///
/// Amounts are computed as `Decimal` (2.7 billion and 2 226.914 million are compared exactly); only the drawing
/// converts them to `Double`, for pixel positions.
struct BudgetChartData: Sendable {
    /// One stage of the budget: a standing and the date it applies from.
    struct Series: Sendable, Hashable {
        /// The standing (proposed, adopted, amended, …).
        var status: ClaimStatus
        /// The date the figures apply from.
        var asOf: PartialDate?
    }

    /// One component and its amounts, in `scale` units, by series (nil where a stage gives no figure for it).
    struct Component: Sendable {
        /// The component's id.
        var id: String
        /// The component's title in the reader's language.
        var title: String
        /// The amount per series, in the chart's scale.
        var amounts: [Decimal?]
    }

    /// The initiative's name.
    var initiative: String
    /// The currency, when stated.
    var currency: String?
    /// The price basis every figure of the chart is on; nil when the plugin records none.
    var basis: PriceBasis?
    /// The scale the chart shows amounts in: the smallest scale any figure is given in.
    var scale: AmountScale
    /// The stages, in order of first appearance (oldest first in a history table).
    var series: [Series]
    /// The components, in order of first appearance.
    var components: [Component]

    /// What decides which figures may share a chart: the currency, and either a known price basis (every stage on it
    /// shares the chart) or, for a basis not stated or not recorded, the one stage itself.
    private struct ComparisonGroup: Hashable {
        var currency: String?
        var basis: PriceBasis?
        /// The stage, for figures whose basis is not known to be shared: they are drawn alone.
        var stage: Series?

        init(_ line: MoneyValue) {
            currency = line.currency
            basis = line.basis
            switch line.basis {
            case .current?, .constant?: stage = nil
            case .notStated?, nil: stage = Series(status: line.status, asOf: line.asOf)
            }
        }
    }

    /// Every breakdown in the table: one per initiative (a column of a comparison table, or the whole of a
    /// budget-breakdown table) and comparison group (currency and price basis), in column order and then in the order the groups' first figures appear (oldest first in a history table).
    static func all(in table: ComparisonTable) -> [BudgetChartData] {
        var reading = Reading(table)
        return reading.charts()
    }

    /// Reads a table's breakdown lines into charts in one pass over its cells: each cell is read once, and each
    /// line finds its group, stage and component by hashing, so the work grows with the cells and lines, not with
    /// their product (the charts of 3 000 initiatives once took close to a minute).
    struct Reading {
        /// The table.
        let table: ComparisonTable
        /// How many cells have been read (for tests: one per row and column).
        private(set) var cellsRead = 0

        /// Reads `table`.
        init(_ table: ComparisonTable) {
            self.table = table
        }

        /// The charts, as `BudgetChartData.all(in:)` gives them.
        mutating func charts() -> [BudgetChartData] {
            let columns = table.columnGroups.flatMap(\.columns)
            // Whose breakdown each column holds: in a comparison table each initiative's column is its own; in a
            // budget-breakdown table every column is one figure of the one initiative, so they make one breakdown and
            // the chart draws exactly the numbers the table shows.
            let names: [String]
            let subjectOfColumn: [Int]
            switch table.kind {
            case .comparison:
                names = columns.map(\.heading)
                subjectOfColumn = Array(columns.indices)
            case .budgetBreakdown(_, let initiativeName):
                names = columns.isEmpty ? [] : [initiativeName]
                subjectOfColumn = columns.map { _ in 0 }
            }
            // Each breakdown's lines, row by row; a missing cell holds none and extra cells are left out, as
            // `TableLayout.cells` lays a row out.
            var lines = [[MoneyValue]](repeating: [], count: names.count)
            for row in table.rows {
                for (columnIndex, cell) in row.cells.prefix(columns.count).enumerated() {
                    cellsRead += 1
                    for entry in cell.entries {
                        if case .money(let money)? = entry.data, money.componentID != nil {
                            lines[subjectOfColumn[columnIndex]].append(money)
                        }
                    }
                }
            }
            var charts: [BudgetChartData] = []
            for (name, lines) in zip(names, lines) {
                var groups: [ComparisonGroup] = []
                var linesOfGroup: [[MoneyValue]] = []
                var groupIndex: [ComparisonGroup: Int] = [:]
                for line in lines {
                    let group = ComparisonGroup(line)
                    if let index = groupIndex[group] {
                        linesOfGroup[index].append(line)
                    } else {
                        groupIndex[group] = groups.count
                        groups.append(group)
                        linesOfGroup.append([line])
                    }
                }
                for (group, lines) in zip(groups, linesOfGroup) {
                    charts.append(BudgetChartData(initiative: name, currency: group.currency,
                                                  basis: group.basis, lines: lines))
                }
            }
            return charts
        }
    }

    /// Builds the chart's figures from breakdown lines of one currency and one comparison group.
    init(initiative: String, currency: String?, basis: PriceBasis? = nil, lines: [MoneyValue]) {
        self.initiative = initiative
        self.currency = currency
        self.basis = basis
        let scales = AmountScale.allCases
        scale = lines.map(\.scale).min { (scales.firstIndex(of: $0) ?? 0) < (scales.firstIndex(of: $1) ?? 0) } ?? .one
        series = []
        components = []
        var seriesIndex: [Series: Int] = [:]
        for line in lines {
            let key = Series(status: line.status, asOf: line.asOf)
            if seriesIndex[key] == nil {
                seriesIndex[key] = series.count
                series.append(key)
            }
        }
        var componentIndex: [String: Int] = [:]
        for line in lines {
            guard let id = line.componentID else { continue }
            let position = seriesIndex[Series(status: line.status, asOf: line.asOf)] ?? 0
            let amount = line.amount * (line.scale.multiplier / scale.multiplier)
            if let index = componentIndex[id] {
                if components[index].amounts[position] == nil { components[index].amounts[position] = amount }
            } else {
                var amounts = [Decimal?](repeating: nil, count: series.count)
                amounts[position] = amount
                componentIndex[id] = components.count
                components.append(Component(id: id, title: line.componentTitle ?? id, amounts: amounts))
            }
        }
    }

    /// The largest amount (at least zero).
    var maximum: Decimal {
        components.flatMap(\.amounts).compactMap { $0 }.reduce(Decimal(0)) { max($0, $1) }
    }

    /// Round axis ticks from 0 past the largest amount: a step of 1, 2, 2.5 or 5 times a power of ten, at most
    /// about six steps.
    var ticks: [Decimal] {
        let top = maximum
        guard top > 0 else { return [0, 1] }
        var power = Decimal(1)
        while power * 10 <= top { power *= 10 }
        while power > top { power /= 10 }
        let candidates: [Decimal] = [power / 10, power / 5, power / 4, power / 2, power, power * 2,
                                     power * 5 / 2, power * 5, power * 10]
        let step = candidates.first { candidate in candidate > 0 && top / candidate <= 6 } ?? power * 10
        var values: [Decimal] = [0]
        while let last = values.last, last < top { values.append(last + step) }
        return values
    }

    /// A decimal as a `Double`, for drawing only.
    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
