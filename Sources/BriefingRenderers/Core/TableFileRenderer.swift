import ComparisonKit

/// A format that writes files per table from that table alone (Markdown and JSON one file, CSV two: the table and its
/// sources).
///
/// A conforming renderer implements `writeTable(_:to:)`, streaming one table's file into a sink; rendering a whole
/// document, streaming it, and `renderTable(_:)` follow from it, and so does `writesEachTableAlone`, which lets a
/// run build, write and drop one table at a time.
package protocol TableFileRenderer: StreamingRenderer {
    /// Streams the files of one table into `sink`, `<viewID>.<ext>` first.
    func writeTable(_ table: ComparisonTable, to sink: any RenderSink)
    /// Streams the findings as a file of their own, `findings.<ext>`; formats without a findings file write nothing.
    func writeFindings(_ findings: FindingsReport, to sink: any RenderSink)
}

extension TableFileRenderer {
    /// Yes: each table's files, from that table alone.
    package var writesEachTableAlone: Bool { true }

    /// Streams the findings' file, when the document has findings, then each table's files, in document order.
    package func write(_ document: BriefingDocument, to sink: any RenderSink) {
        if let findings = document.findings { writeFindings(findings, to: sink) }
        for table in document.tables { writeTable(table, to: sink) }
    }

    /// No findings file, by default.
    package func writeFindings(_ findings: FindingsReport, to sink: any RenderSink) {}

    /// The file name of findings in this format: `findings.<ext>`, or `key-findings.<ext>` for a briefing's key
    /// findings.
    func fileName(for findings: FindingsReport) -> String {
        RenderedFile.fileName(forView: findings.id, fileExtension: fileExtension)
    }

    /// One table's first file, `<viewID>.<ext>`, as text.
    package func renderTable(_ table: ComparisonTable) -> String {
        let sink = CollectingSink()
        writeTable(table, to: sink)
        return String(decoding: sink.files.first?.contents ?? [], as: UTF8.self)
    }

    /// The file name of a table in this format, `<viewID>.<ext>`.
    func fileName(for table: ComparisonTable) -> String {
        RenderedFile.fileName(forView: table.viewID, fileExtension: fileExtension)
    }
}
