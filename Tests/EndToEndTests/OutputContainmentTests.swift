import Foundation
import Testing

/// The real executable writes nothing outside its output folder, whatever the folder holds: links to files and
/// folders outside under every output name and under the names its temporary files have had, a dangling link, a
/// FIFO (never opened, so nothing can hang).
@Suite struct OutputContainmentTests {
    static let formats = "markdown,csv,json,html,docx,latex"

    @Test func nothingIsWrittenOutsideTheOutputFolderWhateverItHolds() throws {
        let folder = try TemporaryFolder()
        try folder.copyShippedProject()
        let clean = try CommandRunner.run(["run", "--format", Self.formats, "--output", "clean"], in: folder.url)
        try #require(clean.status == 0, "got: \(clean.standardError)")
        let outputs = HostileFolder.names(folder.url.appendingPathComponent("clean"))
        // 41 outputs, the run's manifest and its snapshot of the inputs.
        try #require(outputs.count == 43, "got: \(outputs)")

        try folder.write("outside/victim.txt", "must stay\n")
        try folder.write("outside/dir/inner.txt", "must stay too\n")
        let outside = folder.url.appendingPathComponent("outside")
        let victim = outside.appendingPathComponent("victim.txt").path
        let out = folder.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Under the output names, by turns: a link to a file outside, to a folder outside, a dangling link, a FIFO.
        for (index, name) in outputs.enumerated() {
            let url = out.appendingPathComponent(name)
            switch index % 4 {
            case 0: try HostileFolder.link(url, to: victim)
            case 1: try HostileFolder.link(url, to: outside.path + "/dir")
            case 2: try HostileFolder.link(url, to: outside.path + "/missing/" + name)
            default: try HostileFolder.fifo(url)
            }
        }
        // Under the old temporary names (`.<name>.partial-<pid>`) of one output of each kind (a file per table,
        // HTML, Word) for the next hundred process ids, which the run's will be among unless the machine starts a
        // hundred processes meanwhile; and under the new ones. (A few hundred links: each takes about a millisecond
        // to create here.)
        let next = try nextProcessID()
        var planted: [String] = []
        for name in ["overview.md", "briefing.html", "briefing.docx"] {
            for id in next..<(next + 100) { planted.append(".\(name).partial-\(id)") }
        }
        planted += ["0-0", "0-1", ".lock", ".nordic-compare-" + String(repeating: "0", count: 32) + ".partial"]
        let refused = planted.filter { symlink(victim, out.path + "/" + $0) != 0 }
        try #require(refused.isEmpty, "could not plant: \(refused.prefix(3))")
        defer { for name in planted { unlink(out.path + "/" + name) } }
        let before = HostileFolder.snapshot(outside)

        let result = try CommandRunner.run(["run", "--format", Self.formats, "--output", "out"], in: folder.url)

        #expect(result.status == 0, "got: \(result.standardError)")
        #expect(HostileFolder.snapshot(outside) == before)
        let unexpected = Set(HostileFolder.names(out)).symmetricDifference(outputs + planted).sorted()
        #expect(unexpected.isEmpty, "added or removed: \(unexpected)")
        for name in outputs {
            let url = out.appendingPathComponent(name)
            #expect(HostileFolder.kind(url) == "file", "\(name)")
            if HostileFolder.kind(url) == "file" {
                #expect(try Data(contentsOf: url) == Data(contentsOf: folder.url.appendingPathComponent("clean/" + name)),
                        "\(name)")
            }
        }
    }

    /// The id the next process started will have, more or less: one more than that of a process started now
    /// (`/bin/true`, whose end there is no need to wait for).
    private func nextProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        return process.processIdentifier + 1
    }
}
