/// A date known to the year, the month or the day, as sources state them (`2021`, `2021-03`, `2021-03-16`).
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month (1–12), when known.
    public let month: Int?
    /// The day of the month, when known (only together with a month).
    public let day: Int?

    /// Why a text is not a partial date.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The text is not written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or gives a day without a month).
        case malformed(String)
        /// The text has the right form but names no calendar date (month 13, 30 February, year 0).
        case impossible(String)

        /// The message for the person who wrote the date.
        public var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
            case .impossible(let text):
                return "'\(text)' is not a real calendar date"
            }
        }
    }

    /// Creates a partial date, checking that it exists on the calendar.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseError) {
        // The text for a message is only made when there is a problem to report.
        func text() -> String { PartialDate.format(year: year, month: month, day: day) }
        guard (1...9999).contains(year) else { throw .impossible(text()) }
        if let month, !(1...12).contains(month) { throw .impossible(text()) }
        if let day {
            guard let month else { throw .malformed(text()) }
            guard (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { throw .impossible(text()) }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits only).
    public init(parsing text: String) throws(ParseError) {
        guard let parts = Self.isoParts(of: text.utf8) else { throw .malformed(text) }
        try self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The year, month and day written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in UTF-8 bytes (ASCII digits, dashes
    /// where they belong), or nil for anything else: what `init(parsing:)` reads, for readers that hold bytes rather
    /// than a string. The calendar check is left to `init(year:month:day:)`.
    @inlinable
    package static func isoParts<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> (year: Int, month: Int?, day: Int?)? {
        // One pass over the bytes, without splitting into substrings: dates are parsed for every dated fact.
        var values = (0, 0, 0)
        var part = 0
        var length = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard length == (part == 0 ? 4 : 2), part < 2 else { return nil }
                part += 1
                length = 0
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), length < 4 else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch part {
            case 0: values.0 = values.0 * 10 + digit
            case 1: values.1 = values.1 * 10 + digit
            default: values.2 = values.2 * 10 + digit
            }
            length += 1
        }
        guard length == (part == 0 ? 4 : 2) else { return nil }
        return (values.0, part >= 1 ? values.1 : nil, part >= 2 ? values.2 : nil)
    }

    /// The ISO form at the precision known.
    public var description: String { PartialDate.format(year: year, month: month, day: day) }

    /// Orders by the earliest moment each date could mean, then by precision (a year before its months).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The last day the date could mean, for comparing an end with a start.
    package var latestPossible: (Int, Int, Int) {
        let month = self.month ?? 12
        return (year, month, day ?? PartialDate.daysIn(month: month, year: year))
    }

    /// The first day the date could mean.
    package var earliestPossible: (Int, Int, Int) { (year, month ?? 1, day ?? 1) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, written digit by digit: at most ten ASCII bytes, so the result is a small
    /// string that needs no allocation (dates are written for every footnote of every table).
    private static func format(year: Int, month: Int?, day: Int?) -> String {
        guard (0...9999).contains(year), (0...99).contains(month ?? 0), (0...99).contains(day ?? 0),
              month != nil || day == nil else {
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            var text = String(year)
            while text.count < 4 { text = "0" + text }
            if let month { text += "-" + two(month) }
            if let day { text += "-" + two(day) }
            return text
        }
        let length = month == nil ? 4 : day == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: length) { bytes in
            func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
            bytes[0] = digit(year / 1000)
            bytes[1] = digit(year / 100)
            bytes[2] = digit(year / 10)
            bytes[3] = digit(year)
            if let month {
                bytes[4] = UInt8(ascii: "-")
                bytes[5] = digit(month / 10)
                bytes[6] = digit(month)
            }
            if let day {
                bytes[7] = UInt8(ascii: "-")
                bytes[8] = digit(day / 10)
                bytes[9] = digit(day)
            }
            return length
        }
    }
}
