import Foundation
import Testing
@testable import YAMLKit

/// A file is read only when it is a regular file, opened without blocking: a FIFO would otherwise block the read
/// for ever, waiting for a writer.
@Suite struct InputFileTests {
    // FIFOs are tested through the executable with a deadline (EndToEndTests' InputFileKindTests): here, a
    // regression would block the whole test process.
    @Test("A folder or a device is refused with what it is, at line 1 of the name given")
    func nonRegularFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yamlkit-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, expected) in [(folder.path, "cannot read the file: it is a folder, not a regular file"),
                                 ("/dev/null", "cannot read the file: it is a character device, not a regular file")] {
            #expect {
                try YAMLParser.readFile(atPath: path, displayPath: "input.yaml")
            } throws: { error in
                let error = error as? YAMLError
                return error?.message == expected && error?.mark.file == "input.yaml" && error?.mark.line == 1
                    && error?.mark.column == 1
            }
        }
    }

    @Test("A symbolic link is refused when links are not to be followed")
    func linkNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yamlkit-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.yaml").path
        try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: target))
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try YAMLParser.readFile(atPath: link) == Array("a: 1\n".utf8))
        #expect {
            try YAMLParser.readFile(atPath: link, followLinks: false)
        } throws: { error in
            (error as? YAMLError)?.message.contains("symbolic link") == true
        }
    }
}
