import ComparisonKit

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

    /// The title of a budget bar chart for one initiative, ending with the price basis its figures are on:
    /// "Budget by component: Digital Europe Programme (current prices)".
    static func budgetChartTitle(_ initiative: String, basis: PriceBasis?, in language: String) -> String {
        pick(language, "Budget by component: ", "Budsjett per komponent: ", "Budget pr. komponent: ") + initiative
            + " (" + priceBasis(basis, in: language) + ")"
    }

    /// A price basis in words, or that the plugin records none.
    static func priceBasis(_ basis: PriceBasis?, in language: String) -> String {
        guard let basis else {
            return pick(language, "price basis not recorded", "prisgrunnlag ikke registrert", "prisgrundlag ikke registreret")
        }
        return Vocabulary(language).priceBasis(basis)
    }

    /// The caption of a budget bar chart; `unit` is the axis unit, such as "EUR million". A chart in current or
    /// constant prices holds every stage on that basis and says that other bases are drawn apart; a chart whose basis
    /// is not known holds one stage and says why it stands alone.
    static func budgetChartCaption(unit: String, basis: PriceBasis?, in language: String) -> String {
        if let basis, basis != .notStated {
            let words = Vocabulary(language).priceBasis(basis)
            return pick(language,
                 "Each component's amount at each stage of the budget, in \(unit), \(words); amounts given in other scales are converted. Figures on another price basis are drawn in a chart of their own, never on this axis. Figures and sources as in the table below.",
                 "Hver komponents beløp på hvert trinn i budsjettet, i \(unit), \(words); beløp oppgitt i andre enheter er regnet om. Tall med et annet prisgrunnlag vises i en egen figur, aldri på denne aksen. Tall og kilder som i tabellen nedenfor.",
                 "Hver komponents beløb på hvert trin i budgettet, i \(unit), \(words); beløb opgivet i andre enheder er omregnet. Tal med et andet prisgrundlag vises i en figur for sig, aldrig på denne akse. Tal og kilder som i tabellen nedenfor.")
        }
        let why = basis == nil
            ? pick(language, "No price basis is recorded for these figures",
                   "Det er ikke registrert noe prisgrunnlag for disse tallene",
                   "Der er ikke registreret noget prisgrundlag for disse tal")
            : pick(language, "The sources do not state the price basis of these figures",
                   "Kildene oppgir ikke prisgrunnlaget for disse tallene",
                   "Kilderne oplyser ikke prisgrundlaget for disse tal")
        return pick(language,
             "Each component's amount at this stage of the budget, in \(unit); amounts given in other scales are converted. \(why), so they are drawn alone and not compared with figures of other stages. Figures and sources as in the table below.",
             "Hver komponents beløp på dette trinnet i budsjettet, i \(unit); beløp oppgitt i andre enheter er regnet om. \(why), så de vises alene og sammenlignes ikke med tall fra andre trinn. Tall og kilder som i tabellen nedenfor.",
             "Hver komponents beløb på dette trin i budgettet, i \(unit); beløb opgivet i andre enheder er omregnet. \(why), så de vises alene og sammenlignes ikke med tal fra andre trin. Tal og kilder som i tabellen nedenfor.")
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
