import ArgumentParser
import ComparisonKit

/// A date typed for an option (`--as-of`, `--from`, `--to`): YYYY-MM-DD, or YYYY-MM or YYYY for its last day.
enum DateArgument {
    /// The date `text` names, or a usage error that names `option` and says what to write.
    static func parse(_ text: String, option: String) throws -> PartialDate {
        do throws(PartialDate.ParseError) {
            return try PartialDate(parsing: text)
        } catch {
            let problem = switch error {
            case .malformed: "is not a date"
            case .impossible: "is not a real calendar date"
            }
            throw ValidationError("\(option) '\(Echo.value(text))' \(problem); write YYYY-MM-DD, or YYYY-MM or YYYY "
                                  + "for its last day, such as 2020-12-31")
        }
    }
}
