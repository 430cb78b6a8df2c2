import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How an executable of this package tunes glibc's allocator for a run: process-wide settings, so they are made by the
/// executables (`nordic-compare` and the benchmark), never by the libraries.
///
/// Both are measured on the reference corpus (100 × 100 initiatives, `nordic-compare run`): one heap per core saved
/// about 10 % of the CPU time and lowered the peak against glibc's default of eight per core; handing freed memory
/// back between tables keeps the peak resident size 4–15 MiB lower (288–291 MiB against 292–306 MiB, three runs each,
/// 2026-12-07).
package enum AllocatorTuning {
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
    /// held in one while another grows. A single heap for all threads made loading slower.
    package static func limitHeapsToCores() {
        #if canImport(Glibc)
        if let configure = mallopt {
            _ = configure(arenaMaxParameter, Int32(clamping: ProcessInfo.processInfo.activeProcessorCount))
        }
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `M_ARENA_MAX` parameter number for `mallopt`.
    private static let arenaMaxParameter: Int32 = -8

    /// `mallopt`, looked up at run time like `malloc_trim`.
    private static let mallopt = function("mallopt", as: (@convention(c) (Int32, Int32) -> Int32).self)

    /// `malloc_trim`, looked up at run time (it is not in the Glibc module's headers).
    private static let mallocTrim = function("malloc_trim", as: (@convention(c) (Int) -> Int32).self)

    /// A C library function looked up by name; nil where this C library has none.
    private static func function<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
    #endif
}
