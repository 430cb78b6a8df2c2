/// The theme rules: themes every selected initiative is coded as covering, themes only one is, and what one group is
/// coded as covering that the other is not.
extension FindingsState {
    /// An initiative with the ids of the themes it is coded as covering, its own and its components'.
    struct Coded {
        let initiative: Initiative
        let ids: Set<String>
        /// Its coverage, with strengths and citations: built only for the initiatives a finding cites, since most
        /// are only counted (building every coverage was a quarter of a briefing's key findings, callgrind 2026-12-08).
        var coverage: ThemeCoverage { ThemeCoverage(of: initiative) }
    }

    func coded(_ initiatives: [Initiative]) -> (coded: [Coded], uncoded: [Initiative]) {
        var coded: [Coded] = []
        var uncoded: [Initiative] = []
        for initiative in initiatives {
            var ids: Set<String> = []
            initiative.forEachThemeReference { ids.insert($0.themeID) }
            if ids.isEmpty {
                uncoded.append(initiative)
            } else {
                coded.append(Coded(initiative: initiative, ids: ids))
            }
        }
        return (coded, uncoded)
    }

    mutating func themeFindings(_ initiatives: [Initiative]) {
        let (coded, uncoded) = coded(initiatives)
        if !uncoded.isEmpty {
            add(.gap, topic: KnownDimension.themes.rawValue, phrases.uncoded(uncoded.map(builder.name)), uncoded.map { initiative in
                FindingBasis(initiativeID: initiative.id, initiativeName: builder.name(initiative), rowID: "themes",
                             rowLabel: builder.dimensionLabel(.themes), value: cells.vocabulary.notRecorded, footnotes: [])
            })
        }
        guard coded.count >= 2 else { return }
        var counts: [String: Int] = [:]
        for entry in coded { for id in entry.ids { counts[id, default: 0] += 1 } }
        let themeOrder = builder.codebook.themes.map(\.id)

        let shared = themeOrder.filter { counts[$0] == coded.count }
        if shared.isEmpty {
            add(.sharedThemes, phrases.noSharedTheme(count: coded.count), [])
        } else {
            var basis: [FindingBasis] = []
            let coverages = coded.map(\.coverage)
            for id in shared {
                for (entry, coverage) in zip(coded, coverages) {
                    if let theme = coverage.themes.first(where: { $0.id == id }) {
                        basis.append(self.basis(theme, of: entry.initiative))
                    }
                }
            }
            add(.sharedThemes, phrases.sharedThemes(shared.map(builder.themeLabel), count: coded.count), basis)
        }

        let single = Set(themeOrder.filter { counts[$0] == 1 })
        guard !single.isEmpty else { return }
        for entry in coded {
            let own = themeOrder.filter { single.contains($0) && entry.ids.contains($0) }
            guard !own.isEmpty else { continue }
            let basis = entry.coverage.themes.filter { single.contains($0.id) }.map { self.basis($0, of: entry.initiative) }
            add(.singleThemes, phrases.singleThemes(builder.name(entry.initiative), themes: own.map(builder.themeLabel)),
                basis)
        }
    }

    /// What each group is coded as covering that the other is not, both ways.
    mutating func groupDifference(_ first: FindingsBuilder.Group, _ second: FindingsBuilder.Group) {
        let (codedFirst, uncodedFirst) = coded(first.initiatives)
        let (codedSecond, uncodedSecond) = coded(second.initiatives)
        let themeOrder = builder.codebook.themes.map(\.id)
        let describeFirst = phrases.group(first.initiatives.map(builder.name), conditions: first.conditions)
        let describeSecond = phrases.group(second.initiatives.map(builder.name), conditions: second.conditions)
        for (covered, other, describeCovered, describeOther) in [
            (codedFirst, codedSecond, describeFirst, describeSecond),
            (codedSecond, codedFirst, describeSecond, describeFirst),
        ] {
            let otherIDs = other.reduce(into: Set<String>()) { $0.formUnion($1.ids) }
            let coveredIDs = covered.reduce(into: Set<String>()) { $0.formUnion($1.ids) }
            let only = themeOrder.filter { coveredIDs.contains($0) && !otherIDs.contains($0) }
            guard !only.isEmpty else {
                add(.groupDifference, phrases.groupNoDifference(covered: describeCovered, notCovered: describeOther), [])
                continue
            }
            let onlySet = Set(only)
            var basis: [FindingBasis] = []
            for entry in covered where !entry.ids.isDisjoint(with: onlySet) {
                for theme in entry.coverage.themes where onlySet.contains(theme.id) {
                    basis.append(self.basis(theme, of: entry.initiative))
                }
            }
            add(.groupDifference, phrases.groupDifference(only.map(builder.themeLabel), covered: describeCovered,
                                                          notCovered: describeOther), basis)
        }
        let uncoded = uncodedFirst + uncodedSecond
        if !uncoded.isEmpty {
            add(.gap, topic: KnownDimension.themes.rawValue, phrases.uncoded(uncoded.map(builder.name)), [])
        }
    }
}
