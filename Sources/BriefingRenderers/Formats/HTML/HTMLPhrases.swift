/// The words the HTML briefing adds besides the shared ones (see `BriefingPhrases` in Core/Text): its table of
/// contents and its charts, in English, Norwegian Bokmål or Danish.
extension BriefingPhrases {
    /// The heading of a table of contents.
    static func contents(in language: String) -> String {
        pick(language, "Contents", "Innhold", "Indhold")
    }

    /// The title of the theme-coverage heat map.
    static func themeChartTitle(in language: String) -> String {
        pick(language, "Theme coverage at a glance", "Tematisk dekning i oversikt", "Tematisk dækning i overblik")
    }

    /// The caption of the theme-coverage heat map.
    static func themeChartCaption(in language: String) -> String {
        pick(language,
                 "How strongly each initiative covers each theme, as in the table below: ● primary, ○ secondary, empty: no coverage recorded.",
                 "Hvor sterkt hvert initiativ dekker hvert tema, som i tabellen nedenfor: ● primær, ○ sekundær, tom: ingen dekning registrert.",
                 "Hvor stærkt hvert initiativ dækker hvert tema, som i tabellen nedenfor: ● primær, ○ sekundær, tom: ingen dækning registreret.")
    }

    /// The legend entry for a theme an initiative does not cover.
    static func noCoverage(in language: String) -> String {
        pick(language, "no coverage recorded", "ingen dekning registrert", "ingen dækning registreret")
    }

    /// The title of a budget bar chart for one initiative.
    static func budgetChartTitle(_ initiative: String, in language: String) -> String {
        pick(language, "Budget by component: ", "Budsjett per komponent: ", "Budget pr. komponent: ") + initiative
    }

    /// The caption of a budget bar chart; `unit` is the axis unit, such as "EUR million".
    static func budgetChartCaption(unit: String, in language: String) -> String {
        pick(language,
                 "Each component's amount at each stage of the budget, in \(unit); amounts given in other scales are converted. Figures and sources as in the table below.",
                 "Hver komponents beløp på hvert trinn i budsjettet, i \(unit); beløp oppgitt i andre enheter er regnet om. Tall og kilder som i tabellen nedenfor.",
                 "Hver komponents beløb på hvert trin i budgettet, i \(unit); beløb opgivet i andre enheder er omregnet. Tal og kilder som i tabellen nedenfor.")
    }

    /// The title of the timeline of periods.
    static func timelineTitle(in language: String) -> String {
        pick(language, "Periods of the initiatives", "Initiativenes perioder", "Initiativernes perioder")
    }

    /// The caption of the timeline of periods.
    static func timelineCaption(in language: String) -> String {
        pick(language,
                 "Each bar runs from the start to the end of an initiative's period, as in the table below; an arrow marks an open end, a fading bar with “?” an end the sources do not state.",
                 "Hver stolpe går fra start til slutt på initiativets periode, som i tabellen nedenfor; en pil markerer en åpen slutt, en stolpe som blekner med «?» en slutt kildene ikke oppgir.",
                 "Hver bjælke går fra start til slut på initiativets periode, som i tabellen nedenfor; en pil markerer en åben slutning, en bjælke der falmer med »?« en slutning kilderne ikke oplyser.")
    }
}
