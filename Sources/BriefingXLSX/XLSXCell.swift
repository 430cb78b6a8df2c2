import ComparisonKit

/// One cell of a worksheet: text or a number, never a formula.
///
/// Text is written as an inline string (`t="inlineStr"`), whatever it starts with, so a value such as `=1+1`,
/// `+47`, `-2` or `@SUM(A1)` stays the text it is: SpreadsheetML evaluates only `<f>` elements, and the workbook
/// writes none. A number is written as `<v>` with the digits as the plugin wrote them.
package enum XLSXCell: Equatable {
    /// Text, in the given cell style.
    case text(String, style: XLSXStyle)
    /// A number, its decimal digits as written (`8168`, `-2.5`).
    case number(String)

    /// The most significant digits a number cell keeps: Excel shows and computes with 15, so a value with more
    /// would read back as another number.
    static let maximumDigits = 15

    /// A data value as a cell, or nil for an empty value: a whole or decimal number of at most 15 significant
    /// digits as a number; a longer one as text, so that no digit is lost; a date as text as written (`2024`,
    /// `2024-09`, `2024-09-30`), since a year or a month alone is not a spreadsheet date and a column should not mix
    /// the two; text as text.
    package init?(_ value: DataValue?) {
        guard let value else { return nil }
        switch value {
        case .integer, .decimal:
            let digits = value.text
            self = Self.fitsANumber(digits) ? .number(digits) : .text(digits, style: .plain)
        case .date, .text:
            self = .text(value.text, style: .plain)
        }
    }

    /// Whether decimal digits as `DataValue.text` writes them (`-0.25`, never an exponent) hold at most 15
    /// significant digits, so that a spreadsheet's double keeps them exactly.
    static func fitsANumber(_ digits: String) -> Bool {
        var significant = 0
        var leading = true
        for scalar in digits.unicodeScalars {
            switch scalar {
            case "0" where leading: continue
            case "0"..."9":
                leading = false
                significant += 1
            case "-", ".": continue
            default: return false
            }
        }
        // Trailing zeros of a whole number count (they set its size); those after a decimal point do not appear,
        // since `DataValue.text` writes none.
        return significant <= maximumDigits
    }
}

/// The cell formats of the workbook's `xl/styles.xml`, by index into its `cellXfs`.
package enum XLSXStyle: Int, CaseIterable {
    /// The default: Calibri 11, no wrapping (data sheets).
    case plain = 0
    /// A header cell: bold, wrapped, aligned to the top.
    case header = 1
    /// A view's cell: wrapped (one line per entry), aligned to the top.
    case wrapped = 2
}
