import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process's memory as Linux reports it in `/proc/self/status`, and the reset of its high-water mark.
enum ProcessMemory {
    /// The resident set now (`VmRSS`), in bytes; nil where `/proc` is not available.
    static func residentBytes() -> Int? { statusField("VmRSS:") }

    /// The peak resident set since the process started or since the last ``resetPeak()`` (`VmHWM`), in bytes.
    static func peakBytes() -> Int? { statusField("VmHWM:") }

    /// Resets `VmHWM` to the current resident set by writing `5` to `/proc/self/clear_refs` (Linux 4.0+).
    /// Returns false where that is not possible; peaks are then peaks since the process started.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Checks that resetting works: after a reset, the peak is no higher than a little above the resident set.
    static func peakResetWorks() -> Bool {
        guard resetPeak(), let peak = peakBytes(), let resident = residentBytes() else { return false }
        return peak <= resident + 4 * 1024 * 1024
    }

    /// User plus system CPU time of the whole process so far, in seconds.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}

/// What machine a result comes from.
enum MachineInfo {
    /// The 1-, 5- and 15-minute load averages: on a shared machine, a load above the number of cores means the
    /// wall-clock figures include waiting for a core.
    static var loadAverage: [Double] {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return [] }
        return text.split(separator: " ").prefix(3).compactMap { Double($0) }
    }

    static var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    static var cpuModel: String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown"
    }

    static var memoryBytes: UInt64 { ProcessInfo.processInfo.physicalMemory }

    static var kernel: String {
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let system = withUnsafeBytes(of: &name.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return system + " " + release
    }

    /// The compiler this binary was built with.
    static var swiftCompiler: String {
        #if compiler(>=6.3)
        return "6.3 or later"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #else
        return "before 6.1"
        #endif
    }
}
