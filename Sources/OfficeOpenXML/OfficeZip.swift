internal import Foundation
internal import ZIPFoundation

/// The ZIP container of an Office Open XML package (Word's `.docx`, Excel's `.xlsx`), written so that the same parts
/// give the same bytes: the parts stored in the order given, deflated, every entry dated 1980-01-01 00:00 (the
/// earliest date ZIP can hold) with permissions 0644.
package enum OfficeZip {
    /// The fixed modification date of every entry: 1980-01-01 00:00 UTC, the start of the ZIP (MS-DOS) calendar,
    /// as seconds since 1970.
    package static let entryDateSeconds: Double = 315_532_800

    /// The parts zipped (deflated) in order with the fixed date; nil if ZIPFoundation fails (only running out of
    /// memory could make it).
    package static func archive(_ parts: [(path: String, text: String)]) -> [UInt8]? {
        let entryDate = Date(timeIntervalSince1970: entryDateSeconds)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.text.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: entryDate, permissions: 0o644,
                                     compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            return archive.data.map { Array($0) }
        } catch {
            return nil
        }
    }
}
