#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the allocator keeps but no longer uses back to the system, between the stages of a run.
public enum MemoryTuning {
    /// Returns freed heap pages to the system (glibc's `malloc_trim`); does nothing on other C libraries.
    ///
    /// glibc gives each thread its own heap and keeps freed pages resident. Loading frees its parse buffers in the
    /// loading threads' heaps, and a table frees its cells in the heap of the thread that built it; without a trim,
    /// the next stage touches new pages instead and the run's peak resident size grows by what was freed.
    public static func returnFreedMemory() {
        #if canImport(Glibc)
        if let trim = mallocTrim { _ = trim(0) }
        #endif
    }

    #if canImport(Glibc)
    /// `malloc_trim`, looked up at run time (it is not in the Glibc module's headers).
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
    #endif
}
