import ComparisonKit

/// Reads the codebook: the dimensions file and the theme taxonomy file.
package enum CodebookLoader {
    /// The codebook and every problem found in its files. `dimensionsNamedAt` and `themesNamedAt` are where the run
    /// configuration names the files: a file that is missing or not a regular file is reported there.
    package static func load(dimensionsPath: String, themesPath: String, dimensionsNamedAt: SourceLocation? = nil,
                             themesNamedAt: SourceLocation? = nil) -> (Codebook, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var dimensions: [Dimension] = []
        var themes: [Theme] = []
        let (dimensionEntries, dimensionProblems) = DocumentReading.read(
            ConfigurationSchema.dimensionsFile, atPath: dimensionsPath, what: "a dimensions file", namedAt: dimensionsNamedAt)
        diagnostics += dimensionProblems
        if let dimensionEntries {
            var seen: Set<String> = []
            var parsing = ValueParsing()
            for entry in dimensionEntries {
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.append(.error("duplicate dimension id '\(entry.id.value)'", at: entry.id.location))
                    continue
                }
                guard let known = parsing.choice(entry.id, as: KnownDimension.self, what: "dimension") else { continue }
                if entry.type.value != known.valueType {
                    diagnostics.append(.error(
                        "dimension '\(known.rawValue)' holds values of type '\(known.valueType)', not '\(entry.type.value)'",
                        at: entry.type.location))
                }
                dimensions.append(Dimension(known: known, label: entry.label, location: entry.id.location))
            }
            diagnostics += parsing.diagnostics
        }
        let (themeEntries, themeProblems) = DocumentReading.read(
            ConfigurationSchema.themesFile, atPath: themesPath, what: "a themes file", namedAt: themesNamedAt)
        diagnostics += themeProblems
        if let themeEntries {
            var seen: Set<String> = []
            for entry in themeEntries {
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.append(.error("duplicate theme id '\(entry.id.value)'", at: entry.id.location))
                    continue
                }
                themes.append(Theme(id: entry.id.value, label: entry.label, location: entry.id.location))
            }
        }
        return (Codebook(dimensions: dimensions, themes: themes), diagnostics)
    }
}
