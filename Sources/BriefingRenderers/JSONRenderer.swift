import ComparisonKit

/// JSON: one object per table, one file per table, `<viewID>.json`.
///
/// The shape and its fixed key order are documented in `docs/json-output.md`: `view`, `title`, `language`,
/// `legend`, `rowHeading`, `columns`, `rows`, `footnotes`. Optional values are `null`, except an entry's
/// `qualifier`, which is left out when there is none. Cells are written exactly as the table holds them.
/// Strings are escaped by `JSONWriter.quoted`, so the file is always valid JSON and every text round-trips.
public struct JSONRenderer: BriefingRenderer {
    /// Creates the renderer.
    public init() {}

    /// `json`.
    public var formatName: String { "json" }
    /// None.
    public var aliases: [String] { [] }
    /// `json`.
    public var fileExtension: String { "json" }

    /// One `<viewID>.json` per table, in document order.
    public func render(_ document: BriefingDocument) -> [RenderedFile] {
        document.tables.map { table in
            RenderedFile(relativePath: RenderedFile.fileName(forView: table.viewID, fileExtension: fileExtension),
                         text: renderTable(table))
        }
    }

    /// One table as a pretty-printed JSON object, ending with a newline.
    public func renderTable(_ table: ComparisonTable) -> String {
        JSONWriter.document(value(of: table))
    }

    private func value(of table: ComparisonTable) -> JSONValue {
        .object([
            ("view", .string(table.viewID)),
            ("title", .string(table.title)),
            ("language", .string(table.language)),
            ("legend", .string(table.legend)),
            ("rowHeading", .string(table.rowHeading)),
            ("columns", .array(table.columnGroups.flatMap { group in
                group.columns.map { column in
                    .object([
                        ("initiative", .string(column.initiativeID)),
                        ("heading", .string(column.heading)),
                        ("jurisdiction", .string(column.jurisdiction)),
                        ("jurisdictionLabel", .string(group.label)),
                    ])
                }
            })),
            ("rows", .array(table.rows.map { row in
                .object([
                    ("id", .string(row.id)),
                    ("label", .string(row.label)),
                    ("cells", .array(row.cells.map(value(of:)))),
                ])
            })),
            ("footnotes", .array(table.footnotes.map(value(of:)))),
        ])
    }

    private func value(of cell: TableCell) -> JSONValue {
        .object([
            ("state", .string(cell.state.rawValue)),
            ("entries", .array(cell.entries.map { entry in
                var members: [(key: String, value: JSONValue)] = [("text", .string(entry.text))]
                if let qualifier = entry.qualifier { members.append(("qualifier", .string(qualifier))) }
                members.append(("footnotes", .array(entry.footnotes.map(JSONValue.int))))
                return .object(members)
            })),
        ])
    }

    private func value(of footnote: Footnote) -> JSONValue {
        let source = footnote.source
        return .object([
            ("number", .int(footnote.number)),
            ("source", .object([
                ("id", .string(source.id)),
                ("title", .string(source.title)),
                ("publisher", .string(source.publisher)),
                ("published", .string(orNull: source.published?.description)),
                ("language", .string(source.language)),
                ("kind", .string(orNull: source.kind)),
                ("url", .string(orNull: source.url)),
                ("confidence", .string(orNull: source.confidence)),
            ])),
            ("locator", .string(orNull: footnote.locator)),
        ])
    }
}
