import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hands memory the allocator keeps but no longer uses back to the system, between the stages of a run.
package enum MemoryTuning {
    /// Returns freed heap pages to the system (glibc's `malloc_trim`); does nothing on other C libraries.
    ///
    /// glibc gives each thread its own heap and keeps freed pages resident. Loading frees its parse buffers in the
    /// loading threads' heaps, and a table frees its cells in the heap of the thread that built it; without a trim,
    /// the next stage touches new pages instead and the run's peak resident size grows by what was freed.
    package static func returnFreedMemory() {
        #if canImport(Glibc)
        if let trim = mallocTrim { _ = trim(0) }
        #endif
    }

    /// Limits the allocator to one heap per processor core (glibc's `M_ARENA_MAX`); does nothing on other C
    /// libraries. Call it first thing in a process, before any thread allocates.
    ///
    /// glibc creates up to eight heaps per core as threads contend for memory. A run's threads free much of what
    /// other threads allocated (tables are built by some and written by others), and with many heaps that memory is
    /// held in one while another grows. On the reference corpus one heap per core measured about 10 % less CPU time
    /// and a lower peak than the default; a single heap for all threads made loading slower.
    package static func limitHeapsToCores() {
        #if canImport(Glibc)
        if let configure = mallopt { _ = configure(arenaMaxParameter, Int32(clamping: ProcessInfo.processInfo.activeProcessorCount)) }
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `M_ARENA_MAX` parameter number for `mallopt`.
    private static let arenaMaxParameter: Int32 = -8

    /// `mallopt`, looked up at run time like `malloc_trim`.
    private static let mallopt = systemFunction("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self)

    /// `malloc_trim`, looked up at run time (it is not in the Glibc module's headers).
    private static let mallocTrim = systemFunction("malloc_trim", as: (@convention(c) (Int) -> Int32).self)
    #endif
}
