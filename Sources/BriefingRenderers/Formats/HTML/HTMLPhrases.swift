import ComparisonKit

/// The words the HTML briefing adds besides the shared ones (see `BriefingPhrases` in Core/Text): its table of
/// contents and its charts, in the reader's language.
extension BriefingPhrases {
    /// The heading of a table of contents.
    static func contents(in language: String) -> String {
        words(language)[.contents]
    }

    /// The title of the theme-coverage heat map.
    static func themeChartTitle(in language: String) -> String {
        words(language)[.themeChartTitle]
    }

    /// The caption of the theme-coverage heat map.
    static func themeChartCaption(in language: String) -> String {
        words(language)[.themeChartCaption]
    }

    /// The legend entry for a theme an initiative does not cover.
    static func noCoverage(in language: String) -> String {
        words(language)[.noCoverage]
    }

    /// The title of a budget bar chart for one initiative, ending with the price basis its figures are on:
    /// "Budget by component: Digital Europe Programme (current prices)".
    static func budgetChartTitle(_ initiative: String, basis: PriceBasis?, in language: String) -> String {
        words(language).format(.budgetChartTitle, initiative, priceBasis(basis, in: language))
    }

    /// A price basis in words, or that the plugin records none.
    static func priceBasis(_ basis: PriceBasis?, in language: String) -> String {
        guard let basis else {
            return words(language)[.priceBasisNotRecorded]
        }
        return vocabulary(language).priceBasis(basis)
    }

    /// The caption of a budget bar chart; `unit` is the axis unit, such as "EUR million". A chart in current or
    /// constant prices holds every stage on that basis and says that other bases are drawn apart; a chart whose basis
    /// is not known holds one stage and says why it stands alone.
    static func budgetChartCaption(unit: String, basis: PriceBasis?, in language: String) -> String {
        if let basis, basis != .notStated {
            return words(language).format(.budgetChartCaption, unit, vocabulary(language).priceBasis(basis))
        }
        let why = basis == nil
            ? words(language)[.chartNoBasisRecorded]
            : words(language)[.chartBasisNotStated]
        return words(language).format(.budgetChartCaptionAlone, unit, why)
    }

    /// The title of the timeline of periods.
    static func timelineTitle(in language: String) -> String {
        words(language)[.timelineTitle]
    }

    /// The caption of the timeline of periods.
    static func timelineCaption(in language: String) -> String {
        words(language)[.timelineCaption]
    }
}
