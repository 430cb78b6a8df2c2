import ComparisonKit
import Foundation

/// The exchange-rates file of the codebook (`config/exchange-rates.yaml`): its sources and its rates, as written.
enum ExchangeRatesSchema {
    /// A rate as written, before its source is looked up.
    struct RateEntry: Sendable {
        var currency = Located("", at: .synthetic("codebook"))
        var per: Located<String>?
        var rate = Located(Decimal(0), at: .synthetic("codebook"))
        var year = Located(0, at: .synthetic("codebook"))
        var fixed: PartialDate?
        var source = Located("", at: .synthetic("codebook"))
        var locator: String?
        var location: SourceLocation
    }

    /// The file as written.
    struct File: Sendable {
        var sources: [Source] = []
        var rates: [RateEntry] = []
    }

    static let rate = RecordSchema<RateEntry>(
        "exchange-rate", "One published rate: units of a currency per one unit of another, for one year, cited.",
        fields: [
            FieldSchema("currency", ValueReader<String>.currency.located, required: true,
                        "The ISO 4217 code of the currency counted (NOK in 11.795 NOK per EUR).") { $0.currency = $1 },
            FieldSchema("per", ValueReader<String>.currency.located,
                        "The currency one unit of which is priced; EUR when left out.") { $0.per = $1 },
            FieldSchema("rate", ValueReader<Decimal>.decimal("rate").located, required: true,
                        "Units of the currency per one unit of 'per', exactly as published (read as text, never as "
                            + "a binary fraction).") { $0.rate = $1 },
            FieldSchema("year", ValueReader<Int>.integer("year", minimum: 1).located, required: true,
                        "The year whose figures this rate converts.") { $0.year = $1 },
            FieldSchema("fixed", .date("fixed"), required: true, "The day the rate was fixed (YYYY-MM-DD).") {
                $0.fixed = $1
            },
            FieldSchema("source", ValueReader<String>.text.located, required: true,
                        "The id of the source (under 'sources') that publishes the rate; a rate without one is an error.") {
                $0.source = $1
            },
            FieldSchema("locator", .text, "Where in the source the rate is, such as 'reference rates of 31 December 2021'.") {
                $0.locator = $1
            },
        ]) { reader, node in RateEntry(location: reader.location(node)) }

    static let file = RecordSchema<File>(
        "exchange-rates-file", "The exchange rates budgets are converted with, each citing the source that publishes it.",
        fields: [
            FieldSchema("format", .formatVersion, required: true, "The format version of the file; write 1.") { _, _ in },
            FieldSchema("sources", ManifestSchema.sources, required: true,
                        "Every source a rate may cite, by id, declared as in a plugin manifest.") { $0.sources = $1 },
            FieldSchema("rates", .list(.record(rate)), required: true, "The rates.") { $0.rates = $1 },
        ]) { _, _ in File() }
}
