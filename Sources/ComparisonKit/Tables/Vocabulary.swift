/// The words a table needs in each supported reader language: states, kinds, statuses, categories, units.
package struct Vocabulary: Sendable {
    /// The briefing languages of a configuration that names none (`languages:`): the languages whose texts
    /// `validate` asks the plugins for.
    package static let defaultBriefingLanguages: [LanguageCode] = ["en", "nb", "da"]

    /// The reader languages the tool ships words for.
    package static let supportedLanguages: [LanguageCode] = ["en", "nb", "da"]

    /// The language these words are in.
    package let language: LanguageCode

    /// The vocabulary for a language; unsupported languages fall back to English.
    package init(_ language: LanguageCode) {
        self.language = Vocabulary.supportedLanguages.contains(language) ? language : "en"
    }

    func pick(_ en: String, _ nb: String, _ da: String) -> String {
        switch language {
        case "nb": return nb
        case "da": return da
        default: return en
        }
    }

    /// "not recorded": the plugin has not filled this in.
    package var notRecorded: String { pick("not recorded", "ikke registrert", "ikke registreret") }
    /// "not stated in the sources".
    package var notStated: String { pick("not stated in the sources", "ikke oppgitt i kildene", "ikke oplyst i kilderne") }
    /// "not applicable": the fact does not apply to the initiative.
    package var notApplicable: String { pick("not applicable", "ikke relevant", "ikke relevant") }
    /// "sources disagree".
    package var sourcesDisagree: String { pick("sources disagree", "kildene er uenige", "kilderne er uenige") }
    /// "open" (an open end of a period).
    var openEnded: String { pick("open", "åpen", "åben") }
    /// "end not stated".
    var endNotStated: String { pick("end not stated", "slutt ikke oppgitt", "slut ikke oplyst") }
    /// "start not stated".
    var startNotStated: String { pick("start not stated", "start ikke oppgitt", "start ikke oplyst") }
    /// The row heading of a dimension table.
    package var dimensionHeading: String { pick("Dimension", "Dimensjon", "Dimension") }
    /// The label of an initiative's summary in a detail table.
    package var summary: String { pick("Summary", "Sammendrag", "Resumé") }
    /// The role of an initiative's lead body in the participation matrix.
    package var leadBody: String { pick("lead body", "ansvarlig organ", "ansvarlig myndighed") }
    /// The row heading of the participation matrix.
    package var categoryHeading: String { pick("Category", "Kategori", "Kategori") }
    /// The row of organisations whose category is not recorded.
    package var categoryNotRecorded: String {
        pick("category not recorded", "kategori ikke registrert", "kategori ikke registreret")
    }
    /// The title of the view of the initiatives' summaries that opens a briefing.
    package var summaries: String { pick("What each initiative is", "Hva hvert initiativ er", "Hvad hvert initiativ er") }
    /// The row heading of the theme matrix.
    package var themeHeading: String { pick("Theme", "Tema", "Tema") }
    /// "by" before a deadline.
    var deadlinePrefix: String { pick("by", "innen", "senest") }
    /// "target".
    package var target: String { pick("target", "mål", "mål") }
    /// "since".
    package var since: String { pick("since", "siden", "siden") }
    /// "amount not stated".
    var amountNotStated: String { pick("amount not stated", "beløp ikke oppgitt", "beløb ikke oplyst") }

    /// A budget's price basis in words: "current prices", "constant 2018 prices", "price basis not stated".
    package func priceBasis(_ basis: PriceBasis) -> String {
        switch basis {
        case .current:
            return pick("current prices", "løpende priser", "løbende priser")
        case .constant(let year):
            return pick("constant \(year) prices", "faste \(year)-priser", "faste \(year)-priser")
        case .notStated:
            return pick("price basis not stated", "prisgrunnlag ikke oppgitt", "prisgrundlag ikke oplyst")
        }
    }

    /// A stakeholder's stance in words: "supports", "supports, with demands", "mixed", "opposes".
    package func stance(_ stance: Stance) -> String {
        switch stance {
        case .supports: return pick("supports", "støtter", "støtter")
        case .supportsWithDemands: return pick("supports, with demands", "støtter, med krav", "støtter, med krav")
        case .mixed: return pick("mixed", "blandet", "blandet")
        case .opposes: return pick("opposes", "går imot", "er imod")
        }
    }
    /// "members", before the member countries of a grouping.
    package var members: String { pick("members", "medlemmer", "medlemmer") }
    /// "asks for", before a stakeholder's demands.
    package var asksFor: String { pick("asks for", "ber om", "beder om") }

    /// "accessed", before the date a source was read.
    package var accessed: String { pick("accessed", "lest", "læst") }
    /// "archived copy", before the address of a source's archived copy.
    package var archivedCopy: String { pick("archived copy", "arkivert kopi", "arkiveret kopi") }

    /// "confidence: medium-high": how far a source is trusted, for a source list.
    package func confidence(_ level: SourceConfidence) -> String {
        let label = pick("confidence", "pålitelighet", "pålidelighed")
        let value = switch level {
        case .high: pick("high", "høy", "høj")
        case .mediumHigh: pick("medium-high", "middels høy", "mellemhøj")
        case .medium: pick("medium", "middels", "middel")
        case .low: pick("low", "lav", "lav")
        }
        return label + ": " + value
    }

    /// The title of a briefing.
    package var briefingTitle: String {
        pick("Digitalisation initiatives compared", "Digitaliseringsinitiativer sammenlignet",
             "Digitaliseringsinitiativer sammenlignet")
    }

    /// What a briefing compares: "6 initiatives from Norway, Denmark and the European Union", given the
    /// jurisdictions' names as they read in a sentence (``Codebook/jurisdictionNameInText(_:in:)``).
    /// With `asOf` (the date as the reader's language writes it), it ends "…, as of 31 December 2020".
    package func comparedSubtitle(initiatives: Int, jurisdictions names: [String], asOf: String? = nil) -> String {
        let and = pick("and", "og", "og")
        let list = names.count <= 1 ? names.joined()
            : names.dropLast().joined(separator: ", ") + " \(and) " + (names.last ?? "")
        let noun = initiatives == 1 ? pick("initiative", "initiativ", "initiativ") : pick("initiatives", "initiativer", "initiativer")
        return "\(initiatives) \(noun) " + pick("from", "fra", "fra") + " " + list + (asOf.map { ", " + self.asOf($0) } ?? "")
    }

    /// "as of 31 December 2020", "per 31. desember 2020", "pr. 31. december 2020", given the date as the
    /// reader's language writes it (``ValueFormatter/date(_:)``): what a briefing built with `--as-of` says in its
    /// title block and under each table.
    package func asOf(_ date: String) -> String {
        pick("as of ", "per ", "pr. ") + date
    }

    /// What a cell says in a table of the state on a date when no source said anything of it by then: "no source
    /// as of 31 December 2020", given the date as the reader's language writes it.
    package func noSourceYet(_ date: String) -> String {
        pick("no source as of ", "ingen kilde per ", "ingen kilde pr. ") + date
    }

    /// What a difference between two states is called in a table of changes.
    package func difference(_ kind: DifferenceKind) -> String {
        switch kind {
        case .addedInitiative: return pick("initiative added", "initiativ lagt til", "initiativ tilføjet")
        case .removedInitiative: return pick("initiative removed", "initiativ fjernet", "initiativ fjernet")
        case .changedValue: return pick("latest value changed", "siste verdi endret", "seneste værdi ændret")
        case .newClaims: return pick("new claims in its history", "nye påstander i historikken", "nye påstande i historikken")
        case .newDisagreement: return pick("sources now disagree", "kildene er nå uenige", "kilderne er nu uenige")
        case .resolvedDisagreement:
            return pick("sources no longer disagree", "kildene er ikke lenger uenige", "kilderne er ikke længere uenige")
        case .newSource: return pick("new source", "ny kilde", "ny kilde")
        case .changedThemes: return pick("theme coverage changed", "tematisk dekning endret", "tematisk dækning ændret")
        }
    }

    /// The title of a table of changes between two dates, given them as the reader's language writes them.
    package func changes(from: String, to: String) -> String {
        pick("Changes from \(from) to \(to)", "Endringer fra \(from) til \(to)", "Ændringer fra \(from) til \(to)")
    }

    /// The title of a table of changes between an earlier edition of a project and this one.
    package var changesSinceEarlierEdition: String {
        pick("Changes since the earlier edition", "Endringer siden forrige utgave", "Ændringer siden forrige udgave")
    }

    /// The heading of a table of changes' row labels, and of its two columns.
    package var changeHeading: String { pick("Change", "Endring", "Ændring") }
    /// The column of the older state.
    package var before: String { pick("Before", "Før", "Før") }
    /// The column of the newer state.
    package var after: String { pick("After", "Etter", "Efter") }

    /// The legend under a table of changes; `none` when it has no rows.
    package func changesLegend(none: Bool) -> String {
        none ? pick("No differences between the two states.", "Ingen forskjeller mellom de to tilstandene.",
                    "Ingen forskelle mellem de to tilstande.")
            : pick("One row per difference, with the older and the newer state; numbers in brackets cite the sources below.",
                   "Én rad per forskjell, med eldre og nyere tilstand; tall i klammer viser til kildene nedenfor.",
                   "Én række pr. forskel, med ældre og nyere tilstand; tal i klammer henviser til kilderne nedenfor.")
    }

    /// The heading of an indicator view's row labels.
    package var indicatorHeading: String { pick("Indicator", "Indikator", "Indikator") }

    /// The mark after the label of an indicator row whose latest values measure different years.
    package var yearsDiffer: String { pick("years differ", "ulike år", "forskellige år") }

    /// What a value without the year it measures says in its place.
    package var yearNotStated: String { pick("year not stated", "år ikke oppgitt", "år ikke oplyst") }

    /// The word before a rounded value: "about 850 000".
    package var about: String { pick("about", "om lag", "omkring") }

    /// The mark after the heading of an initiative that had not started on a briefing's as-of date.
    package var notYetStarted: String { pick("not yet started", "ikke startet ennå", "endnu ikke startet") }

    /// The name of a month (1–12) as written in running text: "March", "mars", "marts".
    package func month(_ number: Int) -> String {
        let english = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"]
        let norwegian = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                         "oktober", "november", "desember"]
        let danish = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                      "oktober", "november", "december"]
        let index = max(1, min(12, number)) - 1
        return pick(english[index], norwegian[index], danish[index])
    }

    /// The legend under a table, saying what history mode it shows.
    package func legend(history: HistoryMode) -> String {
        switch history {
        case .latest:
            return pick("Latest value of each fact; numbers in brackets cite the sources below.",
                        "Siste verdi for hvert faktum; tall i klammer viser til kildene nedenfor.",
                        "Seneste værdi for hvert faktum; tal i klammer henviser til kilderne nedenfor.")
        case .all:
            return pick("Every dated value of each fact, oldest first; numbers in brackets cite the sources below.",
                        "Alle daterte verdier for hvert faktum, eldste først; tall i klammer viser til kildene nedenfor.",
                        "Alle daterede værdier for hvert faktum, ældste først; tal i klammer henviser til kilderne nedenfor.")
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
        switch code {
        case "en": return pick("English", "engelsk", "engelsk")
        case "nb": return pick("Norwegian", "norsk", "norsk")
        case "da": return pick("Danish", "dansk", "dansk")
        case "sv": return pick("Swedish", "svensk", "svensk")
        default: return code
        }
    }

    /// The legend's sentence on the language markers of a table: "‹da› Danish, ‹en› English: text the plugin gives
    /// only in another language than this briefing's."
    package func languageLegend(_ languages: [LanguageCode]) -> String {
        let list = languages.map { languageMarker($0) + " " + languageName($0) }.joined(separator: ", ")
        return list + pick(": text the plugin does not give in English, shown in the language it has.",
                           ": tekst som ikke finnes på norsk, vist på språket den finnes på.",
                           ": tekst der ikke findes på dansk, vist på det sprog den findes på.")
    }

    /// An initiative kind in words.
    package func kind(_ kind: InitiativeKind) -> String {
        switch kind {
        case .forum: return pick("forum", "forum", "forum")
        case .strategy: return pick("strategy", "strategi", "strategi")
        case .partnership: return pick("partnership", "partnerskap", "partnerskab")
        case .programme: return pick("programme", "program", "program")
        case .declaration: return pick("declaration", "erklæring", "erklæring")
        case .agency: return pick("agency", "etat", "styrelse")
        case .initiative: return pick("initiative", "initiativ", "initiativ")
        }
    }

    /// An initiative status in words.
    package func status(_ status: InitiativeStatus) -> String {
        switch status {
        case .underConsideration: return pick("under consideration", "under vurdering", "under overvejelse")
        case .planned: return pick("planned", "planlagt", "planlagt")
        case .active: return pick("active", "aktiv", "aktiv")
        case .concluded: return pick("concluded", "avsluttet", "afsluttet")
        case .superseded: return pick("superseded", "erstattet", "afløst")
        }
    }

    /// A claim status in words.
    package func claimStatus(_ status: ClaimStatus) -> String {
        switch status {
        case .stated: return pick("stated", "oppgitt", "oplyst")
        case .proposed: return pick("proposed", "foreslått", "foreslået")
        case .adopted: return pick("adopted", "vedtatt", "vedtaget")
        case .amended: return pick("amended", "endret", "ændret")
        case .estimated: return pick("estimated", "anslått", "anslået")
        }
    }

    /// A theme strength in words.
    package func strength(_ strength: ThemeStrength) -> String {
        switch strength {
        case .primary: return pick("primary", "primær", "primær")
        case .secondary: return pick("secondary", "sekundær", "sekundær")
        }
    }

    /// An organisation category in words.
    package func category(_ category: OrganisationCategory) -> String {
        switch category {
        case .government: return pick("government", "regjering", "regering")
        case .ministry: return pick("ministry", "departement", "ministerium")
        case .agency: return pick("agency", "etat", "styrelse")
        case .businessAssociation: return pick("business association", "næringsorganisasjon", "erhvervsorganisation")
        case .business: return pick("business", "virksomhet", "virksomhed")
        case .employersOrganisation:
            return pick("employers' organisation", "arbeidsgiverorganisasjon", "arbejdsgiverorganisation")
        case .tradeUnion: return pick("trade union", "fagforening", "fagforening")
        case .socialPartners: return pick("social partners", "partene i arbeidslivet", "arbejdsmarkedets parter")
        case .municipalSector: return pick("municipal sector", "kommunesektor", "kommunal sektor")
        case .regionalSector: return pick("regional sector", "regional sektor", "regional sektor")
        case .academia: return pick("academia", "akademia", "forskning")
        case .euInstitution: return pick("EU institution", "EU-institusjon", "EU-institution")
        case .country: return pick("country", "land", "land")
        case .civilSociety: return pick("civil society", "sivilsamfunn", "civilsamfund")
        case .person: return pick("person", "person", "person")
        case .other: return pick("other", "annet", "andet")
        }
    }
}
