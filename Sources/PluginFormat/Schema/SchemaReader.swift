import ComparisonKit
internal import YAMLKit

/// The state of reading one YAML document against the format's declaration: the document, every problem found so
/// far (reading never stops at the first), and what citations need (the plugin and the default source).
///
/// Records, lists and values are read by the declaration's ``RecordSchema`` and ``ValueReader`` values; this type
/// holds what they share and words the problems they find, locating each at its node.
struct SchemaReader {
    /// The document being read.
    let document: YAMLDocument
    /// Every problem found so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// The plugin the file belongs to.
    let pluginID: String
    /// The plugin's jurisdiction (an initiative's default).
    let pluginJurisdiction: String
    /// The citation of facts that name no source of their own (the initiative's `source`), once read.
    var defaultCitation: Citation

    /// A reader of `document` for a file of plugin `pluginID`.
    init(document: YAMLDocument, pluginID: String = "", pluginJurisdiction: String = "") {
        self.document = document
        self.pluginID = pluginID
        self.pluginJurisdiction = pluginJurisdiction
        defaultCitation = Citation(pluginID: pluginID, sourceID: "", location: .synthetic(pluginID))
    }

    // MARK: - Nodes

    /// Where the node at `node` starts.
    func location(_ node: Int) -> SourceLocation {
        let entry = document[node]
        return SourceLocation(file: document.file, line: Int(entry.line), column: Int(entry.column))
    }

    /// True when the node at `node` is a mapping with one of the keys whose symbols are `keys` (for values told
    /// apart by their keys, such as a fact's long form).
    func isMapping(_ node: Int, withAnyOf keys: [Int32]) -> Bool {
        guard document.kind(node) == .mapping else { return false }
        for key in document.keys(node) where keys.contains(document.symbol(key)) { return true }
        return false
    }

    /// The citation of a part that names no source: the default source, located at the part.
    func defaultCitation(at node: Int) -> Citation {
        Citation(pluginID: pluginID, sourceID: defaultCitation.sourceID, location: location(node))
    }

    /// True, after reporting it, when the scalar at `node` is the scaffold's `FILL-IN`: a template value the author
    /// has not replaced yet (checked by length first, so other text costs one comparison).
    @inline(__always)
    mutating func isPlaceholder(_ node: Int) -> Bool {
        guard document[node].count == 7, document.scalar(node, equals: Templates.placeholderLiteral) else { return false }
        report("'\(Templates.placeholder)' is a placeholder from the template; replace it with the real value", at: node)
        return true
    }

    // MARK: - Problems

    /// Records a problem at a node.
    mutating func report(_ message: String, at node: Int) {
        diagnostics.append(.error(message, at: location(node)))
    }

    /// Records a problem at a location.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// "expected <what> for <path>, found <node>[; hint]".
    mutating func mismatch(_ node: Int, expected: String, hint: String? = nil) {
        var message = "expected \(expected) \(DocumentPath.phrase(for: node, in: document)), found \(document.described(node))"
        if let hint { message += "; \(hint)" }
        report(message, at: node)
    }

    /// "unknown key 'x' in <mapping>; did you mean 'y'?", at the key.
    mutating func unknownKey(_ key: Int, in mapping: Int, allowed: [String]) {
        let text = document.string(key)
        report("unknown key '\(text)' \(DocumentPath.container(mapping, in: document))"
            + Suggestion.hint(for: text, in: allowed), at: key)
    }

    /// "missing required key 'x' in <mapping>", at the mapping's start, with a spelling hint when one of the
    /// mapping's keys looks like a misspelling of it.
    mutating func missingKey(_ key: String, in mapping: Int, declared: [String]) {
        var message = "missing required key '\(key)' \(DocumentPath.container(mapping, in: document))"
        let written = document.keys(mapping).map { document.string($0) }.filter { !declared.contains($0) }
        if let near = Suggestion.closest(to: key, in: written) { message += " (is '\(near)' a misspelling of it?)" }
        report(message, at: mapping)
    }
}
