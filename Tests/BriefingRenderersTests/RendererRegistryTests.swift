import BriefingRenderers
import StandardRenderers
import Testing

@Suite("Renderer registry")
struct RendererRegistryTests {
    @Test("The standard registry lists every shipped format in order")
    func standardFormats() {
        #expect(RendererRegistry.standard.formatNames
                == ["markdown", "csv", "json", "html", "docx", "xlsx", "latex", "latex-fragment", "datapackage",
                   "sqlite"])
    }

    @Test("Lookups ignore case and accept aliases", arguments: [
        ("markdown", "markdown"), ("Markdown", "markdown"), ("MARKDOWN", "markdown"), ("md", "markdown"), ("MD", "markdown"),
        ("csv", "csv"), ("CSV", "csv"), ("json", "json"), ("Json", "json"), ("HTML", "html"), ("docx", "docx"),
        ("word", "docx"), ("xlsx", "xlsx"), ("XLSX", "xlsx"), ("excel", "xlsx"), ("tex", "latex"), ("LaTeX", "latex"), ("latex-fragment", "latex-fragment"),
        ("datapackage", "datapackage"), ("data-package", "datapackage"), ("Frictionless", "datapackage"),
        ("sqlite", "sqlite"), ("SQLite3", "sqlite"),
    ])
    func lookup(name: String, expected: String) {
        #expect(RendererRegistry.standard.renderer(named: name)?.formatName == expected)
    }

    @Test("Unknown names find nothing", arguments: ["", "markdow", "md ", "xls", "pdf", "htm"])
    func unknownName(name: String) {
        #expect(RendererRegistry.standard.renderer(named: name) == nil)
    }

    @Test("No two standard renderers share a name, alias or extension")
    func namesAreUnique() {
        let renderers = RendererRegistry.standard.renderers
        let names = renderers.flatMap { [$0.formatName] + $0.aliases }.map { $0.lowercased() }
        #expect(Set(names).count == names.count, "\(names)")
        // latex and latex-fragment share `tex` by design: one writes briefing.tex, the other <viewID>.tex and never
        // briefing.tex (LaTeXRendererTests.namesAndFiles), so their files cannot collide.
        // The data package's CSV files are in data/, where no per-view CSV goes.
        let extensions = renderers.filter { !["latex-fragment", "datapackage"].contains($0.formatName) }.map(\.fileExtension)
        #expect(Set(extensions).count == extensions.count)
        for renderer in renderers {
            #expect(!renderer.fileExtension.isEmpty && !renderer.fileExtension.contains("."))
            #expect(renderer.formatName == renderer.formatName.lowercased())
        }
    }

    @Test("A custom registry finds its own renderers; the first of two with one name wins")
    func customRegistry() {
        let registry = RendererRegistry([JSONRenderer(), HostileStringTests.FakeRenderer(formatName: "JSON", fileExtension: "x") { _ in "" }, CSVRenderer()])
        #expect(registry.formatNames == ["json", "JSON", "csv"])
        #expect(registry.renderer(named: "json")?.fileExtension == "json")
        #expect(registry.renderer(named: "md") == nil)
        #expect(RendererRegistry([]).renderer(named: "csv") == nil)
    }

    @Test("File names come from the view id and cannot leave the output folder", arguments: [
        ("overview", "md", "overview.md"), ("budget-breakdown_2", "csv", "budget-breakdown_2.csv"),
        ("../../etc/passwd", "md", "view.._.._etc_passwd.md"), ("/abs", "json", "_abs.json"),
        (".hidden", "md", "view.hidden.md"), ("", "csv", "view.csv"), ("a\\b\u{0}c", "md", "a_b_c.md"),
        ("oversikt-æøå", "md", "oversikt-___.md"),
    ])
    func fileNames(viewID: String, fileExtension: String, expected: String) {
        #expect(RenderedFile.fileName(forView: viewID, fileExtension: fileExtension) == expected)
    }
}
