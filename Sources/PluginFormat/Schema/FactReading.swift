import ComparisonKit
internal import YAMLKit

/// A claim being read in its long form: the content once read, and its citation, standing, date and note.
struct ClaimDraft<Value: Sendable & Hashable> {
    /// The content read (the last one, when several are given) and how many were given: most facts are written in
    /// the long form, so this stays out of an array, which cost an allocation per claim.
    var content: Claim<Value>.Content?
    var contentCount = 0
    var citation: Citation
    var status: ClaimStatus = .stated
    var asOf: PartialDate?
    var note: LocalizedText?

    /// Records a content read.
    mutating func set(_ read: Claim<Value>.Content) {
        content = read
        contentCount += 1
    }
}

extension ValueReader {
    /// A fact: the value alone (short form, citing the initiative's default source), a long form with `value`,
    /// `unknown` or `not-applicable` and its own citation, or a list of those (a dated history, or sources that
    /// disagree).
    static func fact<Item>(_ value: ValueReader<Item>) -> ValueReader<Fact<Item>> where Value == Fact<Item> {
        let longForm = RecordSchema<ClaimDraft<Item>>(
            "claim", "One value of a fact with its own citation, or the finding that the sources do not state it.",
            fields: [
                FieldSchema("value", ValueReader<Item>.nonEmpty(value), keepsNull: true, "The value as the source gives it.") {
                    $0.set(.known($1))
                },
                FieldSchema("unknown", .reason, keepsNull: true,
                            "The sources were read and do not state this; say what was checked (in one language or several).") {
                    $0.set(.unknown(reason: $1))
                },
                FieldSchema("not-applicable", .reason, keepsNull: true,
                            "The concept does not apply to this initiative (a strategy has no chair); say why (in one language or several).") {
                    $0.set(.notApplicable(reason: $1))
                },
                FieldSchema("source", ValueReader<String>.sourceID.located, "The id of the declared source this claim cites.") {
                    $0.citation.sourceID = $1.value
                    $0.citation.location = $1.location
                },
                FieldSchema("locator", .text, "Where in the source: a section, box, paragraph, article or page.") {
                    $0.citation.locator = $1
                },
                FieldSchema("status", .choice("claim status"), "The value's standing: stated unless it is a step in a decision.") {
                    $0.status = $1
                },
                FieldSchema("as-of", .date("as-of"), "The date the value applies from (a partial date).") { $0.asOf = $1 },
                FieldSchema("note", .localizedText, "A remark in your own words, in one language or several.") { $0.note = $1 },
            ]) { reader, node in ClaimDraft(citation: reader.defaultCitation(at: node)) }
        let contentKeys = ["value", "unknown", "not-applicable"].map(FormatKeys.symbol(for:))
        let readValue = value.read
        let acceptsMapping = value.shape.acceptsMapping
        let valuePhrase = value.shape.phrase
        @Sendable func claim(_ reader: inout SchemaReader, _ node: Int) -> Claim<Item>? {
            let document = reader.document
            if document.kind(node) == .mapping {
                if reader.isMapping(node, withAnyOf: contentKeys) {
                    let reported = reader.diagnostics.count
                    guard let draft = longForm.read(node, &reader) else { return nil }
                    guard draft.contentCount == 1, let content = draft.content else {
                        // An empty `value:` has been reported already, with what to write instead.
                        if draft.contentCount > 1 || reader.diagnostics.count == reported {
                            reader.report("a fact has one of 'value', 'unknown' or 'not-applicable', not several", at: node)
                        }
                        return nil
                    }
                    return Claim(content, citation: draft.citation, status: draft.status, asOf: draft.asOf, note: draft.note)
                }
                if !acceptsMapping {
                    reader.mismatch(node, expected: valuePhrase, hint: "the long form needs 'value:' (or 'unknown:' or "
                        + "'not-applicable:') beside 'source:', 'locator:' and 'note:'")
                    return nil
                }
            }
            if reader.isEmptyFact(node) { return nil }
            return readValue(&reader, node).map { Claim(.known($0), citation: reader.defaultCitation(at: node)) }
        }
        return ValueReader(.fact(value: value.shape, longForm: longForm.shape)) { reader, node in
            guard reader.document.kind(node) == .sequence else { return claim(&reader, node).map { Fact([$0]) } }
            var claims: [Claim<Item>] = []
            claims.reserveCapacity(reader.document.childCount(node))
            for item in reader.document.items(node) {
                if let read = claim(&reader, item) { claims.append(read) }
            }
            return Fact(claims)
        }
    }
}

extension ValueReader {
    /// The values of `value`, except that a null or empty one is reported (see ``SchemaReader/isEmptyFact(_:)``).
    static func nonEmpty(_ value: ValueReader<Value>) -> ValueReader<Value> {
        let read = value.read
        return ValueReader(value.shape) { reader, node in reader.isEmptyFact(node) ? nil : read(&reader, node) }
    }
}

extension SchemaReader {
    /// True, after reporting it, when a fact's value at `node` is null (`lead: null`, `meetings: ~`, a key with
    /// nothing after it) or empty text (`chair: ""`). Either would pass for a recorded fact (not recorded, or an
    /// empty cell with a citation), so the message says what to write instead: the value, or why the sources do not
    /// give it.
    mutating func isEmptyFact(_ node: Int) -> Bool {
        guard document.kind(node) == .scalar else { return false }
        let isNull = document.isNull(node)
        guard isNull || document[node].count == 0 else { return false }
        let path = DocumentPath.path(to: node, in: document)
        report("'\(path)' is \(isNull ? "null" : "empty text"), which records nothing; write the value, or "
            + "'unknown: <what the sources were checked for>' when they do not state it, or 'not-applicable: <why>' "
            + "when it does not apply to this initiative (see docs/plugin-format.md); leave the key out only while it "
            + "has not been looked into", at: node)
        return true
    }
}

extension ValueReader where Value == LocalizedText? {
    /// The reason given for `unknown:` or `not-applicable:`: text in one language or several, or nothing (a plain
    /// null).
    static let reason = ValueReader(.localizedText) { reader, node in
        reader.document.isNull(node) ? .some(nil) : ValueReader<LocalizedText>.localizedText.read(&reader, node).map { $0 }
    }
}

extension ValueReader where Value == String {
    /// The id of a source declared in the plugin's manifest (checked against the manifest when the plugin loads).
    static let sourceID = ValueReader(.text(pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$")) { reader, node in
        scalarText(&reader, node, expected: "a source id")
    }
}

extension ValueShape {
    /// True when a mapping can be a value of this shape (so a mapping without `value:` is read as the value).
    var acceptsMapping: Bool {
        switch self {
        case .record, .map, .localizedText: return true
        case .anyOf(let shapes): return shapes.contains { $0.acceptsMapping }
        default: return false
        }
    }
}
