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
}
