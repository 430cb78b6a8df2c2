import BriefingDOCX
import BriefingRenderers
import BriefingSQLite

extension RendererRegistry {
    /// Every format this build ships, in the order `--help` lists them. Adding a format is one folder under
    /// `Sources/BriefingRenderers/Formats/` and one line here.
    package static let standard = RendererRegistry([
        MarkdownRenderer(),
        CSVRenderer(),
        JSONRenderer(),
        HTMLRenderer(),
        DOCXRenderer(),
        LaTeXRenderer(), LaTeXRenderer(fragment: true),
        DataPackageRenderer(),
        SQLiteRenderer(),
    ])
}
