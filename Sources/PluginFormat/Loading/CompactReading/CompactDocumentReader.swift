import ComparisonKit
import YAMLKit

/// Reads the two large, frequent kinds of file straight from a ``CompactYAMLDocument``, without a node tree,
/// `Codable`'s generic containers, or a `String` for any text that is not kept: initiative files into the model's
/// ``Initiative`` (no intermediate document), plugin manifests into their ``ManifestDocument``.
///
/// It reads only what is valid: the first thing `YAMLDecoder` would report (an unknown key, a missing required key,
/// a value of the wrong shape, a number out of range) makes it give up and return nil, and the caller then parses
/// the file into a tree and decodes it with `YAMLDecoder`, which finds and words every problem. For initiatives it
/// also gives up on every value ``InitiativeAssembler`` would report. So valid files take the fast path and invalid
/// files get the same diagnostics; for a valid file both paths give the same result (debug builds check this on
/// every file; see ``YAMLDocumentLoader``).
///
/// The rules mirror `YAMLDecoder`'s: text fields take any scalar's text as written; an optional field that is
/// absent or a plain null is nil; `Int` takes optionally signed decimal digits; every mapping key must be one the
/// document type knows, except in language maps, theme maps and the sources map, whose keys are data.
struct CompactDocumentReader {
    /// Why the fast path gave up (the details are left to `YAMLDecoder`).
    struct GiveUp: Error {}

    /// The document being read.
    let document: CompactYAMLDocument

    /// The manifest, or nil when the file needs `YAMLDecoder`.
    static func readManifest(from document: CompactYAMLDocument) -> ManifestDocument? {
        let reader = CompactDocumentReader(document: document)
        do throws(GiveUp) {
            try reader.checkFormatVersion()
            return try reader.manifest(document.root)
        } catch {
            return nil
        }
    }

    /// The initiative of an initiative file, built straight into the model, or nil when the file needs the full
    /// path (`YAMLDecoder` and ``InitiativeAssembler``), which then finds and words every problem.
    static func readInitiative(from document: CompactYAMLDocument, pluginID: String,
                               pluginJurisdiction: String) -> Initiative? {
        let reader = CompactDocumentReader(document: document)
        do throws(GiveUp) {
            try reader.checkFormatVersion()
            return try reader.initiative(document.root, pluginID: pluginID, pluginJurisdiction: pluginJurisdiction)
        } catch {
            return nil
        }
    }

    /// A mapping root whose `format` is written `1`, as `YAMLDocumentLoader.checkFormatVersion` demands.
    private func checkFormatVersion() throws(GiveUp) {
        let root = document.root
        for key in try keys(root) where document.symbol(key) == DocumentKey.format.rawValue {
            if document.scalar(key + 1, equals: "1") { return }
        }
        throw GiveUp()
    }

    // MARK: - Structure

    /// The key indices of a mapping (each value is at `key + 1`); gives up on anything else.
    func keys(_ node: Int) throws(GiveUp) -> CompactYAMLDocument.Children {
        guard document.kind(node) == .mapping else { throw GiveUp() }
        return document.keys(node)
    }

    /// The fixed key at `key`; gives up on a key the format does not define.
    func field(_ key: Int) throws(GiveUp) -> DocumentKey {
        guard let field = DocumentKey(rawValue: document.symbol(key)) else { throw GiveUp() }
        return field
    }

    /// True when the mapping at `node` has one of the keys.
    func has(_ node: Int, _ first: DocumentKey, or second: DocumentKey) -> Bool {
        for key in document.keys(node) {
            let symbol = document.symbol(key)
            if symbol == first.rawValue || symbol == second.rawValue { return true }
        }
        return false
    }

    /// Where the node at `node` starts.
    func location(_ node: Int) -> SourceLocation {
        let entry = document[node]
        return SourceLocation(file: document.file, line: Int(entry.line), column: Int(entry.column))
    }

    // MARK: - Values

