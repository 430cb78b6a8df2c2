import ComparisonKit

/// The data files a manifest has named so far, by the file each name reaches: a file named a second time (however
/// it is spelt, or through a symbolic link inside the folder) is refused at that mention, before it is read again,
/// so a manifest that names one file hundreds of times cannot make the run read and keep it hundreds of times.
struct DataFileMentions {
    /// The first mention of each file, by its real path.
    private var first: [String: Located<String>] = [:]

    /// Records `reference` as naming the file whose real path is `identity`, or, when an earlier entry named that
    /// file, the error at `reference` that says so.
    mutating func note(_ identity: String, _ reference: Located<String>) -> DiagnosticList? {
        guard let earlier = first[identity] else {
            first[identity] = reference
            return nil
        }
        guard earlier.location != reference.location else { return nil }  // the same mention, checked twice
        let message = earlier.value == reference.value
            ? "'\(reference.value)' is already listed on line \(earlier.location.line); list each initiative file once"
            : "'\(reference.value)' is the same file as '\(earlier.value)', listed on line \(earlier.location.line); "
                + "list each initiative file once"
        return DiagnosticList([.error(message, at: reference.location)])
    }
}
