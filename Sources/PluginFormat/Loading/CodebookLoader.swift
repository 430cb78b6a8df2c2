import ComparisonKit

/// Reads the codebook: the dimensions file and the theme taxonomy file.
public enum CodebookLoader {
    /// The codebook and every problem found in its files.
    public static func load(dimensionsPath: String, themesPath: String) -> (Codebook, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var dimensions: [Dimension] = []
        var themes: [Theme] = []
        switch YAMLDocumentLoader.load(DimensionsDocument.self, atPath: dimensionsPath, what: "a dimensions file") {
        case .failure(let list):
            diagnostics += list.diagnostics
        case .success(let document):
            var seen: Set<String> = []
            var parsing = ValueParsing()
            for entry in document.dimensions {
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
                dimensions.append(Dimension(known: known, label: entry.label.text, location: entry.id.location))
            }
            diagnostics += parsing.diagnostics
        }
        switch YAMLDocumentLoader.load(ThemesTaxonomyDocument.self, atPath: themesPath, what: "a themes file") {
        case .failure(let list):
            diagnostics += list.diagnostics
        case .success(let document):
            var seen: Set<String> = []
            for entry in document.themes {
                guard seen.insert(entry.id.value).inserted else {
                    diagnostics.append(.error("duplicate theme id '\(entry.id.value)'", at: entry.id.location))
                    continue
                }
                themes.append(Theme(id: entry.id.value, label: entry.label.text, location: entry.id.location))
            }
        }
        return (Codebook(dimensions: dimensions, themes: themes), diagnostics)
    }
}