    /// Any scalar's text, as written.
    func text(_ node: Int) throws(GiveUp) -> String {
        guard document.kind(node) == .scalar else { throw GiveUp() }
        return document.string(node)
    }

    /// A scalar's text with where it is written.
    func located(_ node: Int) throws(GiveUp) -> Located<String> {
        Located(try text(node), at: location(node))
    }

    /// Text in one language or several: a scalar (the same in every language) or a mapping from language to text.
    func localizedText(_ node: Int) throws(GiveUp) -> LocalizedText {
        switch document.kind(node) {
        case .scalar:
            return LocalizedText(universal: document.string(node))
        case .mapping:
            var translations: [(language: LanguageCode, text: String)] = []
            translations.reserveCapacity(document.childCount(node))
            for key in document.keys(node) { translations.append((document.string(key), try text(key + 1))) }
            return LocalizedText(translations)
        case .sequence:
            throw GiveUp()
        }
    }

    /// Localized text with where it is written.
    func localized(_ node: Int) throws(GiveUp) -> LocalizedTextDocument {
        LocalizedTextDocument(text: try localizedText(node), location: location(node))
    }

    /// An optionally signed run of decimal digits that fits in `Int`.
    func integer(_ node: Int) throws(GiveUp) -> Int {
        guard document.kind(node) == .scalar else { throw GiveUp() }
        let parsed: Int? = document.withUTF8(node) { bytes in
            var digits = bytes[...]
            var negative = false
            if let sign = digits.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
                negative = sign == UInt8(ascii: "-")
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty else { return nil }
            var value = 0
            for digit in digits {
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
                let step = Int(digit - UInt8(ascii: "0"))
                let shifted = value.multipliedReportingOverflow(by: 10)
                let next = negative ? shifted.partialValue.subtractingReportingOverflow(step)
                    : shifted.partialValue.addingReportingOverflow(step)
                guard !shifted.overflow, !next.overflow else { return nil }
                value = next.partialValue
            }
            return value
        }
        guard let parsed else { throw GiveUp() }
        return parsed
    }

    /// The items of a sequence, each read by `item`.
    func list<Item>(_ node: Int, _ item: (Int) throws(GiveUp) -> Item) throws(GiveUp) -> [Item] {
        guard document.kind(node) == .sequence else { throw GiveUp() }
        var result: [Item] = []
        result.reserveCapacity(document.childCount(node))
        for child in document.items(node) { result.append(try item(child)) }
        return result
    }

    /// The value of an optional field: nil when absent or a plain null, as `decodeIfPresent` reads it.
    func optional<Value>(_ node: Int?, _ read: (Int) throws(GiveUp) -> Value) throws(GiveUp) -> Value? {
        guard let node, !document.isNull(node) else { return nil }
        return try read(node)
    }

    // Readers are handed to `optional`, `list` and `fact` as closure literals, never as methods (`optional(x, text)`):
    // a method passed as a value becomes a closure capturing the reader that is allocated on the heap at every call,
    // where a closure literal's context stays on the stack. The commonest optional fields have readers of their own.

    /// The text of an optional field (nil when absent or a plain null).
    func text(ifPresent node: Int?) throws(GiveUp) -> String? {
        guard let node, !document.isNull(node) else { return nil }
        return try text(node)
    }

    /// The located text of an optional field (nil when absent or a plain null).
    func located(ifPresent node: Int?) throws(GiveUp) -> Located<String>? {
        guard let node, !document.isNull(node) else { return nil }
        return try located(node)
    }

    /// The localized text of an optional field (nil when absent or a plain null).
    func localized(ifPresent node: Int?) throws(GiveUp) -> LocalizedTextDocument? {
        guard let node, !document.isNull(node) else { return nil }
        return try localized(node)
    }

    /// The node of a required field; gives up when it is absent.
    func required(_ node: Int?) throws(GiveUp) -> Int {
        guard let node else { throw GiveUp() }
        return node
    }
}
