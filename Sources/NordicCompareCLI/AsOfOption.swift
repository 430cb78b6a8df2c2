import ArgumentParser
import ComparisonKit

/// `--as-of`, for the commands that build tables (`print`, `run`, `show`) and `findings`: the state of the facts on a
/// date.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Show the facts as they stood on this date: only claims dated on or before it and only sources published by "
            + "then (a claim without a date counts from its source's). YYYY-MM-DD, or YYYY-MM or YYYY for its last "
            + "day, such as --as-of 2020-12-31.", valueName: "date"))
    var asOf: String?

    /// The date typed (set by `validate()`).
    private(set) var date: PartialDate? = nil

    /// Only `asOf` is parsed; `date` is what `validate()` made of it.
    private enum CodingKeys: String, CodingKey { case asOf }

    mutating func validate() throws {
        guard let asOf else { return }
        date = try DateArgument.parse(asOf, option: "--as-of")
    }
}
