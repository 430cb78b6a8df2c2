@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// The theme heat map keeps its text at the size it is set in: upright column headings make a chart of a dozen
/// initiatives about as wide as a printed page or a phone held sideways (so neither shrinks it), and nothing it draws
/// runs past its edges, however few its columns. Fictional values only.
@Suite struct ThemeHeatMapTests {
    /// A theme table with one column per name, grouped by the jurisdiction codes given, every theme covered somewhere.
    func table(columns names: [String], groups: [(code: String, label: String, count: Int)]) -> ComparisonTable {
        var next = 0
        let columnGroups = groups.map { group in
            let columns = (0..<group.count).map { _ in
                defer { next += 1 }
                return TableColumn(initiativeID: "i\(next)", heading: names[next], jurisdiction: group.code)
            }
            return ColumnGroup(jurisdiction: group.code, label: group.label, columns: columns)
        }
        let rows = (0..<14).map { row in
            TableRow(id: "t\(row)", label: "Example theme number \(row)", cells: (0..<names.count).map { column in
                let strength: ThemeStrength? = (row + column) % 3 == 0 ? .primary : (row + column) % 3 == 1 ? .secondary : nil
                return TableCell(state: .known, entries: strength.map {
                    [CellEntry(text: "coded", footnotes: [1], data: .themeStrength($0))]
                } ?? [])
            })
        }
        return ComparisonTable(viewID: "themes", title: "Themes", language: "en", rowHeading: "Theme",
                               columnGroups: columnGroups, rows: rows, footnotes: [], legend: "")
    }

    /// The `<svg>`'s width, and each text element's x, y, classes and first line.
    func drawing(_ table: ComparisonTable) throws -> (width: Double, texts: [(x: Double, y: Double, text: String, classes: String)]) {
        let svg = try #require(ThemeHeatMap(table: table, id: "c").chart()).svg
        let width = try #require(svg.firstMatch(of: /<svg [^>]*width="([0-9.]+)"/).flatMap { Double($0.1) })
        let texts = svg.matches(of: /<text x="([0-9.]+)" y="([0-9.]+)" class="([^"]+)"[^>]*>(?:<title>[^<]*<\/title>)?<tspan[^>]*>([^<]*)</)
            .map { (x: Double($0.1) ?? -1, y: Double($0.2) ?? -1, text: String($0.4), classes: String($0.3)) }
        return (width, texts)
    }

    @Test func aDozenInitiativesFitAPageAtFullSize() throws {
        let names = (1...12).map { "An example initiative with a long name, number \($0)" }
        let (width, _) = try drawing(table(columns: names, groups: [("AA", "Exampleland", 6), ("BB", "Otherland", 3),
                                                                    ("CC", "A union of examples", 1), ("DD", "A region", 2)]))
        // 760 px: the HTML's narrow-screen width, and about what 190 mm of a printed page holds at full size.
        #expect(width <= 760, "\(width)")
    }

    @Test(arguments: [1, 2, 5]) func nothingRunsPastTheEdges(columns: Int) throws {
        let names = (1...columns).map { "Initiative \($0)" }
        let groups = columns == 1 ? [("AA", "A union of many example countries", 1)]
            : [("AA", "A union of many example countries", columns - 1), ("BB", "Otherland", 1)]
        let (width, texts) = try drawing(table(columns: names, groups: groups))
        for text in texts where !text.classes.contains("row-label") {
            let extent = SVGWriter.estimatedWidth(text.text, fontSize: 12) * (text.classes.contains("group-label") ? ThemeHeatMap.boldWidening : 1)
            let (left, right) = text.classes.contains("legend-text") ? (text.x, text.x + extent)
                : text.classes.contains("group-label") ? (text.x - extent / 2, text.x + extent / 2) : (text.x, text.x)
            #expect(left >= 0 && right <= width, "\(text.text) at \(text.x) in \(width)")
        }
        // Every group is named, and names on one row keep clear of each other (bold, `boldWidening`).
        let labels = texts.filter { $0.classes.contains("group-label") }
        #expect(labels.count == groups.count)
        for (index, label) in labels.enumerated() {
            for other in labels[..<index] where other.y == label.y {
                let gap = abs(label.x - other.x)
                    - ThemeHeatMap.boldWidening * (SVGWriter.estimatedWidth(label.text, fontSize: 12) + SVGWriter.estimatedWidth(other.text, fontSize: 12)) / 2
                #expect(gap >= 0, "\(other.text) and \(label.text) overlap")
            }
        }
    }
}
