/// Where a renderer delivers its files, a piece at a time, so that a briefing of any size passes through a small
/// buffer instead of being held in memory whole.
///
/// A renderer calls `beginFile`, then `write` any number of times, then `endFile`, for each file in turn (never
/// two files at once). A sink that can fail (a full disk, say) remembers its first failure, ignores what follows,
/// and lets its owner report the failure once the renderer returns; renderers never see I/O errors. A renderer that
/// cannot make a file at all (a library it writes through fails) says so with `fail(_:)` instead of writing it.
package protocol RenderSink: AnyObject {
    /// Starts a file at `relativePath` (relative to the output folder, `/` as separator, never `..`).
    func beginFile(_ relativePath: String)
    /// Appends bytes to the file begun last.
    func write(_ bytes: UnsafeRawBufferPointer)
    /// Ends the file begun last.
    func endFile()
    /// Records that the renderer could not write the file at `relativePath`, and why: the run then writes nothing
    /// and reports `reason` at that path.
    func fail(_ relativePath: String, reason: String)
}

/// A sink that keeps every file in memory: what `BriefingRenderer.render(_:)` returns, and what tests compare.
package final class CollectingSink: RenderSink {
    /// The files ended so far, in the order they were written.
    package private(set) var files: [RenderedFile] = []
    private var current: RenderedFile?

    /// Creates an empty sink.
    package init() {}

    /// Starts collecting a file.
    package func beginFile(_ relativePath: String) {
        current = RenderedFile(relativePath: relativePath, contents: [])
    }

    /// Appends to the current file.
    package func write(_ bytes: UnsafeRawBufferPointer) {
        current?.contents.append(contentsOf: bytes)
    }

    /// Moves the current file into `files`.
    package func endFile() {
        if let current { files.append(current) }
        current = nil
    }

    /// The failures renderers reported, as `path: reason`, in order.
    package private(set) var failures: [String] = []

    /// Keeps the failure, for a test to see.
    package func fail(_ relativePath: String, reason: String) {
        failures.append(relativePath + ": " + reason)
    }
}

extension RenderSink {
    /// Writes a whole file that a renderer has already produced.
    package func writeFile(_ file: RenderedFile) {
        beginFile(file.relativePath)
        file.contents.withUnsafeBytes { write($0) }
        endFile()
    }
}
