import ComparisonKit
import Foundation
internal import YAMLKit

/// How one kind of value is read from a node: its declared shape, and the reading itself, which returns nil after
/// reporting why the node does not hold such a value.
struct ValueReader<Value>: Sendable {
    /// The declaration as data.
    let shape: ValueShape
    /// Reads the value at a node.
    let read: @Sendable (inout SchemaReader, Int) -> Value?

    /// A reader of values of `shape`.
    init(_ shape: ValueShape, read: @escaping @Sendable (inout SchemaReader, Int) -> Value?) {
        self.shape = shape
        self.read = read
    }

    /// The same values, with where each is written.
    var located: ValueReader<Located<Value>> {
        let read = self.read
        return ValueReader<Located<Value>>(shape) { reader, node in
            read(&reader, node).map { Located($0, at: reader.location(node)) }
        }
    }
}

extension ValueReader where Value == String {
    /// Any scalar's text, as written.
    static let text = ValueReader(.text()) { reader, node in scalarText(&reader, node, expected: "text") }

    /// An `http` or `https` address.
    static let url = ValueReader(.text(pattern: "^https?://", format: "uri")) { reader, node in
        guard let text = scalarText(&reader, node, expected: "text") else { return nil }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.count > 8 else {
            reader.report("'\(text)' is not an http or https address; write the full address, such as "
                + "https://www.regjeringen.no/…", at: node)
            return nil
        }
        return text
    }

    /// An ISO 639-1 language code (`en`, `nb`, `da`).
    static let languageCode = ValueReader(.choice(LanguageCodes.iso639_1)) { reader, node in
        guard let text = scalarText(&reader, node, expected: "a language code") else { return nil }
        return LanguageCodes.check(text, at: node, &reader) ? text : nil
    }

    /// An id from a codebook list (a theme, a jurisdiction): any scalar, checked against the codebook later.
    static func codebookID(_ list: String, pattern: String) -> ValueReader {
        ValueReader(.codebookID(pattern: pattern, list: list)) { reader, node in scalarText(&reader, node, expected: "an id") }
    }

    /// Any scalar's text, or nil after reporting a collection (described as `expected`).
    static func scalarText(_ reader: inout SchemaReader, _ node: Int, expected: String) -> String? {
        guard reader.document.kind(node) == .scalar else {
            reader.mismatch(node, expected: expected)
            return nil
        }
        guard !reader.isPlaceholder(node) else { return nil }
        return reader.document.string(node)
    }
}

extension ValueReader where Value == LocalizedText {
    /// Text in one language or several: a scalar (the same in every language), or a mapping from ISO 639-1 code to
    /// text.
    static let localizedText = ValueReader(.localizedText) { reader, node in
        let document = reader.document
        switch document.kind(node) {
        case .scalar:
            guard !reader.isPlaceholder(node) else { return nil }
            return LocalizedText(universal: document.string(node))
        case .mapping:
            var translations: [(language: LanguageCode, text: String)] = []
            translations.reserveCapacity(document.childCount(node))
            for key in document.keys(node) {
                let language = document.string(key)
                guard LanguageCodes.check(language, at: key, &reader),
                      let text = ValueReader<String>.scalarText(&reader, key + 1, expected: "text") else { continue }
                translations.append((language, text))
            }
            return LocalizedText(translations)
        case .sequence:
            reader.mismatch(node, expected: "text, or a mapping from language code to text")
            return nil
        }
    }
}

extension ValueReader where Value == PartialDate {
    /// A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) that exists on the calendar; `what` names it in messages.
    static func date(_ what: String) -> ValueReader {
        ValueReader(.date) { reader, node in
            let document = reader.document
            guard document.kind(node) == .scalar else {
                reader.mismatch(node, expected: "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)")
                return nil
            }
            if let parts = document.withUTF8(node, { PartialDate.isoParts(of: $0) }),
               let date = try? PartialDate(year: parts.year, month: parts.month, day: parts.day) {
                return date
            }
            do throws(PartialDate.ParseError) {
                return try PartialDate(parsing: document.string(node))
            } catch {
                reader.report("\(what): \(error.description)", at: node)
                return nil
            }
        }
    }
}

