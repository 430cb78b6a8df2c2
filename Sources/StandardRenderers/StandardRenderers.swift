import BriefingDOCX
import BriefingRenderers
import BriefingSQLite
import BriefingXLSX
import Hyphenation

extension RendererRegistry {
    /// Every format this build ships, in the order `--help` lists them. Adding a format is one folder under
    /// `Sources/BriefingRenderers/Formats/` and one line here.
    package static let standard = RendererRegistry([
        MarkdownRenderer(),
        CSVRenderer(),
        JSONRenderer(),
        // The tables' long words get soft hyphens from the system's hyphenation dictionaries (HyphenationDictionaries).
        HTMLRenderer(hyphenation: .system),
        DOCXRenderer(),
        XLSXRenderer(),
        LaTeXRenderer(), LaTeXRenderer(fragment: true),
        DataPackageRenderer(),
        SQLiteRenderer(),
    ])
}
