/// A phrase the tool writes, by its stable key: the name of the entry under `phrases` in every language file
/// (`Sources/LanguageFiles/Languages/<code>.json`). The English file is the reference for the words and for each
/// phrase's placeholders (`{name}`, whose order in the English text is the order of the arguments
/// `LanguagePack.format` takes) and plural forms; `LanguagePack` checks every other file against it when it loads, and
/// the language-file tests check every shipped file. Each case's comment is its English text.
package enum Phrase: Int, CaseIterable, Sendable {
    /// "not recorded"
    case notRecorded
    /// "not stated in the sources"
    case notStated
    /// "not applicable"
    case notApplicable
    /// "sources disagree"
    case sourcesDisagree
    /// "open"
    case openEnded
    /// "end not stated"
    case endNotStated
    /// "start not stated"
    case startNotStated
    /// "Dimension"
    case dimensionHeading
    /// "Summary"
    case summary
    /// "lead body"
    case leadBody
    /// "Category"
    case categoryHeading
    /// "category not recorded"
    case categoryNotRecorded
    /// "Theme"
    case themeHeading
    /// "by"
    case deadlinePrefix
    /// "target"
    case target
    /// "since"
    case since
    /// "amount not stated"
    case amountNotStated
    /// "current prices"
    case currentPrices
    /// "constant {year} prices"
    case constantPrices
    /// "price basis not stated"
    case priceBasisNotStated
    /// "supports"
    case stanceSupports
    /// "supports, with demands"
    case stanceSupportsWithDemands
    /// "mixed"
    case stanceMixed
    /// "opposes"
    case stanceOpposes
    /// "members"
    case members
    /// "asks for"
    case asksFor
    /// "accessed"
    case accessed
    /// "archived copy"
    case archivedCopy
    /// "confidence"
    case confidence
    /// "high"
    case confidenceHigh
    /// "medium-high"
    case confidenceMediumHigh
    /// "medium"
    case confidenceMedium
    /// "low"
    case confidenceLow
    /// "Digitalisation initiatives compared"
    case briefingTitle
    /// "and"
    case and
    /// "initiative added"
    case differenceAddedInitiative
    /// "initiative removed"
    case differenceRemovedInitiative
    /// "latest value changed"
    case differenceChangedValue
    /// "new claims in its history"
    case differenceNewClaims
    /// "sources now disagree"
    case differenceNewDisagreement
    /// "sources no longer disagree"
    case differenceResolvedDisagreement
    /// "new source"
    case differenceNewSource
    /// "theme coverage changed"
    case differenceChangedThemes
    /// "Changes from {from} to {to}"
    case changesFromTo
    /// "Changes since the earlier edition"
    case changesSinceEarlierEdition
    /// "Change"
    case changeHeading
    /// "Before"
    case before
    /// "After"
    case after
    /// "No differences between the two states."
    case changesLegendNone
    /// "One row per difference, with the older and the newer state; numbers in brackets cite the sources below."
    case changesLegend
    /// "Indicator"
    case indicatorHeading
    /// "years differ"
    case yearsDiffer
    /// "year not stated"
    case yearNotStated
    /// "about"
    case about
    /// "not yet started"
    case notYetStarted
    /// "Latest value of each fact; numbers in brackets cite the sources below."
    case legendLatest
    /// "Every dated value of each fact, oldest first; numbers in brackets cite the sources below."
    case legendAll
    /// "forum"
    case kindForum
    /// "strategy"
    case kindStrategy
    /// "partnership"
    case kindPartnership
    /// "programme"
    case kindProgramme
    /// "declaration"
    case kindDeclaration
    /// "agency"
    case kindAgency
    /// "initiative"
    case kindInitiative
    /// "under consideration"
    case statusUnderConsideration
    /// "planned"
    case statusPlanned
    /// "active"
    case statusActive
    /// "concluded"
    case statusConcluded
    /// "superseded"
    case statusSuperseded
    /// "stated"
    case claimStated
    /// "proposed"
    case claimProposed
    /// "adopted"
    case claimAdopted
    /// "amended"
    case claimAmended
    /// "estimated"
    case claimEstimated
    /// "primary"
    case strengthPrimary
    /// "secondary"
    case strengthSecondary
    /// "government"
    case categoryGovernment
    /// "ministry"
    case categoryMinistry
    /// "agency"
    case categoryAgency
    /// "business association"
    case categoryBusinessAssociation
    /// "business"
    case categoryBusiness
    /// "employers' organisation"
    case categoryEmployersOrganisation
    /// "trade union"
    case categoryTradeUnion
    /// "social partners"
    case categorySocialPartners
    /// "municipal sector"
    case categoryMunicipalSector
    /// "regional sector"
    case categoryRegionalSector
    /// "academia"
    case categoryAcademia
    /// "EU institution"
    case categoryEUInstitution
    /// "country"
    case categoryCountry
    /// "civil society"
    case categoryCivilSociety
    /// "person"
    case categoryPerson
    /// "other"
    case categoryOther
    /// "from"
    case convertedFrom
    /// "same currency, no rate needed"
    case sameCurrency
    /// "not converted"
    case notConverted
    /// "per year not possible"
    case perYearNotPossible
    /// "no amount is stated"
    case gapNoAmount
    /// "only an order of magnitude is stated, never a number"
    case gapMagnitudeOnly
    /// "the currency is not stated"
    case gapCurrencyNotStated
    /// "neither the claim's date nor its source's gives a year for the rate"
    case gapYearNotKnown
    /// " and "
    case andSeparator
    /// "the period is not known"
    case periodNotKnown
    /// "the period's start is not stated"
    case periodStartNotStated
    /// "the period is open-ended"
    case periodOpenEnded
    /// "the period's end is not stated"
    case periodEndNotStated
    /// "the period ends before it starts"
    case periodEndsBeforeItStarts
    /// "Files changed since the run of {run}"
    case filesChangedSinceRun
    /// "Changes in facts since that run"
    case changesSinceRun
    /// "File"
    case fileHeading
    /// "changed"
    case fileChanged
    /// "added"
    case fileAdded
    /// "removed"
    case fileRemoved
    /// "No plugin, codebook or configuration file changed since that run."
    case filesChangedLegendNone
    /// "Paths are relative to the project; the changes in facts follow."
    case filesChangedLegend
    /// "Component"
    case componentHeading
    /// "Total"
    case total
    /// "Each column is one dated figure, in the unit and on the price basis its heading names; numbers in bra…"
    case breakdownLegend
    /// "{number} more"
    case more
    /// "Findings"
    case findingsTitle
    /// "Key findings"
    case keyFindingsTitle
    /// "Rests on"
    case restsOn
    /// "all initiatives"
    case allInitiatives
    /// "Selected: {conditions} ({initiatives}){date}."
    case selected
    /// "Compared with: {conditions} ({initiatives})."
    case comparedWith
    /// "Computed from the cited cells of the tables; numbers in brackets cite the sources below. Theme covera…"
    case findingsLegend
    /// "Where a finding counts more initiatives than it names, it cites the cells of those it names (or of the first…"
    case keyBasisNamedOnly
    /// "All {count} selected initiatives are coded as covering {themes}."
    case sharedThemes
    /// "No theme is coded as covered by all {count} selected initiatives."
    case noSharedTheme
    /// "No theme coding is recorded for {names}, so they are left out of theme comparisons."
    case uncoded
    /// "Only {name} is coded as covering {themes}."
    case singleThemes
    /// "{covered} is coded as covering {themes}; {notCovered} is coded as covering none of them."
    case groupDifference
    /// "{covered} is coded as covering no theme that {notCovered} is not also coded as covering."
    case groupNoDifference
    /// "the group {conditions} ({names})"
    case group
    /// "the social partners (trade unions and employers' organisations)"
    case involvementSocialPartners
    /// "business"
    case involvementBusiness
    /// "the municipal sector"
    case involvementMunicipalities
    /// "academia"
    case involvementAcademia
    /// "None of the {total} selected initiatives lists {group} among its cited participants."
    case noInvolvement
    /// "No participants are recorded for {names}, so who takes part there is unknown."
    case participantsNotRecorded
    /// "Budgets {basis}, largest first: {ranked}."
    case ranking
    /// "The only budget {basis} is {entry}."
    case single
    /// "{currency} per year"
    case perYearUnit
    /// "in {unit}, {priceBasis}"
    case budgetBasis
    /// "These budgets are in {count} different currencies or price bases and are not compared across them."
    case basesDiffer
    /// "Not ranked, as no exact amount is stated: {entries}."
    case notRanked
    /// "Not ranked, as they could not be converted: {entries}."
    case notConvertedList
    /// "No budget is stated in the sources for {names}."
    case budgetGaps
    /// "All {count} selected initiatives with a stated period run during {span}."
    case allRunTogether
    /// "The most selected initiatives running at once are {count} of {total}, during {span}: {names}."
    case mostRunTogether
    /// "Periods end: {entries}."
    case periodEnds
    /// "No end is set for {names}."
    case noEnd
    /// "The sources do not state when {names} end."
    case endUnknown
    /// "Gap in the evidence: no source states the {dimension} of any of the {count} selected initiatives."
    case gap
    /// "Sources disagree on the {dimension} of {name}: {values}."
    case disagreement
    /// " The plugin records this on purpose: {reason}"
    case acknowledged
    /// "Newest source"
    case newestSource
    /// "Tool version"
    case toolVersion
    /// "Configuration"
    case configuration
    /// "Generated"
    case generated
    /// "Contents"
    case contents
    /// "Theme coverage at a glance"
    case themeChartTitle
    /// "How strongly each initiative covers each theme, as in the table below: ● primary, ○ secondary, empty:…"
    case themeChartCaption
    /// "no coverage recorded"
    case noCoverage
    /// "price basis not recorded"
    case priceBasisNotRecorded
    /// "Each component's amount at each stage of the budget, in {unit}, {basis}; amounts given in other scale…"
    case budgetChartCaption
    /// "No price basis is recorded for these figures"
    case chartNoBasisRecorded
    /// "The sources do not state the price basis of these figures"
    case chartBasisNotStated
    /// "Each component's amount at this stage of the budget, in {unit}; amounts given in other scales are con…"
    case budgetChartCaptionAlone
    /// "Periods of the initiatives"
    case timelineTitle
    /// "Each bar runs from the start to the end of an initiative's period, as in the table below; an arrow ma…"
    case timelineCaption
    /// "Sources of the views"
    case viewSourcesSheet
    /// "{count} initiatives from {list}"
    case initiativesFrom
    /// "as of {date}"
    case asOf
    /// "no source as of {date}"
    case noSourceYet
    /// "{list}: text the plugin does not give in English, shown in the language it has."
    case languageLegend
    /// "per year over {count} years"
    case perYear
    /// "rates"
    case rate
    /// "{quote} per {base} for {year}"
    case missingRate
    /// "the exchange-rates file has no rate of {rates}"
    case noRateOf
    /// "{count} initiatives"
    case initiativeCount
    /// "{count} of {total} selected initiatives involve {group} among their cited participants: {list}."
    case involvement
    /// "Budget by component: {initiative} ({basis})"
    case budgetChartTitle
    /// "Sources"
    case sources
    /// "continued on the next page"
    case continuedOnNextPage
    /// "continued from the previous page"
    case continuedFromPreviousPage
    /// "thousand"
    case scaleThousand
    /// "million"
    case scaleMillion
    /// "billion"
    case scaleBillion
    /// "a thousand-scale sum"
    case magnitudeThousand
    /// "a million-scale sum"
    case magnitudeMillion
    /// "a billion-scale sum"
    case magnitudeBillion
    /// "a sum"
    case magnitudeSum
    /// "{sum} in {currency}"
    case sumInCurrency
}
