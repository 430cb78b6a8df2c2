import ComparisonKit

/// The check of a currency code the codebook or the run configuration writes: an ISO 4217 code in use.
enum CurrencyCheck {
    /// The error for a code that is not an ISO 4217 code in use, with a did-you-mean; nil for a good one.
    static func problem(_ code: Located<String>) -> Diagnostic? {
        guard let message = message(for: code.value) else { return nil }
        return .error(message, at: code.location)
    }

    /// What is wrong with `code`, or nil when it is an ISO 4217 code in use.
    static func message(for code: String) -> String? {
        guard !CodeLists.currencies.contains(code) else { return nil }
        return "unknown currency code '\(code)'; use an ISO 4217 code such as EUR, NOK, DKK or SEK"
            + Suggestion.hint(for: code.uppercased() == code ? code : code.uppercased(), in: CodeLists.currencies.sorted())
    }
}
