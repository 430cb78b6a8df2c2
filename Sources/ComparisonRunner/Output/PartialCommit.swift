/// A commit that failed part way: the file that could not be moved into place, and which files of the set, if any,
/// could not be put back. Its `error` says that the earlier output was left as it was, or else exactly which files
/// are this run's and which are as they were before it.
struct PartialCommit {
    /// The output folder's path.
    let folder: String
    /// The name of the file that could not be moved into place.
    let failing: String
    /// Why.
    let reason: String
    /// Every name of the set, in commit order.
    let set: [String]
    /// The names that still hold this run's file, since putting back the earlier one failed.
    let stillNew: Set<String>

    /// The located error for the failing file.
    var error: OutputWriteError {
        guard !stillNew.isEmpty else {
            return OutputWriteError(path: folder + "/" + failing,
                                    reason: "\(reason); no output was replaced: the earlier output was left as it was")
        }
        let new = set.filter { stillNew.contains($0) }
        let old = set.filter { !stillNew.contains($0) }
        return OutputWriteError(
            path: folder + "/" + failing,
            reason: "\(reason), and the files already replaced could not all be put back, so \(folder) now mixes two "
                + "runs: this run's: \(new.joined(separator: ", ")); as they were before it: \(old.joined(separator: ", "))")
    }
}
