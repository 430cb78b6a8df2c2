/// The "every key" reference of `docs/plugin-format.md`, generated from the declaration in ``DocumentSchemas``:
/// one Markdown table per record (key, type, required, allowed values, description), the manifest's records first,
/// then the initiative file's, each record once, in the order they are first used.
package enum FormatReference {
    /// The comment that opens the generated section in the document.
    package static let startMarker = "<!-- reference:start -->"
    /// The comment that closes the generated section in the document.
    package static let endMarker = "<!-- reference:end -->"

    /// The reference as Markdown, ending with a newline (the text between the two markers).
    static func markdownReference() -> String {
        var records: [RecordShape] = []
        collect(DocumentSchemas.manifest, into: &records)
        collect(DocumentSchemas.initiative, into: &records)
        var lines = [
            "Generated from the format's declaration (`Sources/PluginFormat/Schema/Declarations`) by "
                + "`nordic-compare schema --docs docs/plugin-format.md`; do not edit by hand.",
        ]
        for record in records {
            lines += ["", "### `\(record.name)`", "", record.summary, "",
                      "| key | type | required | allowed values | description |", "| --- | --- | --- | --- | --- |"]
            for field in record.fields {
                // A long form's `value` has the shape of the fact that holds it, which differs from fact to fact.
                let ofFact = record.name == "claim" && field.key == "value"
                let cells = ["`\(field.key)`", ofFact ? "the fact's value" : typeName(field.shape),
                             field.isRequired ? "yes" : "no", ofFact ? "" : allowedValues(field.shape), field.summary]
                lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `document` with the text between the markers replaced by the current reference, or nil when the document
    /// lacks either marker (or has them in the wrong order).
    package static func updating(_ document: String) -> String? {
        guard let start = document.range(of: startMarker), let end = document.range(of: endMarker),
              start.upperBound <= end.lowerBound else { return nil }
        return String(document[..<start.upperBound]) + "\n" + markdownReference() + String(document[end.lowerBound...])
    }

    /// The records of `record`'s tree, depth first, each name once.
    private static func collect(_ record: RecordShape, into records: inout [RecordShape]) {
        guard !records.contains(where: { $0.name == record.name }) else { return }
        records.append(record)
        for field in record.fields { nested(field.shape).forEach { collect($0, into: &records) } }
    }

    /// The records a value of `shape` may hold directly.
    private static func nested(_ shape: ValueShape) -> [RecordShape] {
        switch shape {
        case .record(let record): return [record]
        case .list(let item): return nested(item)
        case .map(_, _, let value): return nested(value)
        case .fact(let value, let longForm): return nested(value) + [longForm]
        case .anyOf(let shapes): return shapes.flatMap(nested)
        default: return []
        }
    }

    /// A short name of the type.
    private static func typeName(_ shape: ValueShape) -> String {
        switch shape {
        case .text: return "text"
        case .localizedText: return "localized text"
        case .date: return "partial date"
        case .decimal: return "decimal"
        case .integer: return "whole number"
        case .choice: return "word"
        case .codebookID: return "id"
        case .record(let record): return "`\(record.name)`"
        case .list(let item): return "list of " + typeName(item)
        case .map(_, let keys, let value): return "mapping (\(keys)): " + typeName(value)
        case .fact(let value, let longForm): return "fact: \(typeName(value)), or `\(longForm.name)`, or a list of those"
        case .anyOf(let shapes): return shapes.map(typeName).joined(separator: " or ")
        case .constant: return "constant"
        }
    }

    /// The values a field takes when the format closes or narrows them; empty when any value of its type will do.
    private static func allowedValues(_ shape: ValueShape) -> String {
        switch shape {
        case .text(let pattern, let format):
            return [pattern.map { "matches `\($0)`" }, format.map { "a \($0)" }].compactMap { $0 }.joined(separator: ", ")
        case .localizedText: return "language codes as keys"
        case .date: return "YYYY, YYYY-MM or YYYY-MM-DD"
        case .decimal: return "such as 7588 or 2226.914"
        case .integer(let minimum): return minimum.map { "at least \($0)" } ?? ""
        case .choice(let words) where words.count > 12:
            return "\(words.count) codes, `\(words[0])` to `\(words[words.count - 1])`"
        case .choice(let words): return words.map { "`\($0)`" }.joined(separator: ", ")
        case .codebookID(let pattern, let list): return "an id from \(list), matching `\(pattern)`"
        case .record, .map: return ""
        case .list(let item): return allowedValues(item)
        case .fact(let value, _): return allowedValues(value)
        case .anyOf(let shapes): return shapes.map(allowedValues).filter { !$0.isEmpty }.joined(separator: "; or ")
        case .constant(let text): return "`\(text)`"
        }
    }

    /// `text` made safe for a table cell.
    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
