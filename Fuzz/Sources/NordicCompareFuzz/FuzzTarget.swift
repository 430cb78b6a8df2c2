import PluginFormat
import YAMLKit

/// libFuzzer's entry point: arbitrary bytes through the YAML layer, then through the plugin decoders as an
/// initiative file and as a manifest. Any crash, hang, leak or sanitizer report is a bug, and so is a file that the
/// fast path (compact parser and reader) reads differently from the full path (tree and YAMLDecoder): that stops
/// the run with both readings, so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? YAMLParser.scanEvents(bytes)
    _ = PluginFileChecker.diagnostics(for: bytes, kind: .initiative, path: "fuzz.yaml")
    _ = PluginFileChecker.diagnostics(for: bytes, kind: .manifest, path: "fuzz.yaml")
    for kind in [PluginFileChecker.FileKind.initiative, .manifest] {
        if let mismatch = PluginFileChecker.fastPathMismatch(for: bytes, kind: kind, path: "fuzz.yaml") {
            fatalError(mismatch)  // the harness's way to report a finding; the library never traps on input
        }
    }
    return 0
}
