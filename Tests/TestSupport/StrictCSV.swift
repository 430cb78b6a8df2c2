/// A strict RFC 4180 reader for tests: every record ends with CR LF, quotes only around whole fields,
/// `""` inside quotes for a quote; anything else (a bare CR or LF outside quotes, a quote inside an unquoted
/// field, text after a closing quote, a missing final CR LF) is an error.
public enum StrictCSV {
    /// Where and why the text is not strict RFC 4180.
    public struct ParseError: Error, CustomStringConvertible {
        /// What is wrong, and at which scalar.
        public var description: String
    }

    /// The records and their fields.
    public static func parse(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var index = 0

        func fail(_ message: String) -> ParseError {
            ParseError(description: "\(message) at scalar \(index) of \(scalars.count)")
        }

        while index < scalars.count {
            // At the start of a field.
            if scalars[index] == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else { throw fail("unterminated quoted field") }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            field.append("\"")
                            index += 2
                        } else {
                            index += 1
                            break
                        }
                    } else {
                        field.append(scalars[index])
                        index += 1
                    }
                }
            } else {
                while index < scalars.count, scalars[index] != ",", scalars[index] != "\r" {
                    if scalars[index] == "\"" { throw fail("quote inside an unquoted field") }
                    if scalars[index] == "\n" { throw fail("bare LF outside quotes") }
                    field.append(scalars[index])
                    index += 1
                }
            }
            // After a field: a comma or CR LF.
            guard index < scalars.count else { throw fail("missing CR LF after the last record") }
            if scalars[index] == "," {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                index += 1
                if index == scalars.count { throw fail("missing CR LF after the last record") }
            } else if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                records.append(fields)
                fields = []
                index += 2
            } else {
                throw fail("text after a closing quote or a bare CR")
            }
        }
        return records
    }
}
