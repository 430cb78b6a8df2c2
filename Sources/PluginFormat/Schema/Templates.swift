/// YAML templates generated from the declared format (``DocumentSchemas``), so a scaffold never goes stale: every
/// declared key appears in declaration order with its summary as a comment. Required keys get a value (given, or
/// ``placeholder``), optional keys are commented-out lines with an example value.
package enum Templates {
    /// The text standing for a value the author must fill in. Where the value is an id, a date, a code or a
    /// choice, validation rejects it until it is replaced.
    package static let placeholder = placeholderLiteral.description
    /// ``placeholder`` as a literal, which the reader compares with a scalar's bytes.
    static let placeholderLiteral: StaticString = "FILL-IN"

    /// A document for `record`: `values` gives the YAML text of keys the caller knows, by dotted path
    /// (`plugin.id`); `header` lines are written first as comments.
    static func document(_ record: RecordShape, values: [String: String] = [:], header: [String] = []) -> String {
        var lines = header.map { $0.isEmpty ? "#" : "# " + $0 }
        lines += fieldLines(record, values: values, path: "", indent: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An initiative file with the given id and kind; `language` (an ISO 639-1 code) when known, which also
    /// names the original-language entry of `name`.
    package static func initiative(id: String, kind: String, language: String?) -> String {
        var values = ["id": id, "kind": kind, "source": placeholder]
        if let language {
            values["language"] = language
            values["name"] = language == "en"
                ? "{ en: \(placeholder) }" : "{ \(language): \(placeholder), en: \(placeholder) }"
        }
        return document(DocumentSchemas.initiative, values: values, header: [
            "yaml-language-server: $schema=../../../schema/\(JSONSchemaWriter.initiativeFileName)",
            "An initiative file: replace every \(placeholder), then run 'nordic-compare validate'.",
            "'source' must be the id of a source declared under 'sources:' in plugin.yaml.",
            "Optional keys are commented out: remove the '# ' to use one (see docs/plugin-format.md).",
        ])
    }

    /// A plugin manifest for plugin `id` listing `initiatives`; `name` is the English name and `language` (when
    /// known) the language of its sources. It declares no source yet: a commented example shows one.
    package static func manifest(id: String, name: String, jurisdiction: String, language: String?,
                                initiatives: [String]) -> String {
        var values = [
            "plugin.id": id, "plugin.name": "{ en: \(quoted(name)) }", "plugin.jurisdiction": jurisdiction,
            "plugin.version": "1.0.0",
            "initiatives": initiatives.isEmpty ? "[]" : "\n" + initiatives.map { "  - " + quoted($0) }.joined(separator: "\n"),
            "indicators": "[]",
        ]
        if let language { values["sources.*.language"] = language }
        return document(DocumentSchemas.manifest, values: values, header: [
            "yaml-language-server: $schema=../../schema/\(JSONSchemaWriter.manifestFileName)",
            "The manifest of the \(id) plugin. Declare under 'sources:' every source the initiatives cite (the",
            "commented example shows one), then run 'nordic-compare validate'.",
        ])
    }

    /// `text` as a YAML double-quoted scalar when it could be read as something else; otherwise as it is.
    static func quoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " -_./()".unicodeScalars.contains(scalar)
        }
        if plain, let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.last != " " {
            return text
        }
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\x" + hex(scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }

    /// The lines of a record's fields at `indent`.
    private static func fieldLines(_ record: RecordShape, values: [String: String], path: String,
                                   indent: String) -> [String] {
        var lines: [String] = []
        for field in record.fields {
            let key = path.isEmpty ? field.key : path + "." + field.key
            lines.append(indent + "# " + comment(for: field))
            if let value = values[key] {
                lines.append(indent + field.key + ":" + (value.hasPrefix("\n") ? value : " " + value))
            } else if field.isRequired {
                lines += requiredLines(field, values: values, path: key, indent: indent)
            } else {
                lines.append(indent + "# " + field.key + ": " + example(field.shape))
            }
        }
        return lines
    }

    /// A required field the caller gave no value for: a nested record is written out, a mapping of entries gets
    /// an empty value and a commented example entry, anything else the placeholder.
    private static func requiredLines(_ field: FieldShape, values: [String: String], path: String,
                                      indent: String) -> [String] {
        switch field.shape {
        case .record(let record):
            return [indent + field.key + ":"] + fieldLines(record, values: values, path: path, indent: indent + "  ")
        case .map(_, _, .record(let entry)):
            var lines = [indent + field.key + ": {}", indent + "# For example:", indent + "# " + field.key + ":",
                         indent + "#   \(placeholder)-id:"]
            for item in entry.fields {
                let value = values[path + ".*." + item.key] ?? example(item.shape)
                lines.append(indent + "#     " + item.key + ": " + value + "   # " + item.summary)
            }
            return lines
        default:
            return [indent + field.key + ": " + example(field.shape)]
        }
    }

    /// The field's summary, with its choices when there are few enough to read.
    private static func comment(for field: FieldShape) -> String {
        var text = field.summary + (field.isRequired ? "" : " (optional)")
        if case .choice(let words) = field.shape, words.count <= 15 {
            text += " One of: " + words.joined(separator: ", ") + "."
        } else if case .fact(.choice(let words), _) = field.shape, words.count <= 15 {
            text += " One of: " + words.joined(separator: ", ") + "."
        }
        return text
    }

    /// An example value of `shape` on one line: the placeholder wherever the author must choose.
    static func example(_ shape: ValueShape) -> String {
        switch shape {
        case .constant(let text): return text
        case .localizedText: return "{ en: \(placeholder) }"
        case .record(let record):
            let required = record.fields.filter(\.isRequired)
            let shown = required.isEmpty ? record.fields : required
            return "{ " + shown.map { $0.key + ": " + example($0.shape) }.joined(separator: ", ") + " }"
        case .list(let item): return "[" + example(item) + "]"
        case .map(_, _, let value): return "{ \(placeholder): " + example(value) + " }"
        case .fact(let value, _): return example(value)
        case .anyOf(let shapes): return shapes.first.map(example) ?? placeholder
        case .text, .date, .decimal, .integer, .choice, .codebookID: return placeholder
        }
    }
}
