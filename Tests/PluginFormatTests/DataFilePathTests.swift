import ComparisonKit
import Foundation
@testable import PluginFormat
import Testing
import YAMLKit

/// Data files reached without symbolic links are opened relative to the plugin folder, held open (`openat` with
/// `O_NOFOLLOW`); links (inside or outside the folder), missing files and other kinds of file still take the full
/// `realpath` check with its messages.
@Suite("Data file paths")
struct DataFilePathTests {
    let scratch: ScratchPlugins

    init() throws { scratch = try ScratchPlugins() }

    private func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: scratch.root.appendingPathComponent(path).path,
                                                   withDestinationPath: scratch.root.appendingPathComponent(target).path)
    }

    @Test func plainFilesAreAcceptedHoweverTheyAreSpelt() throws {
        try scratch.manifest("sweden", initiatives: ["initiatives/a.yaml", "./initiatives//b.yaml", "c.yaml"])
        try scratch.write("sweden/initiatives/a.yaml", initiativeYAML(id: "se-a"))
        try scratch.write("sweden/initiatives/b.yaml", initiativeYAML(id: "se-b"))
        try scratch.write("sweden/c.yaml", initiativeYAML(id: "se-c"))
        let (contribution, problems) = scratch.load("sweden")
        #expect(problems.isEmpty, "\(problems)")
        #expect(contribution?.initiatives.map(\.id) == ["se-a", "se-b", "se-c"])
    }

    @Test func aLinkedDirectoryThatLeavesTheFolderIsRefused() throws {
        try scratch.write("elsewhere/a.yaml", initiativeYAML())
        try scratch.manifest("sweden", initiatives: ["initiatives/a.yaml"])
        try link("sweden/initiatives", to: "elsewhere")
        let messages = scratch.load("sweden").1.map(\.message)
        #expect(messages == ["'initiatives/a.yaml' is a symbolic link that points outside the plugin folder; refusing to read it"])
    }

    @Test func aLinkThatStaysInsideTheFolderIsFollowed() throws {
        try scratch.write("sweden/data/a.yaml", initiativeYAML())
        try scratch.manifest("sweden", initiatives: ["initiatives/a.yaml"])
        try link("sweden/initiatives", to: "sweden/data")
        let (contribution, problems) = scratch.load("sweden")
        #expect(problems.isEmpty, "\(problems)")
        #expect(contribution?.initiatives.count == 1)
    }

    @Test func aDirectoryNamedAsADataFileIsReportedAtItsName() throws {
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("sweden/initiatives/a.yaml"),
                                                withIntermediateDirectories: true)
        try scratch.manifest("sweden", initiatives: ["initiatives/a.yaml"])
        let problems = scratch.load("sweden").1
        #expect(problems.map(\.message) == ["'initiatives/a.yaml' cannot be read: it is a folder, not a regular file"])
        #expect(problems.first?.location.file.hasSuffix("sweden/plugin.yaml") == true)
        #expect(problems.first?.location.line == 14)
    }

    @Test func aFileNamedTwiceIsReadOnceHoweverItIsReached() throws {
        try scratch.write("sweden/initiatives/a.yaml", initiativeYAML(id: "se-a"))
        try link("sweden/b.yaml", to: "sweden/initiatives/a.yaml")
        try link("sweden/linked", to: "sweden/initiatives")
        try scratch.manifest("sweden", initiatives: ["b.yaml", "initiatives/a.yaml", "linked/a.yaml", "./b.yaml", "b.yaml"])
        let (contribution, problems) = scratch.load("sweden")
        #expect(contribution?.initiatives.map(\.id) == ["se-a"])
        #expect(problems.map { "\($0.location.line): \($0.message)" } == [
            "15: 'initiatives/a.yaml' is the same file as 'b.yaml', listed on line 14; list each initiative file once",
            "16: 'linked/a.yaml' is the same file as 'b.yaml', listed on line 14; list each initiative file once",
            "17: './b.yaml' is the same file as 'b.yaml', listed on line 14; list each initiative file once",
            "18: 'b.yaml' is already listed on line 14; list each initiative file once",
        ])
    }

    @Test func theManifestIsHeldToTheDataFilesRule() throws {
        try scratch.write("elsewhere/secret.yaml", "format: 1\nplugin: { id: secret-text }\n")
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("sweden"),
                                                withIntermediateDirectories: true)
        try link("sweden/plugin.yaml", to: "elsewhere/secret.yaml")
        let problems = scratch.load("sweden").1
        #expect(problems.map(\.message) == ["'plugin.yaml' is a symbolic link that points outside the plugin folder; "
                                            + "refusing to read it"])
        #expect(problems.first.map { "\($0.location.line):\($0.location.column)" } == "1:1")
    }

    @Test func theOpenedFolderRemembersDirectoriesAndRejectsLinks() throws {
        try scratch.write("sweden/initiatives/a.yaml", "x")
        try scratch.write("elsewhere/b.yaml", "y")
        try link("sweden/initiatives/b.yaml", to: "sweden/initiatives/a.yaml")
        try link("sweden/initiatives/c.yaml", to: "elsewhere/b.yaml")
        try link("sweden/linked", to: "sweden/initiatives")
        let real = try #require(PathResolver.realPath(scratch.root.appendingPathComponent("sweden").path))
        let folder = try #require(OpenedPluginFolder(realFolder: real))
        let file = try #require(folder.openPlainFile("initiatives/a.yaml"))
        #expect(file.size == 1)
        #expect(try YAMLParser.readFile(descriptor: file.descriptor, displayPath: "a.yaml") == Array("x".utf8))
        close(file.descriptor)
        #expect(folder.openedDirectories == ["initiatives"])
        for refused in ["initiatives/b.yaml", "initiatives/c.yaml", "initiatives/missing.yaml", "initiatives",
                        "linked/a.yaml", "initiatives/../initiatives/a.yaml", "/etc/passwd", "initiatives/", "."] {
            #expect(folder.openPlainFile(refused) == nil, "\(refused)")
        }
        #expect(folder.openedDirectories == ["initiatives"])
    }

    @Test func aLinkedFileThatLeavesTheFolderIsRefused() throws {
        try scratch.write("elsewhere/a.yaml", initiativeYAML())
        try scratch.manifest("sweden", initiatives: ["initiatives/a.yaml", "b.yaml"])
        try scratch.write("sweden/initiatives/.keep", "")
        try link("sweden/initiatives/a.yaml", to: "elsewhere/a.yaml")
        try link("sweden/b.yaml", to: "elsewhere/a.yaml")
        let messages = scratch.load("sweden").1.map(\.message)
        #expect(messages == ["'initiatives/a.yaml' is a symbolic link that points outside the plugin folder; refusing to read it",
                             "'b.yaml' is a symbolic link that points outside the plugin folder; refusing to read it"])
    }

    @Test func aLinkedFileInsideTheFolderIsFollowed() throws {
        try scratch.write("sweden/data/a.yaml", initiativeYAML())
        try scratch.manifest("sweden", initiatives: ["a.yaml"])
        try link("sweden/a.yaml", to: "sweden/data/a.yaml")
        let (contribution, problems) = scratch.load("sweden")
        #expect(problems.isEmpty, "\(problems)")
        #expect(contribution?.initiatives.count == 1)
    }

    @Test("joining takes the quick way only when normalizing would change nothing", arguments: [
        ("plugins/norway", "initiatives/a.yaml"), ("/abs/folder", "a.yaml"), ("config/../plugins", "x/./y.yaml"),
        ("plugins//norway/", "a.yaml"), (".", "a.yaml"), ("/", "a.yaml"), ("a", "../b"), ("", "a"), ("a", ".hidden/..x"),
        ("a/..b", "c"), ("a/.", "b"), ("/abs", "/other/./file"),
    ])
    func joining(_ base: String, _ relative: String) {
        let expected = relative.hasPrefix("/") ? PathResolver.normalize(relative)
            : (base.isEmpty || base == ".") ? PathResolver.normalize(relative) : PathResolver.normalize(base + "/" + relative)
        #expect(PathResolver.join(base, relative) == expected)
    }
}
