import ComparisonKit

/// JSON: one object per table, one file per table, `<viewID>.json`.
///
/// The shape and its fixed key order are documented in `docs/json-output.md`: `view`, `title`, `language`,
/// `legend`, `rowHeading`, `columns`, `rows`, `footnotes`. Optional values are `null`, except an entry's
/// `qualifier`, `basis` (a budget's price basis in its written form), `language` (the language of text shown in
/// another language than the table's) and `data` (a participant, component or goal
/// as an object, see `JSONStream.dataMember`), which are left out when there is none.
/// Cells are written exactly as the table holds them.
/// Strings are escaped by `OutputBuffer.appendJSONString`, so the file is always valid JSON and every text
/// round-trips. Files are streamed to the sink as they are written (see `JSONStream`).
package struct JSONRenderer: TableFileRenderer {
    /// Creates the renderer.
    package init() {}

    /// `json`.
    package var formatName: String { "json" }
    /// None.
    package var aliases: [String] { [] }
    /// `json`.
    package var fileExtension: String { "json" }

    /// Streams one table as a pretty-printed JSON object, ending with a newline.
    package func writeTable(_ table: ComparisonTable, to sink: any RenderSink) {
        var json = JSONStream(file: fileName(for: table), in: sink)
        json.beginObject()
        json.member("view", table.viewID)
        json.member("title", table.title)
        json.member("language", table.language)
        json.member("legend", table.legend)
        json.member("rowHeading", table.rowHeading)
        json.key("columns")
        json.beginArray()
        for group in table.columnGroups {
            for column in group.columns {
                json.nextElement()
                json.beginObject()
                json.member("initiative", column.initiativeID)
                json.member("heading", column.heading)
                json.member("jurisdiction", column.jurisdiction)
                json.member("jurisdictionLabel", group.label)
                json.endObject()
            }
        }
        json.endArray()
        json.key("rows")
        json.beginArray()
        for row in table.rows {
            json.nextElement()
            json.beginObject()
            json.member("id", row.id)
            json.member("label", row.label)
            json.key("cells")
            json.beginArray()
            let cells = row.cells
            for index in cells.indices { write(cells[index].entries, state: cells[index].state, to: &json) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("footnotes")
        json.beginArray()
        var sources = EscapedSources(piecesPerSource: 1)
        for footnote in table.footnotes { write(footnote, sources: &sources, to: &json) }
        json.endArray()
        json.endObject()
        json.finish()
    }

    /// A state's raw value as a JSON string: fixed ASCII names that need no escaping.
    static func jsonString(of state: CellState) -> StaticString {
        switch state {
        case .known: return "known"
        case .unknown: return "unknown"
        case .notApplicable: return "not-applicable"
        case .notRecorded: return "not-recorded"
        case .disputed: return "disputed"
        }
    }

    /// A cell object: its state and its entries, read in place.
    private func write(_ entries: [CellEntry], state: CellState, to json: inout JSONStream) {
        json.nextElement()
        json.beginObject()
        json.key("state")
        json.appendQuoted(Self.jsonString(of: state))
        json.key("entries")
        json.beginArray()
        for index in entries.indices {
            json.nextElement()
            json.beginObject()
            json.member("text", entries[index].text)
            if let qualifier = entries[index].qualifier { json.member("qualifier", qualifier) }
            if let basis = entries[index].data?.priceBasis { json.member("basis", basis.rawValue) }
            if let language = entries[index].language { json.member("language", language) }
            json.member("footnotes", entries[index].footnotes)
            json.dataMember(entries[index].data)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    /// A footnote object; its source object is written once per table and copied after that (see
    /// `EscapedSources`).
    func write(_ footnote: Footnote, sources: inout EscapedSources, to json: inout JSONStream) {
        json.nextElement()
        json.beginObject()
        json.member("number", footnote.number)
        json.key("source")
        let lookup = sources.find(footnote.source)
        if let entry = lookup.entry {
            sources.append(piece: 0, of: entry, to: json.output)
        } else {
            let source = footnote.source
            sources.record(to: json.output) { write(source, to: &json) }
            sources.keep(source, lookup)
        }
        json.member("locator", orNull: footnote.locator)
        json.endObject()
    }

    /// A source object, after `key(_:)`.
    private func write(_ source: Source, to json: inout JSONStream) {
        json.beginObject()
        json.member("id", source.id)
        json.member("title", source.title)
        json.member("publisher", source.publisher)
        json.member("published", orNull: source.published)
        json.member("language", source.language)
        json.member("kind", orNull: source.kind)
        json.member("url", orNull: source.url)
        json.member("confidence", orNull: source.confidence?.rawValue)
        json.member("accessed", orNull: source.accessed)
        json.member("archived", orNull: source.archived)
        json.member("identifier", orNull: source.identifier)
        json.endObject()
    }
}
