import BriefingRenderers

/// A sink that counts the bytes a renderer writes and keeps none, so a render phase measures rendering alone.
final class CountingSink: RenderSink {
    /// The bytes written so far.
    private(set) var byteCount = 0

    /// Nothing to do.
    func beginFile(_ relativePath: String) {}
    /// Counts the bytes.
    func write(_ bytes: UnsafeRawBufferPointer) { byteCount += bytes.count }
    /// Nothing to do.
    func endFile() {}
    /// The first failure a renderer reported, as `path: reason`.
    private(set) var failure: String?
    /// Keeps the first failure, for the phase to report.
    func fail(_ relativePath: String, reason: String) {
        if failure == nil { failure = relativePath + ": " + reason }
    }
}
