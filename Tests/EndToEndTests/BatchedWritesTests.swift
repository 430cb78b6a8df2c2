import BriefingRenderers
@testable import ComparisonRunner
import Testing

/// The snapshot's writer hands its small pieces over in large ones, keeps every byte in order, and passes a piece
/// too large to gather straight through.
@Suite struct BatchedWritesTests {
    /// A sink that keeps what it is given and how many times it was given something.
    private final class RecordingSink: RenderSink {
        var bytes: [UInt8] = []
        var handOvers = 0
        func beginFile(_ relativePath: String) {}
        func write(_ bytes: UnsafeRawBufferPointer) {
            self.bytes.append(contentsOf: bytes)
            handOvers += 1
        }
        func endFile() {}
        func fail(_ relativePath: String, reason: String) {}
    }

    @Test func gathersSmallPiecesInOrder() {
        let sink = RecordingSink()
        var writes = BatchedWrites(to: sink)
        var expected: [UInt8] = []
        // Headers and paddings of 512 bytes around files of a few kilobytes, as the snapshot writes them: 3 MiB in all.
        for index in 0..<1_000 {
            let header = [UInt8](repeating: UInt8(index % 251), count: 512)
            let file = [UInt8](repeating: UInt8(index % 7), count: 2_000 + index)
            let padding = [UInt8](repeating: 0, count: (512 - file.count % 512) % 512)
            for piece in [header, file, padding] {
                writes.append(piece)
                expected.append(contentsOf: piece)
            }
        }
        #expect(sink.handOvers < expected.count / BatchedWrites.pieceSize + 1)
        writes.flush()
        #expect(sink.bytes == expected)
        #expect(sink.handOvers <= expected.count / BatchedWrites.pieceSize + 1)
    }

    @Test func passesALargePieceStraightThrough() {
        let sink = RecordingSink()
        var writes = BatchedWrites(to: sink)
        let small = [UInt8](repeating: 1, count: 100)
        let large = [UInt8](repeating: 2, count: BatchedWrites.pieceSize + 1)
        writes.append(small)
        writes.append(large)
        writes.append(small)
        writes.flush()
        #expect(sink.bytes == small + large + small)
        #expect(sink.handOvers == 3)
    }

    @Test func flushingNothingWritesNothing() {
        let sink = RecordingSink()
        var writes = BatchedWrites(to: sink)
        writes.flush()
        writes.append([])
        writes.flush()
        #expect(sink.handOvers == 0)
    }
}
