import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failed system call's `errno` value, with its message.
struct SystemError: Error, Equatable {
    /// The error number.
    let code: Int32
    /// `strerror`'s message for it.
    var message: String { String(cString: strerror(code)) }

    /// The calling thread's current `errno`.
    static var current: SystemError { SystemError(code: errno) }
}
