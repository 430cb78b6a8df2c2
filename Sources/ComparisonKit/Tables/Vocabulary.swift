/// The words a table needs in the reader's language: states, kinds, statuses, categories, units. The words are
/// data, in the language's file (`Sources/LanguageFiles/Languages/<code>.json`, see `LanguagePack`); this type names
/// them for the code that writes tables.
package struct Vocabulary: Sendable {
    /// The briefing languages of a configuration that names none (`languages:`): the languages whose texts
    /// `validate` asks the plugins for.
    package static let defaultBriefingLanguages: [LanguageCode] = ["en", "nb", "da"]

    /// The reader languages the tool ships words for: one per language file, English first.
    package static var supportedLanguages: [LanguageCode] { LanguagePacks.codes }

    /// The language's words and conventions.
    package let words: LanguagePack

    /// The language these words are in.
    package var language: LanguageCode { words.code }

    /// The vocabulary for a language; unsupported languages fall back to English.
    package init(_ language: LanguageCode) {
        words = LanguagePacks.pack(for: language)
    }

    /// "not recorded": the plugin has not filled this in.
    package var notRecorded: String { words[.notRecorded] }
    /// "not stated in the sources".
    package var notStated: String { words[.notStated] }
    /// "not applicable": the fact does not apply to the initiative.
    package var notApplicable: String { words[.notApplicable] }
    /// "sources disagree".
    package var sourcesDisagree: String { words[.sourcesDisagree] }
    /// "open" (an open end of a period).
    var openEnded: String { words[.openEnded] }
    /// "end not stated".
    var endNotStated: String { words[.endNotStated] }
    /// "start not stated".
    var startNotStated: String { words[.startNotStated] }
    /// The row heading of a dimension table.
    package var dimensionHeading: String { words[.dimensionHeading] }
    /// The label of an initiative's summary in a detail table.
    package var summary: String { words[.summary] }
    /// The role of an initiative's lead body in the participation matrix.
    package var leadBody: String { words[.leadBody] }
    /// The row heading of the participation matrix.
    package var categoryHeading: String { words[.categoryHeading] }
    /// The row of organisations whose category is not recorded.
    package var categoryNotRecorded: String {
        words[.categoryNotRecorded]
    }
    /// The row heading of the theme matrix.
    package var themeHeading: String { words[.themeHeading] }
    /// "by" before a deadline.
    var deadlinePrefix: String { words[.deadlinePrefix] }
    /// "target".
    package var target: String { words[.target] }
    /// "since".
    package var since: String { words[.since] }
    /// "amount not stated".
    var amountNotStated: String { words[.amountNotStated] }

    /// A budget's price basis in words: "current prices", "constant 2018 prices", "price basis not stated".
    package func priceBasis(_ basis: PriceBasis) -> String {
        switch basis {
        case .current:
            return words[.currentPrices]
        case .constant(let year):
            return words.format(.constantPrices, String(year))
        case .notStated:
            return words[.priceBasisNotStated]
        }
    }

    /// A stakeholder's stance in words: "supports", "supports, with demands", "mixed", "opposes".
    package func stance(_ stance: Stance) -> String {
        switch stance {
        case .supports: return words[.stanceSupports]
        case .supportsWithDemands: return words[.stanceSupportsWithDemands]
        case .mixed: return words[.stanceMixed]
        case .opposes: return words[.stanceOpposes]
        }
    }
    /// "members", before the member countries of a grouping.
    package var members: String { words[.members] }
    /// "asks for", before a stakeholder's demands.
    package var asksFor: String { words[.asksFor] }

    /// "accessed", before the date a source was read.
    package var accessed: String { words[.accessed] }
    /// "archived copy", before the address of a source's archived copy.
    package var archivedCopy: String { words[.archivedCopy] }

    /// "confidence: medium-high": how far a source is trusted, for a source list.
    package func confidence(_ level: SourceConfidence) -> String {
        let label = words[.confidence]
        let value = switch level {
        case .high: words[.confidenceHigh]
        case .mediumHigh: words[.confidenceMediumHigh]
        case .medium: words[.confidenceMedium]
        case .low: words[.confidenceLow]
        }
        return label + ": " + value
    }

    /// The title of a briefing.
    package var briefingTitle: String {
        words[.briefingTitle]
    }

    /// What a briefing compares: "6 initiatives from Norway, Denmark and the European Union", given the
    /// jurisdictions' names as they read in a sentence (``Codebook/jurisdictionNameInText(_:in:)``).
    /// With `asOf` (the date as the reader's language writes it), it ends "…, as of 31 December 2020".
    package func comparedSubtitle(initiatives: Int, jurisdictions names: [String], asOf: String? = nil) -> String {
        let list = names.count <= 1 ? names.joined()
            : names.dropLast().joined(separator: ", ") + " " + words[.and] + " " + (names.last ?? "")
        return words.plural(.initiativesFrom, count: initiatives, list) + (asOf.map { ", " + self.asOf($0) } ?? "")
    }

    /// "as of 31 December 2020", "per 31. desember 2020", "pr. 31. december 2020", given the date as the
    /// reader's language writes it (``ValueFormatter/date(_:)``): what a briefing built with `--as-of` says in its
    /// title block and under each table.
    package func asOf(_ date: String) -> String {
        words.format(.asOf, date)
    }

    /// What a cell says in a table of the state on a date when no source said anything of it by then: "no source
    /// as of 31 December 2020", given the date as the reader's language writes it.
    package func noSourceYet(_ date: String) -> String {
        words.format(.noSourceYet, date)
    }

    /// What a difference between two states is called in a table of changes.
    package func difference(_ kind: DifferenceKind) -> String {
        switch kind {
        case .addedInitiative: return words[.differenceAddedInitiative]
        case .removedInitiative: return words[.differenceRemovedInitiative]
        case .changedValue: return words[.differenceChangedValue]
        case .newClaims: return words[.differenceNewClaims]
        case .newDisagreement: return words[.differenceNewDisagreement]
        case .resolvedDisagreement:
            return words[.differenceResolvedDisagreement]
        case .newSource: return words[.differenceNewSource]
        case .changedThemes: return words[.differenceChangedThemes]
        }
    }

    /// The title of a table of changes between two dates, given them as the reader's language writes them.
    package func changes(from: String, to: String) -> String {
        words.format(.changesFromTo, from, to)
    }

    /// The title of a table of changes between an earlier edition of a project and this one.
    package var changesSinceEarlierEdition: String {
        words[.changesSinceEarlierEdition]
    }

    /// The heading of a table of changes' row labels, and of its two columns.
    package var changeHeading: String { words[.changeHeading] }
    /// The column of the older state.
    package var before: String { words[.before] }
    /// The column of the newer state.
    package var after: String { words[.after] }

    /// The legend under a table of changes; `none` when it has no rows.
    package func changesLegend(none: Bool) -> String {
        none ? words[.changesLegendNone]
            : words[.changesLegend]
    }

    /// The heading of an indicator view's row labels.
    package var indicatorHeading: String { words[.indicatorHeading] }

    /// The mark after the label of an indicator row whose latest values measure different years.
    package var yearsDiffer: String { words[.yearsDiffer] }

    /// What a value without the year it measures says in its place.
    package var yearNotStated: String { words[.yearNotStated] }

    /// The word before a rounded value: "about 850 000".
    package var about: String { words[.about] }

    /// The mark after the heading of an initiative that had not started on a briefing's as-of date.
    package var notYetStarted: String { words[.notYetStarted] }

    /// The name of a month (1–12) as written in running text: "March", "mars", "marts".
    package func month(_ number: Int) -> String {
        words.months[max(1, min(12, number)) - 1]
    }

    /// The legend under a table, saying what history mode it shows.
    package func legend(history: HistoryMode) -> String {
        switch history {
        case .latest:
            return words[.legendLatest]
        case .all:
            return words[.legendAll]
        }
    }

    /// The marker after text shown in another language than the reader's: "‹da›".
    package func languageMarker(_ language: LanguageCode) -> String { "‹" + language + "›" }

    /// Text followed by the marker of the language it is shown in, when that is not the reader's.
    package func marked(_ resolved: (text: String, shownIn: LanguageCode?)) -> String {
        guard let shownIn = resolved.shownIn else { return resolved.text }
        return resolved.text + " " + languageMarker(shownIn)
    }

    /// A language's name in words, for the legend: "Danish", "dansk"; the code itself for a language without one.
    package func languageName(_ code: LanguageCode) -> String {
        words.languageNames[code] ?? code
    }

    /// The legend's sentence on the language markers of a table: "‹da› Danish, ‹en› English: text the plugin gives
    /// only in another language than this briefing's."
    package func languageLegend(_ languages: [LanguageCode]) -> String {
        let list = languages.map { languageMarker($0) + " " + languageName($0) }.joined(separator: ", ")
        return words.format(.languageLegend, list)
    }

    /// An initiative kind in words.
    package func kind(_ kind: InitiativeKind) -> String {
        switch kind {
        case .forum: return words[.kindForum]
        case .strategy: return words[.kindStrategy]
        case .partnership: return words[.kindPartnership]
        case .programme: return words[.kindProgramme]
        case .declaration: return words[.kindDeclaration]
        case .agency: return words[.kindAgency]
        case .initiative: return words[.kindInitiative]
        }
    }

    /// An initiative status in words.
    package func status(_ status: InitiativeStatus) -> String {
        switch status {
        case .underConsideration: return words[.statusUnderConsideration]
        case .planned: return words[.statusPlanned]
        case .active: return words[.statusActive]
        case .concluded: return words[.statusConcluded]
        case .superseded: return words[.statusSuperseded]
        }
    }

    /// A claim status in words.
    package func claimStatus(_ status: ClaimStatus) -> String {
        switch status {
        case .stated: return words[.claimStated]
        case .proposed: return words[.claimProposed]
        case .adopted: return words[.claimAdopted]
        case .amended: return words[.claimAmended]
        case .estimated: return words[.claimEstimated]
        }
    }

    /// A theme strength in words.
    package func strength(_ strength: ThemeStrength) -> String {
        switch strength {
        case .primary: return words[.strengthPrimary]
        case .secondary: return words[.strengthSecondary]
        }
    }

    /// An organisation category in words.
    package func category(_ category: OrganisationCategory) -> String {
        switch category {
        case .government: return words[.categoryGovernment]
        case .ministry: return words[.categoryMinistry]
        case .agency: return words[.categoryAgency]
        case .businessAssociation: return words[.categoryBusinessAssociation]
        case .business: return words[.categoryBusiness]
        case .employersOrganisation:
            return words[.categoryEmployersOrganisation]
        case .tradeUnion: return words[.categoryTradeUnion]
        case .socialPartners: return words[.categorySocialPartners]
        case .municipalSector: return words[.categoryMunicipalSector]
        case .regionalSector: return words[.categoryRegionalSector]
        case .academia: return words[.categoryAcademia]
        case .euInstitution: return words[.categoryEUInstitution]
        case .country: return words[.categoryCountry]
        case .civilSociety: return words[.categoryCivilSociety]
        case .person: return words[.categoryPerson]
        case .other: return words[.categoryOther]
        }
    }
}
