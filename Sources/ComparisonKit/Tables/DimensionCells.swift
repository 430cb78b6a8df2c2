/// Reads one dimension of one initiative into a cell.
extension CellBuilder {
    mutating func cell(_ dimension: KnownDimension, of initiative: Initiative, in corpus: Corpus,
                       codebook: Codebook) -> TableCell {
        let language = vocabulary.language
        let formatter = self.formatter
        let vocabulary = self.vocabulary
        let showsNotes = self.showsNotes
        let original = initiative.originalLanguage
        // Plugin text by the fallback rule (the reader's language, the original, English), marked where it is not
        // the reader's; `shownIn` is the language of the first such part of an entry.
        func say(_ text: LocalizedText) -> String { vocabulary.marked(text.resolved(in: language, original: original)) }
        func shownIn(_ texts: LocalizedText?...) -> LanguageCode? {
            texts.lazy.compactMap { $0?.resolved(in: language, original: original).shownIn }.first
        }
        switch dimension {
        case .jurisdiction:
            return valueCell(jurisdictionText(initiative.jurisdiction, codebook: codebook),
                             citation: initiative.defaultCitation)
        case .kind:
            return valueCell(vocabulary.kind(initiative.kind), citation: initiative.defaultCitation)
        case .name:
            return valueCell(initiative.originalName, citation: initiative.defaultCitation)
        case .period:
            return cell(for: initiative.period, original: original, format: formatter.period,
                        data: { claim in claim.value.map(CellData.period) })
        case .status:
            return cell(for: initiative.status, original: original, format: vocabulary.status)
        case .lead:
            return cell(for: initiative.lead, original: original, format: formatter.organisation)
        case .chair:
            return cell(for: initiative.chair, original: original) { $0 }
        case .memberCount:
            return cell(for: initiative.memberCount, original: original) { String($0) }
        case .meetings:
            return cell(for: initiative.meetings, original: original, format: say, language: { shownIn($0) })
        case .budget:
            if let basis = budgetBasis { return convertedBudgetCell(of: initiative, in: corpus, basis: basis) }
            return cell(for: initiative.budget, original: original, format: { formatter.budget($0, original: original) },
                        language: { shownIn($0.purpose) }, data: { claim in
                guard let budget = claim.value else { return nil }
                guard case .exact(let amount) = budget.amount else { return budget.basis.map(CellData.budgetBasis) }
                return .money(MoneyValue(amount: amount, scale: budget.scale, currency: budget.currency,
                                         status: claim.status, asOf: claim.asOf, basis: budget.basis))
            })
        case .budgetBreakdown:
            return breakdownCell(of: initiative, in: corpus)
        case .participants:
            return listCell(initiative.participants, citation: \.citation, format: { participant in
                var text = formatter.organisation(participant.organisation)
                if let role = participant.role { text += ": " + say(role) }
                if let since = participant.since { text += " (\(vocabulary.since) \(formatter.date(since)))" }
                if showsNotes, let note = participant.note { text += " (" + say(note) + ")" }
                return text
            }, language: { shownIn($0.role) }, data: { participant in
                let organisation = participant.organisation
                return .participant(ParticipantValue(
                    name: organisation.name, englishName: organisation.englishName, category: organisation.category,
                    role: participant.role?.resolved(in: language, original: original).text, since: participant.since))
            })
        case .components:
            return listCell(initiative.components, citation: \.citation, format: { component in
                var text = say(component.title)
                if let label = component.label { text = say(label) + ": " + text }
                if let description = component.description { text += " — " + say(description) }
                return text
            }, language: { shownIn($0.label, $0.title, $0.description) }, data: { component in
                .component(ComponentValue(id: component.id, label: component.label?.resolved(in: language, original: original).text,
                                          title: component.title.resolved(in: language, original: original).text,
                                          description: component.description?.resolved(in: language, original: original).text))
            })
        case .goals:
            return listCell(initiative.goals, citation: \.citation, format: { goal in
                var text = say(goal.text)
                var details: [String] = []
                if let target = goal.target { details.append("\(vocabulary.target): " + say(target)) }
                if let deadline = goal.deadline { details.append("\(vocabulary.deadlinePrefix) \(formatter.date(deadline))") }
                if showsNotes, let note = goal.note { details.append(say(note)) }
                if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
                return text
            }, language: { shownIn($0.text) }, data: { goal in
                .goal(GoalValue(text: goal.text.resolved(in: language, original: original).text, target: goal.target?.resolved(in: language, original: original).text,
                                deadline: goal.deadline))
            })
        case .positions:
            return listCell(initiative.positions, citation: \.citation, format: { position in
                var text = formatter.organisation(position.organisation) + ": " + vocabulary.stance(position.stance)
                if let date = position.date { text += " (\(formatter.date(date)))" }
                if !position.demands.isEmpty {
                    text += "; " + vocabulary.asksFor + " "
                        + position.demands.map(say).joined(separator: "; ")
                }
                if showsNotes, let note = position.note { text += " (" + say(note) + ")" }
                return text
            }, language: { position in position.demands.lazy.compactMap { shownIn($0) }.first })
        case .themes:
            return themesCell(of: initiative, codebook: codebook)
        case .related:
            let related = initiative.related.map { id in
                (id, corpus.initiative(id).map { $0.name.text(in: language) ?? $0.originalName } ?? id)
            }
            return listCell(related, citation: { _ in initiative.defaultCitation }) { $0.1 }
        }
    }

