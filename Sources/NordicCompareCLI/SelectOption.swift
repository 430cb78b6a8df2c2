import ArgumentParser
import ComparisonKit

/// `--select KEY=VALUE[,VALUE…]`, for the commands that compare initiatives (`print`, `run`, `findings`): which
/// initiatives to compare. Repeated flags combine with AND, the values of one flag with OR.
struct SelectOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Compare only the initiatives that match (repeatable; flags combine with AND, comma-separated values with "
            + "OR). Keys: " + SelectionKey.allCases.map(\.rawValue).joined(separator: ", ")
            + ". Example: --select kind=strategy,partnership --select jurisdiction=NO,DK.",
        valueName: "key=value"))
    var select: [String] = []

    /// Refuses a condition that cannot be read (unknown key, misspelt kind, bad year), with a did-you-mean.
    func validate() throws {
        do {
            _ = try InitiativeSelection(parsing: select)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
