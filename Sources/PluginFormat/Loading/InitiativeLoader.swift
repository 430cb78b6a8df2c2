import ComparisonKit
import Foundation
import YAMLKit

/// Reads one initiative file into the model, turning every problem into a located diagnostic.
///
/// A valid file takes the fast path: ``CompactYAMLParser`` turns libyaml's events into a flat node array and
/// ``CompactDocumentReader`` builds the ``Initiative`` from it directly, with no intermediate document. A file it
/// does not accept (anything `YAMLDecoder` or ``InitiativeAssembler`` would report, and anything unusual) takes the
/// full path on the same bytes: ``YAMLParser``'s located tree, `YAMLDecoder` into ``InitiativeDocument``, then
/// ``InitiativeAssembler``. So every diagnostic is worded, located and ordered by the full path.
enum InitiativeLoader {
    /// The initiative read from bytes in memory (named `path` in messages), and every problem found in it.
    static func load(bytes: [UInt8], path: String, pluginID: String, pluginJurisdiction: String,
                     limits: YAMLLimits = .default) -> (Initiative?, [Diagnostic]) {
        if let initiative = readFast(bytes: bytes, path: path, pluginID: pluginID, pluginJurisdiction: pluginJurisdiction,
                                     limits: limits) {
            #if DEBUG
            if let mismatch = mismatch(initiative, bytes: bytes, path: path, pluginID: pluginID,
                                       pluginJurisdiction: pluginJurisdiction, limits: limits) {
                preconditionFailure(mismatch)
            }
            #endif
            return (initiative, [])
        }
        return readFully(bytes: bytes, path: path, pluginID: pluginID, pluginJurisdiction: pluginJurisdiction,
                         limits: limits)
    }

    /// The initiative read by the fast path, or nil when the file needs the full path.
    static func readFast(bytes: [UInt8], path: String, pluginID: String, pluginJurisdiction: String,
                         limits: YAMLLimits) -> Initiative? {
        guard let compact = try? CompactYAMLParser.parse(bytes, file: path, keys: DocumentKey.table, limits: limits) else {
            return nil
        }
        return CompactDocumentReader.readInitiative(from: compact, pluginID: pluginID, pluginJurisdiction: pluginJurisdiction)
    }

    /// The full path: the located tree, `YAMLDecoder` into ``InitiativeDocument``, then ``InitiativeAssembler``
    /// (internal so tests can compare it with the fast path).
    static func readFully(bytes: [UInt8], path: String, pluginID: String, pluginJurisdiction: String,
                          limits: YAMLLimits = .default) -> (Initiative?, [Diagnostic]) {
        let root: YAMLNode
        do {
            root = try YAMLParser.parse(bytes, file: path, limits: limits)
        } catch {
            return (nil, [.error(error.message, at: SourceLocation(error.mark))])
        }
        switch YAMLDocumentLoader.decode(InitiativeDocument.self, from: root, what: "an initiative file") {
        case .failure(let list):
            return (nil, list.diagnostics)
        case .success(let document):
            let assembler = InitiativeAssembler(pluginID: pluginID, pluginJurisdiction: pluginJurisdiction)
            return assembler.assemble(document, location: document.id.location)
        }
    }

    /// A description of how the full path's reading of `bytes` differs from the fast path's, or nil when the fast
    /// path hands the file over or both give the same initiative with no diagnostic.
    static func fastPathMismatch(bytes: [UInt8], path: String, pluginID: String, pluginJurisdiction: String,
                                 limits: YAMLLimits = .default) -> String? {
        guard let initiative = readFast(bytes: bytes, path: path, pluginID: pluginID,
                                        pluginJurisdiction: pluginJurisdiction, limits: limits) else { return nil }
        return mismatch(initiative, bytes: bytes, path: path, pluginID: pluginID, pluginJurisdiction: pluginJurisdiction,
                        limits: limits)
    }

    /// How the full path's reading of `bytes` differs from `initiative`, or nil when it reads the same with no
    /// diagnostic. Debug builds (and so the test suite) check every file that took the fast path this way, so the
    /// fast path cannot drift from the parser's rules, the `Decodable` definitions or the assembler.
    private static func mismatch(_ initiative: Initiative, bytes: [UInt8], path: String, pluginID: String,
                                 pluginJurisdiction: String, limits: YAMLLimits) -> String? {
        let (reference, diagnostics) = readFully(bytes: bytes, path: path, pluginID: pluginID,
                                                 pluginJurisdiction: pluginJurisdiction, limits: limits)
        if !diagnostics.isEmpty {
            return "the fast path accepted \(path), which the full path reports: "
                + diagnostics.map(\.description).joined(separator: "\n")
        }
        guard let reference else { return "the fast path accepted \(path), which the full path does not build" }
        if reference == initiative { return nil }
        var fast = "", full = ""
        dump(initiative, to: &fast)
        dump(reference, to: &full)
        return "the fast path differs from the full path at \(path):\n\(fast)\n\(full)"
    }
}
