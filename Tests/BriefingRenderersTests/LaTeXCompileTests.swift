import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// LaTeX output compiled by the real pdflatex: the hostile strings, and every character the escape rule claims
/// pdflatex can set.
///
/// Sixteen pdflatex runs take longer than the rest of the suite, so these tests run only when asked:
/// `scripts/check-latex.sh` (run by `.ci/run`) installs TeX Live, sets `NORDIC_COMPARE_PDFLATEX=1` and fails if they
/// skip. A plain `swift test` reports them as skipped, with the reason, never as passed; asked to run without
/// `pdflatex` on the PATH, they fail.
@Suite("LaTeX compiles with pdflatex")
struct LaTeXCompileTests {
    /// The environment variable that turns the compile tests on.
    static let enableVariable = "NORDIC_COMPARE_PDFLATEX"

    /// Whether this run compiles.
    static let enabled = ProcessInfo.processInfo.environment[enableVariable] == "1"

    /// The pdflatex executable on the PATH, if any.
    static let pdflatex: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/pdflatex" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Why the tests are skipped when they are.
    static let skipped: Comment = "the pdflatex compile tests run in scripts/check-latex.sh; set NORDIC_COMPARE_PDFLATEX=1 to run them here (they need pdflatex)"

    /// What a paper that inputs fragments loads; `\tracinglostchars=3` makes a glyph missing from the font an error.
    static func paper(inputs: [String], language: String) -> String {
        """
        \\documentclass{article}
        \\usepackage[T1]{fontenc}
        \\usepackage[utf8]{inputenc}
        \\usepackage{lmodern}
        \\usepackage[\(LaTeXRenderer.babelLanguage(for: language))]{babel}
        \\usepackage{array,booktabs,longtable}
        \\tracinglostchars=3
        \\begin{document}
        \(inputs.map { "\\input{\($0)}" }.joined(separator: "\n"))
        \\end{document}

        """
    }

    /// Writes the files into a new folder, compiles `main` twice and returns the log; records an issue on failure
    /// and then keeps the folder for a look.
    static func compile(_ files: [RenderedFile], main: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("latex-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files { try Data(file.contents).write(to: folder.appendingPathComponent(file.relativePath)) }
        let executable = try #require(pdflatex, "NORDIC_COMPARE_PDFLATEX=1 asks for pdflatex, which is not on the PATH; scripts/check-latex.sh installs TeX Live")
        for pass in 1...2 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["-interaction=nonstopmode", "-halt-on-error", main]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let log = (try? String(contentsOf: folder.appendingPathComponent(main.replacingOccurrences(of: ".tex", with: ".log")), encoding: .utf8)) ?? ""
            if process.terminationStatus != 0 {
                let errors = log.split(separator: "\n").filter { $0.hasPrefix("!") }.prefix(5).joined(separator: "\n")
                Issue.record("pdflatex pass \(pass) on \(main) failed (\(process.terminationStatus)); files kept in \(folder.path):\n\(errors)",
                             sourceLocation: sourceLocation)
                return log
            }
            if pass == 2 {
                try? FileManager.default.removeItem(at: folder)
                return log
            }
        }
        return ""
    }

    @Test("The hostile strings compile as a standalone document", .enabled(if: enabled, skipped))
    func hostileDocumentCompiles() throws {
        let log = try Self.compile(LaTeXRenderer().render(HostileStringTests.document), main: "briefing.tex")
        #expect(!log.contains("Missing character"))
    }

    @Test("The hostile strings compile as fragments in a paper", .enabled(if: enabled, skipped))
    func hostileFragmentsCompile() throws {
        let fragments = LaTeXRenderer(fragment: true).render(HostileStringTests.document)
        let paper = RenderedFile(relativePath: "paper.tex",
                                 text: Self.paper(inputs: fragments.map(\.relativePath), language: "nb"))
        _ = try Self.compile(fragments + [paper], main: "paper.tex")
    }

    @Test("Every character the escape rule sets as text compiles, in every language", .enabled(if: enabled, skipped),
          arguments: ["en", "nb", "da"])
    func safeSetCompiles(language: String) throws {
        var scalars = (0xA0...0x17F).compactMap(Unicode.Scalar.init)
        scalars += FormatInvariants.latexPunctuation.keys.sorted().compactMap(Unicode.Scalar.init)
        scalars += ["\u{1F600}", "\u{4E2D}", "\u{05D0}", "\u{202E}", "\u{0}", "\u{FEFF}", "\u{301}"]
        let text = String(String.UnicodeScalarView(scalars)) + " \\ { } $ & # ^ _ ~ % < > | \" ` ' [ ] * -- '' ,,"
        let table = ComparisonTable(
            viewID: "charset", title: text, language: language, rowHeading: text,
            columnGroups: [ColumnGroup(jurisdiction: "NO", label: text, columns: [
                TableColumn(initiativeID: "a", heading: text, jurisdiction: "NO")])],
            rows: [TableRow(id: "r", label: text, cells: [TableCell(state: .disputed, entries: [CellEntry(text: text, qualifier: text, footnotes: [1])])])],
            footnotes: [Footnote(number: 1, source: SampleTables.source(id: "s", title: text, publisher: text, published: nil,
                                                                         language: text, url: text), locator: text)],
            legend: text)
        let document = BriefingDocument(title: text, subtitle: text, language: language, tables: [table])
        let fragment = LaTeXRenderer(fragment: true).render(document)
        let paper = RenderedFile(relativePath: "paper.tex", text: Self.paper(inputs: ["charset.tex"], language: language))
        _ = try Self.compile(fragment + [paper], main: "paper.tex")
        let log = try Self.compile(LaTeXRenderer().render(document), main: "briefing.tex")
        #expect(!log.contains("Missing character"))
    }
}
