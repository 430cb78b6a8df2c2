import Foundation

/// One value of a normalised table's row, typed as its column is.
package enum DataValue: Sendable, Hashable {
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A decimal number, kept as the plugin wrote it.
    case decimal(Decimal)
    /// A date as precise as known.
    case date(PartialDate)

    /// The value as text: the text itself, the number in decimal digits (`-2226.914`, never an exponent), or the
    /// date as written (`2024`, `2024-01`, `2024-01-09`).
    package var text: String {
        switch self {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .decimal(let number): return DecimalText.plain(number)
        case .date(let date): return date.description
        }
    }
}
