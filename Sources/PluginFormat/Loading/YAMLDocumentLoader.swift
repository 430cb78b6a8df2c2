import ComparisonKit
import Foundation
import YAMLKit

/// Reads one YAML file of a known format: parses it with libyaml, checks its `format` version, and decodes it,
/// turning every problem into a located diagnostic.
enum YAMLDocumentLoader {
    /// The format version this build reads.
    static let supportedFormat = 1

    /// The decoded document read from a file, or the diagnostics that stopped it.
    static func load<Document: Decodable>(
        _ type: Document.Type, atPath path: String, what: String, limits: YAMLLimits = .default
    ) -> Result<Document, DiagnosticList> {
        let root: YAMLNode
        do {
            root = try YAMLParser.parseFile(atPath: path, displayPath: path, limits: limits)
        } catch {
            return .failure(DiagnosticList([.error(error.message, at: SourceLocation(error.mark))]))
        }
        return decode(type, from: root, what: what)
    }

    /// The decoded document parsed from bytes in memory (named `path` in messages), or the diagnostics.
    static func load<Document: Decodable>(
        _ type: Document.Type, bytes: [UInt8], path: String, what: String, limits: YAMLLimits = .default
    ) -> Result<Document, DiagnosticList> {
        let root: YAMLNode
        do {
            root = try YAMLParser.parse(bytes, file: path, limits: limits)
        } catch {
            return .failure(DiagnosticList([.error(error.message, at: SourceLocation(error.mark))]))
        }
        return decode(type, from: root, what: what)
    }

    private static func decode<Document: Decodable>(
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
        // Valid initiative files and manifests are read directly; anything the direct reader does not accept is
        // decoded by YAMLDecoder, which reports its problems.
        if let document = DirectDocumentReader.read(Document.self, from: root) {
            #if DEBUG
            checkDirectReading(document, root: root)
            #endif
            return .success(document)
        }
        do {
            return .success(try YAMLDecoder().decode(Document.self, from: root))
        } catch {
            return .failure(DiagnosticList(error.issues.map { .error($0.message, at: SourceLocation($0.mark)) }))
        }
    }

    #if DEBUG
    /// Debug builds (and so the test suite) decode every directly read document again with YAMLDecoder and stop
    /// if the two differ, so the direct reader cannot drift from the `Decodable` definitions.
    private static func checkDirectReading<Document: Decodable>(_ document: Document, root: YAMLNode) {
        do {
            let decoded = try YAMLDecoder().decode(Document.self, from: root)
            let direct = String(describing: document), reference = String(describing: decoded)
            precondition(direct == reference, "DirectDocumentReader differs from YAMLDecoder at \(root.mark):\n\(direct)\n\(reference)")
        } catch {
            preconditionFailure("DirectDocumentReader accepted \(root.mark), which YAMLDecoder rejects: \(error)")
        }
    }
    #endif

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
