@testable import BriefingDOCX
@testable import BriefingRenderers
import ComparisonKit
import Foundation
import Testing

/// The configuration's marking in the running header of every paged format (DOCX header part, HTML print margin
/// box, LaTeX running head), on one line and escaped as each format escapes a value; nothing added without one.
@Suite struct RunningHeaderMarkingTests {
    /// A marking that tries every format's specials and a line break.
    static let hostileMarking = "Utkast \"<&>\" \\ % $ {x}\nBegrenset"

    /// The sample briefing in Norwegian with `marking`.
    static func document(marking: String) -> BriefingDocument {
        var document = DOCXRendererTests.sampleDocument(language: "nb")
        document.marking = marking
        return document
    }

    @Test func theMarkingIsOneTrimmedLine() {
        #expect(Self.document(marking: "  Utkast\r\nBegrenset\tA \n").runningMarking == "Utkast Begrenset A")
        #expect(Self.document(marking: " \n ").runningMarking.isEmpty)
    }

    @Test func theWordHeaderPartCarriesTheMarkingAtTheRightInBoldCapitals() throws {
        let header = try DOCXRendererTests.part(try DOCXRendererTests.unzipped(Self.document(marking: Self.hostileMarking)),
                                                "word/" + DOCXHeaderFooter.headerPart)
        #expect(header.contains("<w:tabs><w:tab w:val=\"right\" w:pos=\"\(DOCXLayout.textWidth)\"/></w:tabs>"))
        #expect(header.contains("<w:r><w:tab/></w:r><w:r><w:rPr><w:b/><w:caps/></w:rPr>"
            + "<w:t xml:space=\"preserve\">Utkast &quot;&lt;&amp;&gt;&quot; \\ % $ {x} Begrenset</w:t></w:r></w:p>"))
        #expect(DOCXReader.wellFormednessError(Data(header.utf8)) == nil)
        #expect(!header.contains("<w:br/>"))
        let title = try #require(header.range(of: ">" + SampleTables.document.title + "<"))
        #expect(title.lowerBound < (try #require(header.range(of: "Utkast"))).lowerBound)
        // Without a marking the header is the title alone.
        let plain = try DOCXRendererTests.part(try DOCXRendererTests.unzipped(Self.document(marking: "")),
                                               "word/" + DOCXHeaderFooter.headerPart)
        #expect(!plain.contains("<w:caps/>") && !plain.contains("<w:tab"))
    }

    @Test func theHTMLPrintHeaderCarriesTheMarkingAsAnEscapedCSSString() throws {
        let html = String(decoding: try #require(HTMLRenderer().render(Self.document(marking: Self.hostileMarking)).first)
            .contents, as: UTF8.self)
        #expect(html.contains("@top-right { content: \"Utkast \\22 \\3c \\26 \\3e \\22  \\5c  % $ {x} Begrenset\"; "
            + "font-size: 8pt; font-weight: 700; text-transform: uppercase; color: #8a1c1c; } }"))
        #expect(html.components(separatedBy: "</style>").count == 2)
        let plain = String(decoding: try #require(HTMLRenderer().render(Self.document(marking: "")).first).contents,
                           as: UTF8.self)
        #expect(!plain.contains("@top-right"))
    }

    @Test func theLaTeXRunningHeadCarriesTheMarkingEscapedBeforeThePageNumber() throws {
        let document = Self.document(marking: Self.hostileMarking)
        let files = LaTeXRenderer().render(document)
        let latex = String(decoding: try #require(files.first).contents, as: UTF8.self)
        let escaped = LaTeXEscaping.text("Utkast \"<&>\" \\ % $ {x} Begrenset")
        #expect(latex.contains("\\markright{" + LaTeXEscaping.text(SampleTables.document.title)
            + "\\hfill{\\upshape\\bfseries\\MakeUppercase{" + escaped + "}}\\quad}\n"))
        #expect(escaped.contains("\\%") && escaped.contains("\\$") && escaped.contains("\\{x\\}"))
        #expect(FormatInvariants.latex(document, files) == [])
        let plain = String(decoding: try #require(LaTeXRenderer().render(Self.document(marking: "")).first).contents,
                           as: UTF8.self)
        #expect(plain.contains("\\markright{" + LaTeXEscaping.text(SampleTables.document.title) + "}\n"))
    }
}
