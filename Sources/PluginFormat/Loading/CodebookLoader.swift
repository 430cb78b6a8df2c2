import ComparisonKit

/// Reads the codebook: the dimensions file, the theme taxonomy file, the jurisdictions file, the exchange-rates file
/// and the indicators file.
package enum CodebookLoader {
    /// The codebook and every problem found in its files. `dimensionsNamedAt`, `themesNamedAt` and
    /// `jurisdictionsNamedAt` are where the run configuration names the files: a file that is missing or not a
    /// regular file is reported there. Without a jurisdictions file (a configuration written before there was one),
    /// the shipped list is read from the copy built into the tool (``ShippedProject/jurisdictions``); likewise the
    /// shipped exchange rates (``ShippedProject/exchangeRates``) without an exchange-rates file. Without an indicators
    /// file there are no indicators.
    package static func load(dimensionsPath: String, themesPath: String, jurisdictionsPath: String? = nil,
                             exchangeRatesPath: String? = nil, indicatorsPath: String? = nil,
                             dimensionsNamedAt: SourceLocation? = nil, themesNamedAt: SourceLocation? = nil,
                             jurisdictionsNamedAt: SourceLocation? = nil,
                             exchangeRatesNamedAt: SourceLocation? = nil,
                             indicatorsNamedAt: SourceLocation? = nil) -> (Codebook, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var dimensions: [Dimension] = []
        var themes: [Theme] = []
        let (dimensionEntries, dimensionProblems) = DocumentReading.read(
            ConfigurationSchema.dimensionsFile, atPath: dimensionsPath, what: "a dimensions file", namedAt: dimensionsNamedAt)
        diagnostics += dimensionProblems
        if let dimensionEntries {
            var seen: Set<String> = []
            var parsing = ValueParsing()
            for entry in dimensionEntries {
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.append(.error("duplicate dimension id '\(entry.id.value)'", at: entry.id.location))
                    continue
                }
                guard let known = parsing.choice(entry.id, as: KnownDimension.self, what: "dimension") else { continue }
                if entry.type.value != known.valueType {
                    diagnostics.append(.error(
                        "dimension '\(known.rawValue)' holds values of type '\(known.valueType)', not '\(entry.type.value)'",
                        at: entry.type.location))
                }
                dimensions.append(Dimension(known: known, label: entry.label, location: entry.id.location))
            }
            diagnostics += parsing.diagnostics
        }
        let (themeEntries, themeProblems) = DocumentReading.read(
            ConfigurationSchema.themesFile, atPath: themesPath, what: "a themes file", namedAt: themesNamedAt)
        diagnostics += themeProblems
        if let themeEntries {
            var seen: Set<String> = []
            for entry in themeEntries {
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.append(.error("duplicate theme id '\(entry.id.value)'", at: entry.id.location))
                    continue
                }
                themes.append(Theme(id: entry.id.value, label: entry.label, location: entry.id.location))
            }
        }
        let (jurisdictions, jurisdictionProblems) = loadJurisdictions(path: jurisdictionsPath, namedAt: jurisdictionsNamedAt)
        diagnostics += jurisdictionProblems
        let (exchangeRates, rateProblems) = if let exchangeRatesPath {
            ExchangeRatesLoader.load(path: exchangeRatesPath, namedAt: exchangeRatesNamedAt)
        } else {
            ExchangeRatesLoader.load(bytes: Array(ShippedProject.exchangeRates.utf8), path: builtInExchangeRatesPath)
        }
        diagnostics += rateProblems
        var indicators: [Indicator] = []
        if let indicatorsPath {
            let (entries, problems) = DocumentReading.read(
                ConfigurationSchema.indicatorsFile, atPath: indicatorsPath, what: "an indicators file",
                namedAt: indicatorsNamedAt)
            diagnostics += problems
            var seen: Set<String> = []
            for entry in entries ?? [] {
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.append(.error("duplicate indicator id '\(entry.id.value)'", at: entry.id.location))
                    continue
                }
                indicators.append(Indicator(id: entry.id.value, label: entry.label, unit: entry.unit,
                                            measure: entry.measure, population: entry.population,
                                            location: entry.id.location))
            }
        }
        return (Codebook(dimensions: dimensions, themes: themes, jurisdictions: jurisdictions,
                         exchangeRates: exchangeRates, indicators: indicators), diagnostics)
    }

    /// Where the built-in exchange rates are said to be, in the rare message about them.
    package static let builtInExchangeRatesPath = "(built-in config/exchange-rates.yaml)"

    /// Where the built-in jurisdictions are said to be, in the rare message about them.
    package static let builtInJurisdictionsPath = "(built-in config/jurisdictions.yaml)"

    /// The jurisdictions of the file at `path` (or the built-in list when nil), and every problem found in it.
    package static func loadJurisdictions(path: String?, namedAt: SourceLocation? = nil) -> ([Jurisdiction], [Diagnostic]) {
        let (entries, problems) = if let path {
            DocumentReading.read(ConfigurationSchema.jurisdictionsFile, atPath: path, what: "a jurisdictions file",
                                 namedAt: namedAt)
        } else {
            DocumentReading.read(ConfigurationSchema.jurisdictionsFile, bytes: Array(ShippedProject.jurisdictions.utf8),
                                 path: builtInJurisdictionsPath, what: "a jurisdictions file")
        }
        guard let entries else { return ([], problems) }
        return JurisdictionChecks.jurisdictions(from: entries, problems: problems)
    }
}
