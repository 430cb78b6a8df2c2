// Measures the throughput of ComparisonRunner's SHA-256 (Sources/ComparisonRunner/Support/SHA256.swift, with the
// C target CSHA256), compiled alone with it in release mode, in 64 KiB pieces as the output sinks feed it: see
// scripts/measure-sha256.sh. Arguments: MEGABYTES [--portable].
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let megabytes = arguments.first.flatMap { Int($0) } ?? 256
let portable = arguments.contains("--portable")
let piece = [UInt8]((0..<65_536).map { UInt8(truncatingIfNeeded: $0 &* 31) })
var digest = SHA256Digest(portable: portable)
let start = DispatchTime.now().uptimeNanoseconds
piece.withUnsafeBytes { bytes in
    for _ in 0..<(megabytes * 16) { digest.update(bytes) }
}
let hex = digest.hexDigest()
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let rate = Double(megabytes) * 1_048_576 / seconds / 1e6
let path = portable ? "Swift path" : (SHA256Digest.hardwareAvailable ? "SHA-NI path" : "Swift path (no SHA-NI here)")
print("\(path): \(megabytes) MiB in \(String(format: "%.3f", seconds)) s, \(String(format: "%.0f", rate)) MB/s (\(hex))")
