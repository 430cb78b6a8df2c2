/// The prices a budget's amounts are given in: current (nominal) prices, the constant prices of one year, or a
/// source that does not say which.
///
/// Written in plugin files and JSON output as `current`, `constant-YYYY` (a four-digit year, such as
/// `constant-2018`) or `not-stated`.
public enum PriceBasis: Sendable, Hashable {
    /// Current (nominal) prices: each year's amount in that year's money.
    case current
    /// Constant prices of one year: every amount in that year's money.
    case constant(year: Int)
    /// The source gives amounts without saying which prices they are in.
    case notStated

    /// The written forms, for help texts and error messages.
    static let writtenForms: [String] = ["current", "constant-YYYY", "not-stated"]

    /// The prefix of the constant-prices form, before the year.
    private static let constantPrefix = "constant-"

    /// Reads a written form: `current`, `constant-YYYY` with exactly four ASCII digits, or `not-stated`; nil for
    /// anything else.
    public init?(rawValue: String) {
        switch rawValue {
        case "current":
            self = .current
        case "not-stated":
            self = .notStated
        default:
            guard rawValue.hasPrefix(Self.constantPrefix) else { return nil }
            let digits = rawValue.dropFirst(Self.constantPrefix.count)
            guard digits.utf8.count == 4, digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
                  let year = Int(digits)
            else { return nil }
            self = .constant(year: year)
        }
    }

    /// The written form: `current`, `constant-2018` or `not-stated`. A year below 1000 is padded to four digits,
    /// so that every year from 0 to 9999 reads back.
    public var rawValue: String {
        switch self {
        case .current:
            return "current"
        case .constant(let year):
            let digits = String(year)
            let padding = year >= 0 ? String(repeating: "0", count: max(0, 4 - digits.count)) : ""
            return Self.constantPrefix + padding + digits
        case .notStated:
            return "not-stated"
        }
    }
}
