import ComparisonKit
import Foundation
internal import YAMLKit

/// Reads one YAML document of a declared kind: parses it, checks its root and `format`, then reads it with its
/// root record, turning every problem into a located diagnostic.
enum DocumentReading {
    /// The format version this build reads.
    static let supportedFormat = 1

    /// The document read from a file, and every problem found (the value is nil when the document could not be
    /// read as a whole).
    ///
    /// - Parameter namedAt: Where another file names this one (the run configuration names the codebook files): a
    ///   file that is missing, or is a folder, a FIFO or a device, is reported there, where it can be corrected,
    ///   rather than at line 1 of a file that is not there. Nil for a file named on the command line.
    static func read<Document>(
        _ record: RecordSchema<Document>, atPath path: String, what: String, namedAt: SourceLocation? = nil,
        limits: YAMLLimits = .default
    ) -> (Document?, [Diagnostic]) {
        if let namedAt {
            if !FileManager.default.fileExists(atPath: path) {
                return (nil, [.error("file '\(path)' does not exist; expected \(what) there", at: namedAt)])
            }
            if let refusal = InputFileKind.refusal(atPath: path) {
                return (nil, [.error("'\(path)' cannot be read as \(what): \(refusal)", at: namedAt)])
            }
        }
        do {
            let bytes = try YAMLParser.readFile(atPath: path, displayPath: path, limits: limits)
            return read(record, bytes: bytes, path: path, what: what, limits: limits)
        } catch {
            return (nil, [.error(error.message, at: SourceLocation(error.mark))])
        }
    }

    /// The document parsed from bytes in memory (named `path` in messages), and every problem found.
    static func read<Document>(
        _ record: RecordSchema<Document>, bytes: [UInt8], path: String, what: String, pluginID: String = "",
        pluginJurisdiction: String = "", limits: YAMLLimits = .default
    ) -> (Document?, [Diagnostic]) {
        let document: YAMLDocument
        do {
            document = try YAMLParser.parse(bytes, file: path, keys: FormatKeys.table, limits: limits)
        } catch {
            return (nil, [.error(error.message, at: SourceLocation(error.mark))])
        }
        var reader = SchemaReader(document: document, pluginID: pluginID, pluginJurisdiction: pluginJurisdiction)
        let root = document.root
        guard document.kind(root) == .mapping else {
            reader.report("expected \(what) as a YAML mapping (key: value lines), found \(document.kindName(root))", at: root)
            return (nil, reader.diagnostics)
        }
        guard let format = document.value(forKey: "format", in: root) else {
            reader.report("\(what) has no 'format' key; start the file with 'format: \(supportedFormat)'", at: root)
            return (nil, reader.diagnostics)
        }
        guard document.kind(format) == .scalar, document.string(format) == String(supportedFormat) else {
            let written = document.kind(format) == .scalar ? document.string(format) : document.kindName(format)
            reader.report("unsupported format version '\(written)'; this version of nordic-compare reads format "
                + "\(supportedFormat)", at: format)
            return (nil, reader.diagnostics)
        }
        let value = record.read(root, &reader)
        return (value, reader.diagnostics)
    }
}
