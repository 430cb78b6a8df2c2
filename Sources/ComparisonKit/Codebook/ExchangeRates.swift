import Foundation

/// One published exchange rate: how many units of `quote` one unit of `base` buys, for one year, with the source
/// that publishes it.
///
/// The shipped rates are the European Central Bank's euro reference rates (`base` EUR), but any pair may be given.
public struct ExchangeRate: Sendable, Hashable {
    /// The currency one unit of which is priced (EUR for the ECB's reference rates).
    public var base: String
    /// The currency the rate counts in (NOK in 11.795 NOK per EUR).
    public var quote: String
    /// Units of `quote` per one unit of `base`, exactly as published.
    public var rate: Decimal
    /// The year whose figures this rate converts.
    public var year: Int
    /// The day the rate was fixed.
    public var fixed: PartialDate
    /// The source that publishes it: a source of the exchange-rates file, in ``ExchangeRates/citationNamespace``.
    public var citation: Citation
    /// Where the rate is written.
    public var location: SourceLocation

    /// Creates a rate.
    public init(base: String, quote: String, rate: Decimal, year: Int, fixed: PartialDate, citation: Citation,
                location: SourceLocation) {
        self.base = base
        self.quote = quote
        self.rate = rate
        self.year = year
        self.fixed = fixed
        self.citation = citation
        self.location = location
    }
}

/// The exchange rates of the codebook (`config/exchange-rates.yaml`) and the sources they cite.
///
/// Rates are data, never code: a conversion that needs a rate this list lacks is a ``ConversionGap``, not a guess.
public struct ExchangeRates: Sendable {
    /// The plugin id that citations of the exchange-rates file's sources carry. It holds a colon, which no plugin
    /// id may, so a rate's source never collides with a plugin's and footnotes find it in ``sources``.
    public static let citationNamespace = "codebook:exchange-rates"

    /// The rates, in the order written.
    public let rates: [ExchangeRate]
    /// The sources the rates cite, by id.
    public let sources: [String: Source]
    private let byPairAndYear: [PairYear: ExchangeRate]

    /// A currency pair in a year, the key rates are found by.
    private struct PairYear: Hashable {
        var base: String
        var quote: String
        var year: Int
    }

    /// Creates the list; of two rates for one pair and year the first is kept (the format layer reports the second).
    public init(rates: [ExchangeRate] = [], sources: [Source] = []) {
        self.rates = rates
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byPairAndYear = Dictionary(rates.map { (PairYear(base: $0.base, quote: $0.quote, year: $0.year), $0) },
                                   uniquingKeysWith: { first, _ in first })
    }

    /// The rate of units of `quote` per one `base` for `year`, exactly as written (not inverted, not crossed).
    public func rate(base: String, quote: String, year: Int) -> ExchangeRate? {
        byPairAndYear[PairYear(base: base, quote: quote, year: year)]
    }

    /// The source a rate's citation names, if the file declares it.
    public func source(for citation: Citation) -> Source? {
        guard citation.pluginID == Self.citationNamespace else { return nil }
        return sources[citation.sourceID]
    }
}
