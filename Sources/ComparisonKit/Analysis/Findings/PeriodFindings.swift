/// The period rules: when the selected initiatives run together, and when their periods end. Only stated periods
/// count: a period whose end the sources do not state is listed as unknown, never assumed to go on.
extension FindingsState {
    mutating func periodFindings(_ initiatives: [Initiative]) {
        var spans: [(first: Int, last: Int?, name: String, basis: FindingBasis)] = []  // last nil: open end
        var ends: [(year: Int, date: PartialDate, name: String, basis: FindingBasis)] = []
        var open: [(name: String, basis: FindingBasis)] = []
        var unknownEnd: [(name: String, basis: FindingBasis)] = []
        for initiative in initiatives where initiative.period.isRecorded
            && EvidenceState(initiative.period) != .notApplicable {
            let (cell, basis) = self.basis(.period, of: initiative)
            let name = builder.name(initiative)
            guard cell.state == .known, let period = initiative.period.latestValue else {
                if cell.state != .notApplicable { unknownEnd.append((name, basis)) }
                continue
            }
            switch period.end {
            case .date(let end):
                ends.append((end.year, end, name, basis))
                if let start = period.start { spans.append((start.year, end.year, name, basis)) }
            case .open:
                open.append((name, basis))
                if let start = period.start { spans.append((start.year, nil, name, basis)) }
            case .unstated:
                unknownEnd.append((name, basis))
            }
        }
        overlapFinding(spans)
        if !ends.isEmpty {
            // By end date, then in corpus order: one entry per year, "2025: A, B".
            let sorted = ends.enumerated().sorted { lhs, rhs in
                lhs.element.date != rhs.element.date ? lhs.element.date < rhs.element.date : lhs.offset < rhs.offset
            }.map(\.element)
            var entries: [String] = []
            var index = 0
            while index < sorted.count {
                let year = sorted[index].year
                var names: [String] = []
                while index < sorted.count, sorted[index].year == year {
                    names.append(sorted[index].name)
                    index += 1
                }
                entries.append("\(year): " + phrases.list(names))
            }
            add(.periodEnds, phrases.periodEnds(entries), sorted.map(\.basis))
        }
        if !open.isEmpty { add(.periodEnds, phrases.openEnded(open.map(\.name)), open.map(\.basis)) }
        if !unknownEnd.isEmpty { add(.gap, topic: KnownDimension.period.rawValue, phrases.endUnknown(unknownEnd.map(\.name)), unknownEnd.map(\.basis)) }
    }

    /// The years all stated periods share, or else the years the most of them run at once, found by one sweep over
    /// the sorted starts and ends.
    private mutating func overlapFinding(_ spans: [(first: Int, last: Int?, name: String, basis: FindingBasis)]) {
        guard spans.count >= 2 else { return }
        let latestStart = spans.map(\.first).max()!
        let earliestEnd = spans.compactMap(\.last).min()
        if earliestEnd.map({ latestStart <= $0 }) ?? true {
            let span = earliestEnd.map { $0 == latestStart ? "\(latestStart)" : "\(latestStart)–\($0)" } ?? "\(latestStart)–"
            add(.overlap, phrases.allRunTogether(spans.count, span: span), spans.map(\.basis))
            return
        }
        // +1 where a period starts, −1 the year after it ends; the running count peaks in the busiest years.
        var events: [(year: Int, change: Int)] = []
        for span in spans {
            events.append((span.first, 1))
            if let last = span.last { events.append((last + 1, -1)) }
        }
        events.sort { $0.year != $1.year ? $0.year < $1.year : $0.change < $1.change }
        var running = 0, best = 0, bestYear = 0
        for event in events {
            running += event.change
            if running > best { best = running; bestYear = event.year }
        }
        let members = spans.filter { $0.first <= bestYear && ($0.last ?? Int.max) >= bestYear }
        let bestLast = members.compactMap(\.last).min() ?? bestYear
        let nextStart = spans.map(\.first).filter { $0 > bestYear }.min().map { $0 - 1 } ?? bestLast
        let last = min(bestLast, nextStart)
        let span = last > bestYear ? "\(bestYear)–\(last)" : "\(bestYear)"
        add(.overlap, phrases.mostRunTogether(members.map(\.name), span: span, of: spans.count), members.map(\.basis))
    }
}
