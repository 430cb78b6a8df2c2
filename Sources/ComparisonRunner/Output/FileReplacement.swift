import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Moves a finished temporary file from the staging folder to its final name in the output folder in one step, so
/// that a reader of the final name always finds either the old file or the new one, whole; and can undo the move.
///
/// Both names are taken relative to their folders' descriptors (`DirectoryHandle`), and neither is followed if it
/// is a link: whatever has the final name (a file, a link to anywhere, a FIFO) is itself replaced, and what a link
/// points to is never touched.
///
/// A plain `rename(2)` would do, but when it replaces an existing file on ext4 (and XFS), the file system first
/// pushes the new file's data towards the disk (ext4's `auto_da_alloc`) and the rename waits for it: on the
/// reference corpus, replacing the twelve files of a rerun took 0.15–0.4 s of a 2–3 s run, against under a
/// millisecond when the output folder was new. Where the final name exists, the two files are instead exchanged
/// atomically (Linux's `renameat2` with `RENAME_EXCHANGE`, which does not wait), which also keeps the old file, now
/// under the temporary name, so that the exchange can be undone until the caller removes it. Readers see the same
/// thing either way. As with a new output folder, the data then reaches the disk in the system's own time: a power
/// cut within half a minute of a run can leave an output file empty, and rerunning restores it. Where the exchange
/// is not available (another system, or a file system without it), a plain rename is used, and a file it replaced
/// cannot be put back.
enum FileReplacement {
    /// How a file was put in place.
    enum Outcome: Equatable {
        /// Nothing had the final name: the file was renamed (undone by renaming it back).
        case renamed
        /// Something had the final name: the two were exchanged, and the old one has the temporary name.
        case exchanged
        /// Something had the final name and was replaced by a plain rename: it is gone and cannot be put back.
        case replaced
    }

    /// Moves `temporary` in `staging` to `final` in `folder`, replacing whatever has that name; returns how, or the
    /// failure (both names are then as they were).
    static func move(_ temporary: String, in staging: DirectoryHandle, to final: String, in folder: DirectoryHandle)
        -> Result<Outcome, SystemError>
    {
        if let renameat2 {
            if renameat2(staging.descriptor, temporary, folder.descriptor, final, exchangeFlag) == 0 { return .success(.exchanged) }
            let exchangeError = SystemError.current
            if exchangeError.code == ENOENT {
                // Nothing has the final name (or the temporary file is missing): rename, but never over a file that
                // appeared in between, which could then not be put back.
                if renameat2(staging.descriptor, temporary, folder.descriptor, final, noReplaceFlag) == 0 { return .success(.renamed) }
                let renameError = SystemError.current
                if renameError.code == EEXIST {
                    return renameat2(staging.descriptor, temporary, folder.descriptor, final, exchangeFlag) == 0
                        ? .success(.exchanged) : .failure(.current)
                }
                if !isUnsupported(renameError) { return .failure(renameError) }
            } else if !isUnsupported(exchangeError) {
                return .failure(exchangeError)
            }
        }
        let existed = folder.kind(of: final) != nil
        guard renameat(staging.descriptor, temporary, folder.descriptor, final) == 0 else { return .failure(.current) }
        return .success(existed ? .replaced : .renamed)
    }

    /// Undoes a `move` that had `outcome`: the old file (or nothing) has the final name again and the new file has
    /// the temporary name; false when that failed or cannot be done (`.replaced`).
    static func undo(_ outcome: Outcome, _ temporary: String, in staging: DirectoryHandle, from final: String,
                     in folder: DirectoryHandle) -> Bool {
        switch outcome {
        case .exchanged:
            return renameat2?(folder.descriptor, final, staging.descriptor, temporary, exchangeFlag) == 0
        case .renamed:
            if let renameat2 {
                if renameat2(folder.descriptor, final, staging.descriptor, temporary, noReplaceFlag) == 0 { return true }
                if !isUnsupported(.current) { return false }
            }
            return renameat(folder.descriptor, final, staging.descriptor, temporary) == 0
        case .replaced:
            return false
        }
    }

    /// Whether `renameat2` failed because the system or file system does not offer the flag asked for.
    private static func isUnsupported(_ error: SystemError) -> Bool {
        error.code == EINVAL || error.code == ENOSYS || error.code == EOPNOTSUPP
    }

    /// Linux's `RENAME_NOREPLACE`.
    private static let noReplaceFlag: UInt32 = 1 << 0
    /// Linux's `RENAME_EXCHANGE`.
    private static let exchangeFlag: UInt32 = 1 << 1

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    #if canImport(Glibc)
    /// `renameat2`, looked up at run time (it is not in the Glibc module's headers; glibc has it since 2.28).
    private static let renameat2 = systemFunction("renameat2", as: RenameAt2.self)
    #else
    /// Only Linux has `renameat2`.
    private static let renameat2: RenameAt2? = nil
    #endif
}
