import ArgumentParser
import ComparisonKit

/// `--currency` and `--per-year`, for the commands that build comparison tables (`print` and `run`): every view's
/// budgets converted with the codebook's exchange rates; and for `findings`, which ranks the converted budgets.
struct BudgetBasisOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Show budgets converted to this ISO 4217 currency (such as EUR or NOK), beside the amount as written and the "
            + "cited rate from config/exchange-rates.yaml; a missing rate is named, never guessed.",
        valueName: "code"))
    var currency: String?

    @Flag(name: .long, help: "With --currency: divide each budget by the years of its initiative's period.")
    var perYear = false

    mutating func validate() throws {
        if let currency {
            guard CodeLists.currencies.contains(currency) else {
                throw ValidationError("unknown currency code '\(Echo.value(currency))'; use an ISO 4217 code such as "
                                      + "--currency EUR, NOK, DKK or SEK"
                                      + Suggestion.hint(for: currency.uppercased(), in: CodeLists.currencies.sorted()))
            }
        } else if perYear {
            throw ValidationError("--per-year needs a currency to convert to; add --currency CODE, such as --currency EUR")
        }
    }

    /// The basis asked for, or nil to keep each view's.
    var basis: BudgetBasis? { currency.map { BudgetBasis(currency: $0, perYear: perYear) } }
}
