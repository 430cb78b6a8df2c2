import ComparisonKit

/// Findings as JSON, `findings.json`, in the key order `docs/json-output.md` documents: `title`, `language`,
/// `legend`, `selection`, `against`, `selected`, `againstSelected`, `findings` (each `kind`, `topic`, `text`, `footnotes`,
/// `basis` with one object per cell: `initiative`, `initiativeName`, `row`, `rowLabel`, `value`, `footnotes`;
/// `basisLeftOut`) and
/// `footnotes`, shaped as a table file's.
extension JSONRenderer {
    /// Streams the findings file.
    package func writeFindings(_ findings: FindingsReport, to sink: any RenderSink) {
        var json = JSONStream(file: fileName(for: findings), in: sink)
        json.beginObject()
        json.member("title", findings.title)
        json.member("language", findings.language)
        json.member("legend", findings.legend)
        json.key("selection")
        json.strings(findings.selection)
        json.key("against")
        if let against = findings.against { json.strings(against) } else { json.output.append(literal: "null") }
        json.member("selected", findings.selectedCount)
        json.key("againstSelected")
        if let count = findings.againstCount { json.output.append(decimal: count) } else { json.output.append(literal: "null") }
        json.key("findings")
        json.beginArray()
        for finding in findings.findings {
            json.nextElement()
            json.beginObject()
            json.member("kind", finding.kind.rawValue)
            json.member("topic", orNull: finding.topic)
            json.member("text", finding.text)
            json.member("footnotes", finding.footnotes)
            json.key("basis")
            json.beginArray()
            for cell in finding.basis {
                json.nextElement()
                json.beginObject()
                json.member("initiative", cell.initiativeID)
                json.member("initiativeName", cell.initiativeName)
                json.member("row", cell.rowID)
                json.member("rowLabel", cell.rowLabel)
                json.member("value", cell.value)
                json.member("footnotes", cell.footnotes)
                json.endObject()
            }
            json.endArray()
            json.member("basisLeftOut", finding.basisLeftOut)
            json.endObject()
        }
        json.endArray()
        json.key("footnotes")
        json.beginArray()
        var sources = EscapedSources(piecesPerSource: 1)
        for footnote in findings.footnotes { write(footnote, sources: &sources, to: &json) }
        json.endArray()
        json.endObject()
        json.finish()
    }
}
