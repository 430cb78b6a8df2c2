import BriefingRenderers

/// The words the workbook adds besides the shared ones (see `BriefingPhrases`).
extension BriefingPhrases {
    /// The name of the sheet that lists the sources the views' cells cite.
    static func viewSourcesSheet(in language: String) -> String {
        words(language)[.viewSourcesSheet]
    }
}
