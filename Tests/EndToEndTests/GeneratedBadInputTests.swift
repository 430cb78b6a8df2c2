import Foundation
import Testing

/// Bad inputs too large, too binary or too machine-specific to check in as files: they are made by the test
/// in a fresh project, then run through the real pipeline like the checked-in fixtures.
@Suite(.serialized) struct GeneratedBadInputTests {
    private let manifest = FixtureProject.oneFileManifest
    private let initiative = FixtureProject.oneInitiative

    /// A project with plugin `p` whose initiative file holds `bytes`; returns its diagnostics and errors.
    private func run(initiativeBytes bytes: [UInt8]) throws -> (all: [String], errors: [String]) {
        let project = try FixtureProject(enable: ["p"])
        try project.write("plugins/p/plugin.yaml", bytes: Array(manifest.utf8))
        try project.write("plugins/p/initiatives/a.yaml", bytes: bytes)
        let all = try project.diagnostics()
        return (all, all.filter { $0.contains(": error: ") })
    }

    private let file = "plugins/p/initiatives/a.yaml"

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = initiative.replacingOccurrences(of: "\n", with: "\r\n") + "chiar: x\r\n"
        let result = try run(initiativeBytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(result.errors == ["\(file):7:1: error: unknown key 'chiar' in the top-level mapping; did you mean 'chair'?"],
                "a BOM and CRLF must parse, with lines counted right")
    }

    @Test func utf16IsRefusedWithAHint() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in initiative.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = try run(initiativeBytes: bytes)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("\(file):1:1: error: ") == true)
        #expect(result.errors.first?.contains("UTF-16") == true)
        #expect(result.errors.first?.contains("UTF-8") == true)
    }

    @Test func invalidUTF8IsLocated() throws {
        let bytes = Array(initiative.utf8) + Array("chair: Eva ".utf8) + [0xC3, 0x28] + Array(" Exempel\n".utf8)
        let result = try run(initiativeBytes: bytes)
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("\(file):7:12: error: ") == true, "\(result.errors)")
        #expect(result.errors.first?.contains("UTF-8") == true)
    }

    @Test(arguments: [("[", "flow sequences"), ("- ", "block sequences"), ("{a: ", "flow mappings")])
    func hundredThousandLevelsOfNestingFailFast(opener: String, kind: String) throws {
        // Block sequences start on their own line ("- - - …" nests one level per dash); flow ones follow the key.
        let key = opener == "- " ? "summary:\n" : "summary: "
        let bytes = Array(initiative.utf8) + Array(key.utf8) + Array(String(repeating: opener, count: 100_000).utf8)
        let result = try run(initiativeBytes: bytes)
        #expect(result.errors.count == 1, "\(kind)")
        #expect(result.errors.first?.hasPrefix("\(file):\(opener == "- " ? 8 : 7):") == true, "\(result.errors)")
        #expect(result.errors.first?.contains("nest") == true, "\(result.errors)")
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let padding = String(repeating: "# padding line to make the file large\n", count: 240_000)
        let result = try run(initiativeBytes: Array((initiative + padding).utf8))
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("\(file):1:1: error: ") == true)
        #expect(result.errors.first?.contains("MiB") == true || result.errors.first?.contains("bytes") == true,
                "\(result.errors)")
    }

    @Test func aSingleHugeScalarIsRefused() throws {
        let huge = "summary: { en: \"" + String(repeating: "x", count: 2_000_000) + "\" }\n"
        let result = try run(initiativeBytes: Array((initiative + huge).utf8))
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("\(file):7:") == true, "\(result.errors)")
    }

    @Test func aSymbolicLinkPointingOutsideIsRefused() throws {
        let project = try FixtureProject(enable: ["p"])
        try project.write("plugins/p/plugin.yaml", bytes: Array(manifest.utf8))
        let outside = try project.write("secret.yaml", bytes: Array(initiative.utf8))
        try FileManager.default.createDirectory(at: project.folder.url.appendingPathComponent("plugins/p/initiatives"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: project.folder.url.appendingPathComponent("plugins/p/initiatives/a.yaml").path,
            withDestinationPath: outside)
        let errors = try project.diagnostics().filter { $0.contains(": error: ") }
        #expect(errors == ["plugins/p/plugin.yaml:10:5: error: 'initiatives/a.yaml' is a symbolic link that points "
                           + "outside the plugin folder; refusing to read it"])
    }

    @Test func anUnreadableFileIsReported() throws {
        // Running as root, permission bits cannot make a file unreadable; a folder where a file should be can.
        let project = try FixtureProject(enable: ["p"])
        try project.write("plugins/p/plugin.yaml", bytes: Array(manifest.utf8))
        try FileManager.default.createDirectory(
            at: project.folder.url.appendingPathComponent("plugins/p/initiatives/a.yaml"), withIntermediateDirectories: true)
        let errors = try project.diagnostics().filter { $0.contains(": error: ") }
        #expect(errors.count == 1)
        // At the manifest line that names it: the folder has no line 1 to point at.
        #expect(errors == ["plugins/p/plugin.yaml:10:5: error: 'initiatives/a.yaml' cannot be read: it is a folder, "
                           + "not a regular file"])
    }
}
