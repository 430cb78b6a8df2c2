internal import YAMLKit

/// The bytes of input files for modules that read one other than through a format (the run's digest of its
/// configuration), read the one way the tool reads every input: without blocking, regular files only, within the
/// size limit.
package enum InputFiles {
    /// The bytes of the regular file at `path`, or nil when it cannot be read as one (missing, a FIFO, a folder, a
    /// device, too large): the caller has reported that file's problem already, or has nothing to report.
    package static func bytes(atPath path: String) -> [UInt8]? {
        try? YAMLParser.readFile(atPath: path, displayPath: path)
    }

    /// The bytes of the regular file at `path`, read the same way; or an error whose description is the located
    /// message (`path:1:1: error: …`) saying why it cannot be read as one.
    package static func contents(atPath path: String) throws(InputFileError) -> [UInt8] {
        do {
            return try YAMLParser.readFile(atPath: path, displayPath: path)
        } catch {
            throw InputFileError(description: error.description)
        }
    }
}

/// Why an input file could not be read: its located message.
package struct InputFileError: Error, CustomStringConvertible {
    /// `path:1:1: error: …`.
    package let description: String
}
