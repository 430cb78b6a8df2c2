import ComparisonKit

/// The few fixed words renderers add themselves, in the table's language (English when not translated).
enum BriefingPhrases {
    /// The base language code, `nb` for `nb-NO`.
    private static func base(_ language: String) -> String {
        String(language.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// The marker for a disputed cell.
    static func sourcesDisagree(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "kildene er uenige"
        case "nn": return "kjeldene er usamde"
        case "da": return "kilderne er uenige"
        default: return "sources disagree"
        }
    }

    /// The heading above the footnote list.
    static func sources(in language: String) -> String {
        switch base(language) {
        case "nb", "no", "da": return "Kilder"
        case "nn": return "Kjelder"
        default: return "Sources"
        }
    }
}

// MARK: Source lists (what a source's metadata is called)

extension BriefingPhrases {
    /// The core's words for a language as renderers get it: `nb-NO`, `no` and `nn` read as Bokmål, and languages
    /// the core has no words for as English.
    private static func vocabulary(_ language: String) -> Vocabulary {
        switch base(language) {
        case "nb", "no", "nn": return Vocabulary("nb")
        case let code: return Vocabulary(code)
        }
    }

    /// The label before the date a source was read: "accessed", "lest", "læst".
    static func accessed(in language: String) -> String { vocabulary(language).accessed }

    /// The label before the address of a source's archived copy: "archived copy", "arkivert kopi", "arkiveret kopi".
    static func archivedCopy(in language: String) -> String { vocabulary(language).archivedCopy }
}

// MARK: HTML briefing (title block, contents, charts)

extension BriefingPhrases {
    /// Picks the English, Norwegian Bokmål or Danish phrase for a language (English when not translated).
    private static func htmlPick(_ language: String, _ en: String, _ nb: String, _ da: String) -> String {
        switch base(language) {
        case "nb", "no", "nn": return nb
        case "da": return da
        default: return en
        }
    }

    /// The label of the newest source's date in a title block.
    static func newestSource(in language: String) -> String {
        htmlPick(language, "Newest source", "Nyeste kilde", "Nyeste kilde")
    }

    /// The label of the tool version in a title block.
    static func toolVersion(in language: String) -> String {
        htmlPick(language, "Tool version", "Verktøyversjon", "Værktøjsversion")
    }

    /// The label of the configuration digest in a title block.
    static func configuration(in language: String) -> String {
        htmlPick(language, "Configuration", "Konfigurasjon", "Konfiguration")
    }

    /// The label of the run timestamp in a title block.
    static func generated(in language: String) -> String {
        htmlPick(language, "Generated", "Generert", "Genereret")
    }

    /// The heading of a table of contents.
    static func contents(in language: String) -> String {
        htmlPick(language, "Contents", "Innhold", "Indhold")
    }

    /// The title of the theme-coverage heat map.
    static func themeChartTitle(in language: String) -> String {
        htmlPick(language, "Theme coverage at a glance", "Tematisk dekning i oversikt", "Tematisk dækning i overblik")
    }

    /// The caption of the theme-coverage heat map.
    static func themeChartCaption(in language: String) -> String {
        htmlPick(language,
                 "How strongly each initiative covers each theme, as in the table below: ● primary, ○ secondary, empty: no coverage recorded.",
                 "Hvor sterkt hvert initiativ dekker hvert tema, som i tabellen nedenfor: ● primær, ○ sekundær, tom: ingen dekning registrert.",
                 "Hvor stærkt hvert initiativ dækker hvert tema, som i tabellen nedenfor: ● primær, ○ sekundær, tom: ingen dækning registreret.")
    }

    /// The legend entry for a theme an initiative does not cover.
    static func noCoverage(in language: String) -> String {
        htmlPick(language, "no coverage recorded", "ingen dekning registrert", "ingen dækning registreret")
    }

    /// The title of a budget bar chart for one initiative.
    static func budgetChartTitle(_ initiative: String, in language: String) -> String {
        htmlPick(language, "Budget by component: ", "Budsjett per komponent: ", "Budget pr. komponent: ") + initiative
    }

    /// The caption of a budget bar chart; `unit` is the axis unit, such as "EUR million".
    static func budgetChartCaption(unit: String, in language: String) -> String {
        htmlPick(language,
                 "Each component's amount at each stage of the budget, in \(unit); amounts given in other scales are converted. Figures and sources as in the table below.",
                 "Hver komponents beløp på hvert trinn i budsjettet, i \(unit); beløp oppgitt i andre enheter er regnet om. Tall og kilder som i tabellen nedenfor.",
                 "Hver komponents beløb på hvert trin i budgettet, i \(unit); beløb opgivet i andre enheder er omregnet. Tal og kilder som i tabellen nedenfor.")
    }

    /// The title of the timeline of periods.
    static func timelineTitle(in language: String) -> String {
        htmlPick(language, "Periods of the initiatives", "Initiativenes perioder", "Initiativernes perioder")
    }

    /// The caption of the timeline of periods.
    static func timelineCaption(in language: String) -> String {
        htmlPick(language,
                 "Each bar runs from the start to the end of an initiative's period, as in the table below; an arrow marks an open end, a fading bar with “?” an end the sources do not state.",
                 "Hver stolpe går fra start til slutt på initiativets periode, som i tabellen nedenfor; en pil markerer en åpen slutt, en stolpe som blekner med «?» en slutt kildene ikke oppgir.",
                 "Hver bjælke går fra start til slut på initiativets periode, som i tabellen nedenfor; en pil markerer en åben slutning, en bjælke der falmer med »?« en slutning kilderne ikke oplyser.")
    }
}

// MARK: LaTeX briefing (table breaks across pages)

extension BriefingPhrases {
    /// The note at the foot of a table page when the table goes on, in the reader's language.
    static func continuedOnNextPage(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "fortsetter på neste side"
        case "nn": return "held fram på neste side"
        case "da": return "fortsættes på næste side"
        default: return "continued on the next page"
        }
    }

    /// The note above a table's repeated header on the pages after its first.
    static func continuedFromPreviousPage(in language: String) -> String {
        switch base(language) {
        case "nb", "no": return "fortsatt fra forrige side"
        case "nn": return "framhald frå førre side"
        case "da": return "fortsat fra forrige side"
        default: return "continued from the previous page"
        }
    }
}
