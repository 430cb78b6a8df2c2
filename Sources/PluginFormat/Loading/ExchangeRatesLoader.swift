import ComparisonKit

/// Reads the codebook's exchange-rates file and checks what the schema cannot: that every rate cites a declared
/// source, that no pair has two rates for one year, and that a rate is a positive number of another currency.
package enum ExchangeRatesLoader {
    /// The rates of the file at `path` and every problem found in it; `namedAt` is where the run configuration names
    /// the file (a missing file is reported there). Rates with a problem are left out.
    package static func load(path: String, namedAt: SourceLocation? = nil) -> (ExchangeRates, [Diagnostic]) {
        let (file, problems) = DocumentReading.read(ExchangeRatesSchema.file, atPath: path, what: "an exchange-rates file",
                                                    namedAt: namedAt)
        guard let file else { return (ExchangeRates(), problems) }
        return check(file, problems: problems)
    }

    /// The rates of a file's bytes (for tests and the built-in copy), and every problem found in them.
    package static func load(bytes: [UInt8], path: String) -> (ExchangeRates, [Diagnostic]) {
        let (file, problems) = DocumentReading.read(ExchangeRatesSchema.file, bytes: bytes, path: path,
                                                    what: "an exchange-rates file")
        guard let file else { return (ExchangeRates(), problems) }
        return check(file, problems: problems)
    }

    private static func check(_ file: ExchangeRatesSchema.File, problems: [Diagnostic]) -> (ExchangeRates, [Diagnostic]) {
        var diagnostics = problems
        var sources: [String: Source] = [:]
        for source in file.sources {
            if let first = sources[source.id] {
                diagnostics.append(.error("duplicate source id '\(source.id)'; it is first declared at "
                    + "line \(first.location.line)", at: source.location))
                continue
            }
            sources[source.id] = source
        }
        var rates: [ExchangeRate] = []
        var firstOfPair: [String: SourceLocation] = [:]
        for entry in file.rates {
            guard let fixed = entry.fixed else { continue }
            let codeProblems = ([entry.currency] + (entry.per.map { [$0] } ?? [])).compactMap(CurrencyCheck.problem)
            guard codeProblems.isEmpty else {
                diagnostics += codeProblems
                continue
            }
            let base = entry.per?.value ?? BudgetConversion.hubCurrency
            let quote = entry.currency.value
            guard sources[entry.source.value] != nil else {
                diagnostics.append(.error(
                    "rate of \(quote) per \(base) for \(entry.year.value) cites source '\(entry.source.value)', which "
                        + "'sources' does not declare; declare it there (title, publisher, published, language, url)"
                        + Suggestion.hint(for: entry.source.value, in: sources.keys.sorted()),
                    at: entry.source.location))
                continue
            }
            guard base != quote else {
                diagnostics.append(.error("a rate of \(quote) per \(base) converts nothing; name another currency "
                    + "under 'per' or 'currency'", at: entry.currency.location))
                continue
            }
            guard entry.rate.value > 0 else {
                diagnostics.append(.error("rate \(entry.rate.value) is not above zero; write the published rate, "
                    + "such as 11.795", at: entry.rate.location))
                continue
            }
            let key = "\(base)/\(quote)/\(entry.year.value)"
            if let first = firstOfPair[key] {
                diagnostics.append(.error(
                    "duplicate rate of \(quote) per \(base) for \(entry.year.value); the first is at line \(first.line) "
                        + "(one rate per pair and year: keep the one the comparison should use)", at: entry.location))
                continue
            }
            firstOfPair[key] = entry.location
            rates.append(ExchangeRate(
                base: base, quote: quote, rate: entry.rate.value, year: entry.year.value, fixed: fixed,
                citation: Citation(pluginID: ExchangeRates.citationNamespace, sourceID: entry.source.value,
                                   locator: entry.locator, location: entry.source.location),
                location: entry.location))
        }
        return (ExchangeRates(rates: rates, sources: file.sources), diagnostics)
    }
}
