import PluginFormat
import YAMLKit

/// libFuzzer's entry point: arbitrary bytes through the YAML layer, then through the plugin decoders as an
/// initiative file and as a manifest. Any crash, hang, leak or sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? YAMLParser.scanEvents(bytes)
    _ = PluginFileChecker.diagnostics(for: bytes, kind: .initiative, path: "fuzz.yaml")
    _ = PluginFileChecker.diagnostics(for: bytes, kind: .manifest, path: "fuzz.yaml")
    return 0
}