    /// The split of the budget across components; with a budget basis, each line converted as its budget is.
    private mutating func breakdownCell(of initiative: Initiative, in corpus: Corpus) -> TableCell {
        guard initiative.budget.isRecorded else { return notRecordedCell() }
        let claims = (history == .all ? initiative.budget.history : initiative.budget.current)
        let components = ComponentLookup(initiative.components)
        var entries: [CellEntry] = []
        var notApplicableEntries = 0
        for claim in claims {
            if claim.isNotApplicable {
                // A budget that does not apply has no split either: say so, never "not stated".
                entries.append(CellEntry(text: vocabulary.notApplicable, qualifier: qualifier(for: claim),
                                         footnotes: footnotes.numbers(for: claim.citation)))
                notApplicableEntries += 1
                continue
            }
            guard let budget = claim.value, !budget.breakdown.isEmpty else { continue }
            let numbers = footnotes.numbers(for: claim.citation)
            let qualifier = qualifier(for: claim)
            for line in budget.breakdown {
                let component = components.component(line.componentID)
                let original = initiative.originalLanguage
                let shownTitle = component.map { $0.title.resolved(in: vocabulary.language, original: original) }
                let title = shownTitle?.text ?? line.componentID
                // The claim's own name for the line where its source gives one; the component's title otherwise.
                let shownName = line.name.map { $0.resolved(in: vocabulary.language, original: original) } ?? shownTitle
                let name = shownName.map(vocabulary.marked) ?? title
                let value = MoneyValue(amount: line.amount, scale: budget.scale, currency: budget.currency,
                                       status: claim.status, asOf: claim.asOf, componentID: line.componentID,
                                       componentTitle: title, basis: budget.basis)
                var text = "\(name): \(formatter.budgetLine(line.amount, of: budget))"
                var lineNumbers = numbers
                if let basis = budgetBasis {
                    var lineBudget = budget
                    lineBudget.amount = .exact(line.amount)
                    lineBudget.breakdown = []
                    lineBudget.purpose = nil
                    switch conversion(of: lineBudget, year: BudgetConversion.year(of: claim, in: corpus),
                                      period: initiative.period.latestValue, basis: basis) {
                    case .converted(let converted, let rateFootnotes):
                        text = "\(name): \(converted)"
                        lineNumbers += rateFootnotes.filter { !numbers.contains($0) }
                    case .gap(let reason):
                        text += " (" + reason + ")"
                    }
                }
                entries.append(CellEntry(text: text, qualifier: qualifier, footnotes: lineNumbers, data: .money(value),
                                         language: shownName?.shownIn))
            }
        }
        guard !entries.isEmpty else {
            return TableCell(state: .unknown, entries: [CellEntry(text: vocabulary.notStated, footnotes: [])])
        }
        return TableCell(state: notApplicableEntries == entries.count ? .notApplicable : .known, entries: entries)
    }

    /// A jurisdiction with its id, `Norway (NO)`; a grouping with its members too,
    /// `Nordic-Baltic region (NORDIC-BALTIC; members: NO, SE, …)`.
    private func jurisdictionText(_ id: String, codebook: Codebook) -> String {
        let name = codebook.jurisdictionName(id, in: vocabulary.language)
        guard let members = codebook.jurisdiction(id)?.members, !members.isEmpty else { return "\(name) (\(id))" }
        return "\(name) (\(id); \(vocabulary.members): \(members.joined(separator: ", ")))"
    }

    private mutating func themesCell(of initiative: Initiative, codebook: Codebook) -> TableCell {
        let coverage = ThemeCoverage(of: initiative)
        guard !coverage.themes.isEmpty else { return notRecordedCell() }
        let entries = coverage.themes.map { theme -> CellEntry in
            let label = codebook.theme(theme.id)?.label.resolved(in: vocabulary.language) ?? theme.id
            return CellEntry(text: label, qualifier: vocabulary.strength(theme.strength),
                             footnotes: footnotes.numbers(for: theme.citations))
        }
        return TableCell(state: .known, entries: entries)
    }
}
