/// Where a long run is, for a display of progress (the `nordic-compare` executable shows it on a terminal).
package enum RunProgress: Sendable, Equatable {
    /// Reading the manifests and data files of this many enabled plugins.
    case loadingPlugins(Int)
    /// Checking this many initiatives against the codebook and each other.
    case validating(Int)
    /// Building this many tables.
    case buildingTables(Int)
    /// Writing table `index` (from 1) of `count` in every format.
    case writingTable(index: Int, count: Int)
    /// Moving this many written files into place.
    case committing(Int)

    /// The phase in words, as a progress line shows it: "loading 100 plugins…".
    package var description: String {
        switch self {
        case .loadingPlugins(let count): "loading \(count) plugin\(count == 1 ? "" : "s")…"
        case .validating(let count): "validating \(count) initiative\(count == 1 ? "" : "s")…"
        case .buildingTables(let count): "building \(count) table\(count == 1 ? "" : "s")…"
        case .writingTable(let index, let count): "writing table \(index) of \(count)…"
        case .committing(let count): "moving \(count) file\(count == 1 ? "" : "s") into place…"
        }
    }
}
