internal import YAMLKit

/// A mapping with fixed keys, declared once: each field's key, shape, whether it is required, a one-line
/// description, and where its value goes in the value being built (`Draft`, usually the model type itself).
///
/// Reading a record checks every key against the declaration (an unknown key gets a did-you-mean), reports every
/// missing required key, then reads the fields in declaration order, so a field that others depend on (an
/// initiative's default `source`) is declared, and read, first.
struct RecordSchema<Draft>: Sendable {
    /// The declaration as data, for the JSON Schemas, the format reference and the templates.
    let shape: RecordShape
    let fields: [FieldSchema<Draft>]
    /// Each field's reading, whether it is required and whether a null is a value, by field index: kept apart from
    /// `fields` so that reading a record touches three small arrays rather than copying each field's declaration
    /// (its strings and shape) for every record read; copying them cost a fifth of the reader's time.
    private let applies: [@Sendable (inout Draft, inout SchemaReader, Int) -> Bool]
    private let required: [Bool]
    private let keepsNull: [Bool]
    /// The value a record starts from, before its fields are read (given the mapping's node).
    private let start: @Sendable (inout SchemaReader, Int) -> Draft
    /// Each key symbol's field index, or -1 (keys interned after this record was declared are beyond the end).
    private let ordinals: [Int8]
    private let declaredKeys: [String]

    /// One slot per field, on the stack: the node of each field's value, or -1.
    private typealias Slots = InlineArray<40, Int32>

    /// The most fields a record may declare.
    static var maximumFields: Int { Slots.count }

    /// Declares a record named `name`, whose reading starts from `start` and fills in `fields`.
    init(_ name: String, _ summary: String, fields: [FieldSchema<Draft>],
         start: @escaping @Sendable (inout SchemaReader, Int) -> Draft) {
        precondition(fields.count <= Self.maximumFields, "record \(name) declares more than \(Self.maximumFields) fields")
        shape = RecordShape(name: name, summary: summary, fields: fields.map(\.shape))
        self.fields = fields
        applies = fields.map(\.apply)
        required = fields.map(\.shape.isRequired)
        keepsNull = fields.map(\.keepsNull)
        self.start = start
        declaredKeys = fields.map(\.shape.key)
        let symbols = declaredKeys.map(FormatKeys.symbol(for:))
        var ordinals = [Int8](repeating: -1, count: Int(symbols.max() ?? 0) + 1)
        for (index, symbol) in symbols.enumerated() { ordinals[Int(symbol)] = Int8(index) }
        self.ordinals = ordinals
    }

    /// The record at `node`, or nil when it is not a mapping or a required field is missing or unreadable (every
    /// problem is reported either way).
    func read(_ node: Int, _ reader: inout SchemaReader) -> Draft? {
        let document = reader.document
        guard document.kind(node) == .mapping else {
            reader.mismatch(node, expected: "a mapping (\(shape.name): \(declaredKeys.prefix(4).joined(separator: ", "))…)")
            return nil
        }
        var slots = Slots(repeating: -1)
        for key in document.keys(node) {
            let symbol = Int(document.symbol(key))
            let ordinal = symbol >= 0 && symbol < ordinals.count ? Int(ordinals[symbol]) : -1
            guard ordinal >= 0 else {
                reader.unknownKey(key, in: node, allowed: declaredKeys)
                continue
            }
            // A plain null counts as absent, except where the field gives null a meaning (`unknown:` with no reason).
            if keepsNull[ordinal] || required[ordinal] || !document.isNull(key + 1) {
                slots[ordinal] = Int32(key + 1)
            }
        }
        var draft = start(&reader, node)
        var complete = true
        for index in applies.indices {
            let value = Int(slots[index])
            guard value >= 0 else {
                if required[index] {
                    reader.missingKey(declaredKeys[index], in: node, declared: declaredKeys)
                    complete = false
                }
                continue
            }
            if !applies[index](&draft, &reader, value), required[index] { complete = false }
        }
        return complete ? draft : nil
    }
}

/// One key of a record: its declaration as data, and how its value is read into the draft.
struct FieldSchema<Draft>: Sendable {
    /// The declaration as data.
    let shape: FieldShape
    /// True when a plain null is a value of this field rather than its absence.
    let keepsNull: Bool
    /// Reads the value at a node into the draft; false when it could not be read (the reader reported why).
    let apply: @Sendable (inout Draft, inout SchemaReader, Int) -> Bool

    /// A field whose value, once read by `value`, is stored by `set`.
    init<Value>(_ key: String, _ value: ValueReader<Value>, required: Bool = false, keepsNull: Bool = false,
                _ summary: String, set: @escaping @Sendable (inout Draft, Value) -> Void) {
        shape = FieldShape(key: key, shape: value.shape, isRequired: required, summary: summary)
        // A fact's null is passed to the fact's reading, which says what to write instead: taken as absent, it would
        // silently leave the fact not recorded.
        if case .fact = value.shape { self.keepsNull = true } else { self.keepsNull = keepsNull }
        let read = value.read  // capture the reading alone, not the shape beside it
        apply = { draft, reader, node in
            guard let value = read(&reader, node) else { return false }
            set(&draft, value)
            return true
        }
    }

    /// A field whose setter also updates the reader (an initiative's default source, which later fields cite).
    init<Value>(_ key: String, _ value: ValueReader<Value>, required: Bool = false, _ summary: String,
                update: @escaping @Sendable (inout Draft, inout SchemaReader, Value) -> Void) {
        shape = FieldShape(key: key, shape: value.shape, isRequired: required, summary: summary)
        keepsNull = false
        let read = value.read
        apply = { draft, reader, node in
            guard let value = read(&reader, node) else { return false }
            update(&draft, &reader, value)
            return true
        }
    }
}
