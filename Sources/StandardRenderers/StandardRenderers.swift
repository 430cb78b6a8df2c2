import BriefingDOCX
import BriefingRenderers
import BriefingSQLite
import BriefingXLSX

extension RendererRegistry {
    /// Every format this build ships, in the order `--help` lists them. Adding a format is one folder under
    /// `Sources/BriefingRenderers/Formats/` and one line here.
    package static let standard = RendererRegistry([
        MarkdownRenderer(),
        CSVRenderer(),
        JSONRenderer(),
        HTMLRenderer(),
        DOCXRenderer(),
        XLSXRenderer(),
        LaTeXRenderer(), LaTeXRenderer(fragment: true),
        DataPackageRenderer(),
        SQLiteRenderer(),
    ])
}