extension ValueReader where Value == Decimal {
    /// An exact decimal amount such as `7588` or `2226.914`, never through binary floating point.
    static func decimal(_ what: String) -> ValueReader {
        ValueReader(.decimal) { reader, node in
            let document = reader.document
            guard document.kind(node) == .scalar else {
                reader.mismatch(node, expected: "a decimal number such as 12 or 2226.914")
                return nil
            }
            if let value = document.withUTF8(node, { ValueParsing.decimal(utf8: $0) }) { return value }
            if let digits = document.withUTF8(node, { ValueParsing.digitCountBeyondLimit(utf8: $0) }) {
                reader.report("\(what) '\(document.string(node))' has \(digits) digits, more than the \(ValueParsing.maximumDigits) "
                    + "an exact decimal can hold; write it in a larger unit with 'scale' (such as million or billion)", at: node)
                return nil
            }
            reader.report("\(what) '\(document.string(node))' is not a plain decimal number; write digits with an "
                + "optional '.' and no thousands separators, for example 7588 or 2226.914", at: node)
            return nil
        }
    }
}

extension ValueReader where Value == Int {
    /// An optionally signed run of decimal digits that fits in `Int`, at least `minimum` when given; `what` names it.
    static func integer(_ what: String, minimum: Int? = nil) -> ValueReader {
        ValueReader(.integer(minimum: minimum)) { reader, node in
            let document = reader.document
            let text = document.kind(node) == .scalar ? document.string(node) : ""
            guard let value = Int(text) else {
                let digits = text.drop { $0 == "-" || $0 == "+" }
                if !digits.isEmpty, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) {
                    reader.report("the number \(text) \(DocumentPath.phrase(for: node, in: document)) is out of range; "
                        + "it must be between \(Int.min) and \(Int.max)", at: node)
                } else {
                    reader.mismatch(node, expected: minimum == 0 ? "a whole number that is not negative" : "a whole number")
                }
                return nil
            }
            if let minimum, value < minimum {
                reader.report("\(what) \(value) is \(minimum == 0 ? "negative" : "below \(minimum)")", at: node)
                return nil
            }
            return value
        }
    }
}

extension ValueReader where Value: RawRepresentable & CaseIterable & Sendable, Value.RawValue == String {
    /// A value of a closed set (kind, status, category, …), with a did-you-mean when misspelt; `what` names it.
    ///
    /// A value is recognised from the scalar's bytes with one lookup in a ``YAMLKeyTable`` of the raw values: matching
    /// a `String` against each raw value (`init(rawValue:)`) cost a tenth of the reader's time.
    static func choice(_ what: String) -> ValueReader {
        let cases = Array(Value.allCases)
        let allowed = cases.map(\.rawValue)
        let table = YAMLKeyTable(allowed)
        let expected = "one of: " + allowed.joined(separator: ", ")  // once, not for every value read
        return ValueReader(.choice(allowed)) { reader, node in
            guard reader.document.kind(node) == .scalar else {
                reader.mismatch(node, expected: expected)
                return nil
            }
            let symbol = reader.document.withUTF8(node) { table.symbol(of: $0) }
            if symbol >= 0 { return cases[Int(symbol)] }
            guard let text = ValueReader<String>.scalarText(&reader, node, expected: expected) else { return nil }
            if let value = Value(rawValue: text) { return value }  // text only canonically equal to a raw value
            reader.report("unknown \(what) '\(text)'; expected one of: \(allowed.joined(separator: ", "))"
                + Suggestion.hint(for: text, in: allowed), at: node)
            return nil
        }
    }
}

extension ValueReader {
    /// A list of values read by `item`; items that cannot be read are left out (and reported).
    static func list<Item>(_ item: ValueReader<Item>) -> ValueReader<[Item]> where Value == [Item] {
        let readItem = item.read
        return ValueReader(.list(item.shape)) { reader, node in
            let document = reader.document
            guard document.kind(node) == .sequence else {
                reader.mismatch(node, expected: "a list (lines starting with '- ')")
                return nil
            }
            var items: [Item] = []
            items.reserveCapacity(document.childCount(node))
            for child in document.items(node) {
                if let value = readItem(&reader, child) { items.append(value) }
            }
            return items
        }
    }

    /// A record read by `schema`.
    static func record(_ schema: RecordSchema<Value>) -> ValueReader {
        ValueReader(.record(schema.shape)) { reader, node in schema.read(node, &reader) }
    }


    /// A record read by `schema` into a draft, then made into the value by `finish` (which may report a problem
    /// that involves several fields and return nil).
    static func record<Draft>(
        _ schema: RecordSchema<Draft>, finish: @escaping @Sendable (inout SchemaReader, Int, Draft) -> Value?
    ) -> ValueReader {
        ValueReader(.record(schema.shape)) { reader, node in
            schema.read(node, &reader).flatMap { finish(&reader, node, $0) }
        }
    }
}
