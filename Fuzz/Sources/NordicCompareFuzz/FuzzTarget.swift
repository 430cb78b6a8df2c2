import PluginFormat
import YAMLKit

/// libFuzzer's entry point: arbitrary bytes through the YAML layer, then through the one plugin reader as an
/// initiative file and as a manifest. Any crash, hang, leak or sanitizer report is a bug, and so is a diagnostic
/// located outside the input (every problem must point at a line and column the user can open): that stops the run,
/// so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? YAMLParser.scanEvents(bytes)
    let lines = bytes.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } + 1
    for kind in [PluginFileChecker.FileKind.initiative, .manifest] {
        for diagnostic in PluginFileChecker.diagnostics(for: bytes, kind: kind, path: "fuzz.yaml")
        where diagnostic.location.line < 1 || diagnostic.location.line > lines || diagnostic.location.column < 1 {
            fatalError("diagnostic outside the input: \(diagnostic)")  // the harness's way to report a finding
        }
    }
    return 0
}
