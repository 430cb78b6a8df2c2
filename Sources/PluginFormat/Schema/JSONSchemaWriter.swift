/// JSON Schemas (draft 2020-12) of the plugin files, generated from the declaration in ``DocumentSchemas``, for
/// editors (hover text, completion, squiggles through a `# yaml-language-server: $schema=` modeline) and for CI.
///
/// The schemas describe the files as a YAML editor types them: a scalar the reader takes as text also passes when
/// the editor reads it as a number or a boolean (`version: 1.0` or `published: 2021`). They check what the
/// declaration states (keys, types, patterns, closed lists); what needs the codebook or other files (a source id
/// that is declared, a theme that exists, a date on the calendar) is left to `nordic-compare validate`.
///
/// The output is byte-stable: keys in declaration order (definitions sorted by name), two-space indentation, and
/// a trailing newline, so the committed files in `schema/` can be compared with a fresh generation.
package enum JSONSchemaWriter {
    /// The file name of the manifest's schema, in the `schema/` folder.
    static let manifestFileName = "plugin-manifest.schema.json"
    /// The file name of the initiative file's schema, in the `schema/` folder.
    static let initiativeFileName = "initiative.schema.json"

    /// The JSON Schema of a plugin manifest, `plugin.yaml`.
    static func manifestSchema() -> String {
        document(DocumentSchemas.manifest, id: "plugin-manifest", title: "Nordic Compare plugin manifest (plugin.yaml)")
    }

    /// The JSON Schema of an initiative file, `initiatives/*.yaml`.
    package static func initiativeSchema() -> String {
        document(DocumentSchemas.initiative, id: "initiative", title: "Nordic Compare initiative file")
    }

    /// Every schema file, by file name, in a fixed order.
    package static func files() -> [(name: String, contents: String)] {
        [(manifestFileName, manifestSchema()), (initiativeFileName, initiativeSchema())]
    }

    private static func document(_ record: RecordShape, id: String, title: String) -> String {
        var builder = Builder()
        let root = builder.object(record)
        var members: [(String, JSONText)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("urn:nordic-compare:schema:\(id):\(DocumentReading.supportedFormat)")),
            ("title", .string(title)),
            ("description", .string(record.summary + " Generated from the format's declaration by "
                + "'nordic-compare schema'; do not edit by hand.")),
        ]
        if case .object(let body) = root { members += body.filter { $0.0 != "description" } }
        if !builder.definitions.isEmpty {
            members.append(("$defs", .object(builder.definitions.sorted { $0.0 < $1.0 })))
        }
        return JSONText.object(members).document
    }

    /// Collects the `$defs` while turning shapes into schemas.
    private struct Builder {
        var definitions: [(String, JSONText)] = []

        /// A record as an object schema that takes no other keys.
        mutating func object(_ record: RecordShape) -> JSONText {
            var members: [(String, JSONText)] = [
                ("type", .string("object")), ("description", .string(record.summary)),
                ("additionalProperties", .bool(false)),
            ]
            let required = record.fields.filter(\.isRequired).map { JSONText.string($0.key) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            let properties = record.fields.map { field in
                (field.key, Self.described(schema(field.shape, context: field.key), field.summary))
            }
            members.append(("properties", .object(properties)))
            return .object(members)
        }

        /// A `$ref` to the record's definition, added under its name, or under `context-name` when a different
        /// record already has that name (each fact has its own long form, `status-claim`, `budget-claim`).
        mutating func reference(_ record: RecordShape, context: String, prefixed: Bool = false) -> JSONText {
            let body = object(record)
            var name = prefixed ? "\(context)-\(record.name)" : record.name
            if let existing = definitions.first(where: { $0.0 == name }), existing.1 != body {
                name = "\(context)-\(record.name)"
            }
            if !definitions.contains(where: { $0.0 == name }) { definitions.append((name, body)) }
            return .object([("$ref", .string("#/$defs/\(name)"))])
        }

        /// The schema of a value of `shape`; `context` (the field's key) names the definitions it needs.
        mutating func schema(_ shape: ValueShape, context: String) -> JSONText {
            switch shape {
            case .text(let pattern, let format):
                var members: [(String, JSONText)] = [("type", ScalarTypes.text)]
                if let pattern { members.append(("pattern", .string(pattern))) }
                if let format { members.append(("format", .string(format))) }
                return .object(members)
            case .localizedText:
                return .object([("anyOf", .array([
                    .object([("type", ScalarTypes.text)]),
                    .object([
                        ("type", .string("object")),
                        ("propertyNames", .object([("pattern", .string("^[a-z]{2}$"))])),
                        ("additionalProperties", .object([("type", ScalarTypes.text)])),
                    ]),
                ]))])
            case .date:
                return .object([("type", ScalarTypes.date), ("pattern", .string(#"^\d{4}(-\d{2}(-\d{2})?)?$"#))])
            case .decimal:
                return .object([("type", ScalarTypes.decimal)])
            case .integer(let minimum):
                var members: [(String, JSONText)] = [("type", ScalarTypes.integer), ("pattern", .string("^[+-]?[0-9]+$"))]
                if let minimum { members.append(("minimum", .integer(minimum))) }
                return .object(members)
            case .choice(let words):
                return .object([("enum", .array(words.flatMap(ScalarTypes.asTyped)))])
            case .codebookID(let pattern, _):
                return .object([("type", ScalarTypes.text), ("pattern", .string(pattern))])
            case .record(let record):
                return reference(record, context: context)
            case .list(let item):
                return .object([("type", .string("array")), ("items", schema(item, context: context))])
            case .map(let keyPattern, let keyDescription, let value):
                return .object([
                    ("type", .string("object")),
                    ("propertyNames", .object([("pattern", .string(keyPattern)), ("description", .string(keyDescription))])),
                    ("additionalProperties", schema(value, context: context)),
                ])
            case .fact(let value, let longForm):
                let short = schema(value, context: context)
                let long = reference(longForm, context: context, prefixed: true)
                return .object([("anyOf", .array([
                    short, long, .object([("type", .string("array")), ("items", .object([("anyOf", .array([short, long]))]))]),
                ]))])
            case .anyOf(let shapes):
                return .object([("anyOf", .array(shapes.map { schema($0, context: context) }))])
            case .constant(let text):
                return .object([("enum", .array(ScalarTypes.asTyped(text)))])
            }
        }

        /// `schema` with `summary` as its description, placed first so editors show it.
        static func described(_ schema: JSONText, _ summary: String) -> JSONText {
            guard case .object(let members) = schema else { return schema }
            return .object([("description", .string(summary))] + members.filter { $0.0 != "description" })
        }
    }
}

/// The JSON types a YAML editor gives the scalars the reader accepts.
private enum ScalarTypes {
    /// Text: `1.0.0` and `NO` stay strings, but `2021`, `1.5` and `true` are typed as numbers and booleans.
    static let text = JSONText.array(["string", "number", "integer", "boolean"].map(JSONText.string))
    /// A partial date: `2021` is an integer, `2021-03` a string.
    static let date = JSONText.array(["string", "integer"].map(JSONText.string))
    /// A decimal: `7588` is an integer, `2226.914` a number.
    static let decimal = JSONText.array(["string", "number", "integer"].map(JSONText.string))
    /// A whole number: `12`, or `"12"` quoted.
    static let integer = JSONText.array(["integer", "string"].map(JSONText.string))

    /// A word of a closed list, and the value a YAML editor reads it as when that is not a string (`1`, `true`).
    static func asTyped(_ word: String) -> [JSONText] {
        if let number = Int(word) { return [.integer(number), .string(word)] }
        if ["true", "false"].contains(word.lowercased()) { return [.bool(word.lowercased() == "true"), .string(word)] }
        return [.string(word)]
    }
}
