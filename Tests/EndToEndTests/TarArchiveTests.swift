@testable import ComparisonRunner
import Testing

/// The snapshot archive's reader refuses what a run never writes, without crashing on it.
@Suite struct TarArchiveTests {
    private func archive(_ files: [(String, String)]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (path, text) in files {
            let data = Array(text.utf8)
            bytes += TarArchive.headers(path: path, size: data.count) + data + TarArchive.padding(after: data.count)
        }
        return bytes + TarArchive.end
    }

    @Test func whatIsWrittenReadsBack() throws {
        let long = String(repeating: "folder/", count: 30) + String(repeating: "y", count: 130)
        let entries = try TarArchive.entries(of: archive([("config/a.yaml", "one\n"), (long, ""), ("b", "two")]))
        #expect(entries.map(\.path) == ["config/a.yaml", long, "b"])
        #expect(entries.map { String(decoding: $0.bytes, as: UTF8.self) } == ["one\n", "", "two"])
    }

    @Test func aDamagedArchiveIsRefused() {
        let good = archive([("a.yaml", "text")])
        var badChecksum = good
        badChecksum[0] = UInt8(ascii: "b")
        var hugeSize = good
        // A size of 0o77777777777 bytes, with the checksum made right again.
        hugeSize.replaceSubrange(124..<136, with: Array("77777777777".utf8) + [0])
        let sum = hugeSize[0..<512].enumerated().reduce(0) { $0 + ((148..<156).contains($1.offset) ? 32 : Int($1.element)) }
        let digits = String(sum, radix: 8)
        hugeSize.replaceSubrange(148..<156, with: Array((String(repeating: "0", count: 6 - digits.count) + digits).utf8) + [0, 32])
        for damaged in [badChecksum, hugeSize, Array(good.prefix(700)), Array("not a tar archive".utf8)] {
            #expect(throws: TarArchive.Malformed.self) { try TarArchive.entries(of: damaged) }
        }
    }
}
