/// A file of a project (a plugin file, a codebook file, the configuration) that changed, appeared or disappeared
/// between an earlier run and now: what `diff --since-run` lists before the differences in facts.
package struct InputFileChange: Sendable, Hashable {
    /// What happened to the file.
    package enum Kind: String, Sendable, Hashable {
        /// It is there still, with other bytes.
        case changed
        /// It is read now and was not then.
        case added
        /// It was read then and is not now.
        case removed
    }

    /// Its path relative to the project.
    package let path: String
    /// What happened to it.
    package let kind: Kind

    /// Creates a change.
    package init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    /// The changes from the files `then` to the files `now` (path → SHA-256): changed and removed files in the order of
    /// `then`, then added files in the order of `now`.
    package static func changes(from then: [(path: String, digest: String)],
                                to now: [(path: String, digest: String)]) -> [InputFileChange] {
        let current = Dictionary(now.map { ($0.path, $0.digest) }, uniquingKeysWith: { first, _ in first })
        let earlier = Set(then.map(\.path))
        var changes: [InputFileChange] = []
        for file in then {
            switch current[file.path] {
            case nil: changes.append(InputFileChange(path: file.path, kind: .removed))
            case let digest? where digest != file.digest: changes.append(InputFileChange(path: file.path, kind: .changed))
            default: break
            }
        }
        for file in now where !earlier.contains(file.path) {
            changes.append(InputFileChange(path: file.path, kind: .added))
        }
        return changes
    }
}
