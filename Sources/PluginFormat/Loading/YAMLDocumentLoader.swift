import ComparisonKit
import Foundation
import YAMLKit

/// Reads one YAML file of a known format: parses it with libyaml, checks its `format` version, and decodes it,
/// turning every problem into a located diagnostic.
///
/// Manifests first take the fast path: ``CompactYAMLParser`` turns libyaml's events into a flat node array and
/// ``CompactDocumentReader`` reads the document from it (initiative files have a fast path of their own, straight
/// into the model: see ``InitiativeLoader``). Anything either of them does not
/// accept (a syntax error, a tag, an alias, an unknown key, a value of the wrong shape) takes the full path on the
/// same bytes: ``YAMLParser`` builds the located tree and `YAMLDecoder` decodes it, so every diagnostic is worded
/// and located exactly as before.
enum YAMLDocumentLoader {
    /// The format version this build reads.
    static let supportedFormat = 1

    /// The decoded document read from a file, or the diagnostics that stopped it.
    static func load<Document: Decodable>(
        _ type: Document.Type, atPath path: String, what: String, limits: YAMLLimits = .default
    ) -> Result<Document, DiagnosticList> {
        let bytes: [UInt8]
        do {
            bytes = try YAMLParser.readFile(atPath: path, displayPath: path, limits: limits)
        } catch {
            return .failure(DiagnosticList([.error(error.message, at: SourceLocation(error.mark))]))
        }
        return load(type, bytes: bytes, path: path, what: what, limits: limits)
    }

    /// The decoded document parsed from bytes in memory (named `path` in messages), or the diagnostics.
    static func load<Document: Decodable>(
        _ type: Document.Type, bytes: [UInt8], path: String, what: String, limits: YAMLLimits = .default
    ) -> Result<Document, DiagnosticList> {
        if let document = readFast(type, bytes: bytes, path: path, limits: limits) {
            #if DEBUG
            checkFastReading(document, bytes: bytes, path: path, limits: limits)
            #endif
            return .success(document)
        }
        let root: YAMLNode
        do {
            root = try YAMLParser.parse(bytes, file: path, limits: limits)
        } catch {
            return .failure(DiagnosticList([.error(error.message, at: SourceLocation(error.mark))]))
        }
        return decode(type, from: root, what: what)
    }

    /// The document read by the fast path, or nil when the file needs the full path (or is not a type it reads:
    /// initiative files take ``InitiativeLoader``, which reads them straight into the model).
    static func readFast<Document>(
        _ type: Document.Type, bytes: [UInt8], path: String, limits: YAMLLimits
    ) -> Document? {
        guard Document.self == ManifestDocument.self,
              let compact = try? CompactYAMLParser.parse(bytes, file: path, keys: DocumentKey.table, limits: limits)
        else {
            return nil
        }
        return CompactDocumentReader.readManifest(from: compact) as? Document
    }

    /// Checks the root's kind and `format`, then decodes it with `YAMLDecoder` (the full path; internal so tests
    /// can compare it with the fast path).
    static func decode<Document: Decodable>(
        _ type: Document.Type, from root: YAMLNode, what: String
    ) -> Result<Document, DiagnosticList> {
        guard root.mappingPairs != nil else {
            return .failure(DiagnosticList([.error(
                "expected \(what) as a YAML mapping (key: value lines), found \(root.kindName)",
                at: SourceLocation(root.mark))]))
        }
        if let problem = checkFormatVersion(root, what: what) {
            return .failure(DiagnosticList([problem]))
        }
        do {
            return .success(try YAMLDecoder().decode(Document.self, from: root))
        } catch {
            return .failure(DiagnosticList(error.issues.map { .error($0.message, at: SourceLocation($0.mark)) }))
        }
    }

    #if DEBUG
    /// Debug builds (and so the test suite) read every file that took the fast path again through the full path
    /// (tree and `YAMLDecoder`) and stop if the two documents differ, so the fast path cannot drift from the
    /// parser's rules or the `Decodable` definitions.
    private static func checkFastReading<Document: Decodable>(
        _ document: Document, bytes: [UInt8], path: String, limits: YAMLLimits
    ) {
        if let mismatch = mismatch(document, bytes: bytes, path: path, limits: limits) {
            preconditionFailure(mismatch)
        }
    }
    #endif

    /// A description of how the full path's reading of `bytes` differs from the fast path's, or nil when the fast
    /// path hands the file over or both read the same document.
    static func fastPathMismatch<Document: Decodable>(
        _ type: Document.Type, bytes: [UInt8], path: String, limits: YAMLLimits = .default
    ) -> String? {
        guard let document = readFast(type, bytes: bytes, path: path, limits: limits) else { return nil }
        return mismatch(document, bytes: bytes, path: path, limits: limits)
    }

    /// How the full path's reading of `bytes` differs from `document`, or nil when it reads the same.
    private static func mismatch<Document: Decodable>(
        _ document: Document, bytes: [UInt8], path: String, limits: YAMLLimits
    ) -> String? {
        do {
            let root = try YAMLParser.parse(bytes, file: path, limits: limits)
            let decoded = try YAMLDecoder().decode(Document.self, from: root)
            let fast = String(describing: document), reference = String(describing: decoded)
            return fast == reference ? nil : "the fast path differs from YAMLDecoder at \(path):\n\(fast)\n\(reference)"
        } catch {
            return "the fast path accepted \(path), which the full path rejects: \(error)"
        }
    }

    private static func checkFormatVersion(_ root: YAMLNode, what: String) -> Diagnostic? {
        guard let format = root["format"] else {
            return .error("\(what) has no 'format' key; start the file with 'format: \(supportedFormat)'",
                          at: SourceLocation(root.mark))
        }
        guard format.scalarText == String(supportedFormat) else {
            return .error(
                "unsupported format version '\(format.scalarText ?? format.kindName)'; this version of "
                    + "nordic-compare reads format \(supportedFormat)",
                at: SourceLocation(format.mark))
        }
        return nil
    }
}

/// Diagnostics carried as an error, for `Result`.
struct DiagnosticList: Error {
    let diagnostics: [Diagnostic]
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
