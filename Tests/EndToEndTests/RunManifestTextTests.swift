@testable import ComparisonRunner
import Foundation
import Testing

/// `run-manifest.json` is written by hand (`RunManifest.encoded()`, for speed); these hold it to what `JSONEncoder`
/// makes of the same manifest through `encode(to:)`, the one declaration of its keys.
@Suite struct RunManifestTextTests {
    static let awkward = "a \"quoted\" \\ path/with\nnewline\ttab\u{01}\u{1F}, ÆØÅ and 🇳🇴"

    static func manifest(asOf: String?, generatedAt: String?, files: Int) -> RunManifest {
        let read = (0..<files).map { index in
            RunManifest.File(path: index == 0 ? awkward : "plugins/p/initiatives/\(index).yaml",
                             role: index == 0 ? .configuration : .plugin, size: index * 1_000,
                             sha256: String(repeating: "ab", count: 32))
        }
        let written = (0..<files).map { index in
            RunManifest.File(path: "view-\(index).json", role: nil, size: index, sha256: String(repeating: "0f", count: 32))
        }
        return RunManifest(kind: RunManifest.kindName, manifestVersion: RunManifest.currentVersion, toolVersion: "1.2.3",
                           configurationDigest: String(repeating: "c", count: 64), configuration: awkward, asOf: asOf,
                           generatedAt: generatedAt, languages: ["en", "nb"], formats: files == 0 ? [] : ["markdown", "json"],
                           views: [awkward, "overview"], snapshot: RunManifest.snapshotName, inputs: read, outputs: written)
    }

    @Test(arguments: [(String?.none, String?.none, 0), ("2021-12-31", "2026-12-08T02:00:00Z", 1), (nil, nil, 5)])
    func theTextSaysWhatJSONEncoderSays(asOf: String?, generatedAt: String?, files: Int) throws {
        let manifest = Self.manifest(asOf: asOf, generatedAt: generatedAt, files: files)
        let text = manifest.encoded()
        #expect(text.last == UInt8(ascii: "\n"))
        #expect(try JSONDecoder().decode(RunManifest.self, from: Data(text)) == manifest)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let reference = try JSONSerialization.jsonObject(with: encoder.encode(manifest)) as? NSDictionary
        let ours = try JSONSerialization.jsonObject(with: Data(text)) as? NSDictionary
        #expect(ours != nil && ours == reference)
        // The same keys in the same (sorted) order as JSONEncoder writes them.
        let keys = { (data: Data) in
            String(decoding: data, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("  \"") }
                .map { $0.split(separator: "\"")[1] }
        }
        #expect(keys(Data(text)) == keys(try encoder.encode(manifest)))
    }
}
