import ComparisonKit
import Foundation
@testable import PluginFormat
import Testing
import YAMLKit

/// Valid initiative files and manifests are read by the fast path (CompactYAMLParser + CompactDocumentReader, which
/// builds initiatives straight into the model); everything else takes the full path (YAMLParser's tree + YAMLDecoder,
/// then InitiativeAssembler). These tests check that the fast path reads the same manifests and builds the same
/// initiatives as the full path, and that the files it hands over get the full path's diagnostics.
@Suite("Fast path for plugin files")
struct FastPathTests {
    /// Every YAML file of the shipped plugins, with its kind.
    private static func shippedFiles() -> [(path: String, isManifest: Bool)] {
        let plugins = TestFiles.root.appendingPathComponent("plugins").path
        let found = FileManager.default.subpaths(atPath: plugins) ?? []
        return found.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
            (plugins + "/" + name, name.hasSuffix("plugin.yaml"))
        }
    }

    /// The full path's document as text, or its diagnostics.
    private func fullPath<Document: Decodable>(_ type: Document.Type, _ bytes: [UInt8], path: String) -> String {
        do {
            let root = try YAMLParser.parse(bytes, file: path)
            switch YAMLDocumentLoader.decode(type, from: root, what: "a file") {
            case .success(let document): return String(describing: document)
            case .failure(let list): return list.diagnostics.map(\.description).joined(separator: "\n")
            }
        } catch {
            return "\(error)"
        }
    }

    /// The loader's document as text, or its diagnostics.
    private func loaded<Document: Decodable>(_ type: Document.Type, _ bytes: [UInt8], path: String) -> String {
        switch YAMLDocumentLoader.load(type, bytes: bytes, path: path, what: "a file") {
        case .success(let document): return String(describing: document)
        case .failure(let list): return list.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The initiative the fast path builds, or nil when it hands the file over.
    private func fastInitiative(_ bytes: [UInt8], path: String, limits: YAMLLimits = .default) -> Initiative? {
        InitiativeLoader.readFast(bytes: bytes, path: path, pluginID: "test", pluginJurisdiction: "XX", limits: limits)
    }

    /// The full path's initiative (tree, YAMLDecoder, assembler) and its diagnostics.
    private func fullInitiative(_ bytes: [UInt8], path: String) -> (Initiative?, [Diagnostic]) {
        InitiativeLoader.readFully(bytes: bytes, path: path, pluginID: "test", pluginJurisdiction: "XX")
    }

    /// Checks that the fast path builds the initiative the full path builds, and that the full path reports nothing.
    private func expectSameInitiative(_ bytes: [UInt8], path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let fast = try #require(fastInitiative(bytes, path: path), "\(path)", sourceLocation: sourceLocation)
        let (full, problems) = fullInitiative(bytes, path: path)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        #expect(full == fast, sourceLocation: sourceLocation)
    }

    private func initiativeText(_ body: String) -> [UInt8] {
        Array(("format: 1\nid: x-test\nkind: forum\nlanguage: sv\nsource: s1\nname: { sv: Namn, en: Name }\n" + body).utf8)
    }

    @Test("every shipped file takes the fast path and reads as through YAMLDecoder")
    func shippedFilesReadTheSame() throws {
        let files = Self.shippedFiles()
        #expect(files.count > 5)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
            if file.isManifest {
                let fast = try #require(YAMLDocumentLoader.readFast(ManifestDocument.self, bytes: bytes, path: file.path,
                                                                    limits: .default), "\(file.path)")
                #expect(String(describing: fast) == fullPath(ManifestDocument.self, bytes, path: file.path))
            } else {
                try expectSameInitiative(bytes, path: file.path)
            }
        }
    }

    @Test("the public cross-check (used by the fuzzer) finds no difference on the shipped files")
    func crossCheck() throws {
        for file in Self.shippedFiles() {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
            let kind: PluginFileChecker.FileKind = file.isManifest ? .manifest : .initiative
            #expect(PluginFileChecker.fastPathMismatch(for: bytes, kind: kind, path: file.path) == nil)
        }
    }

    @Test("valid forms the fast path reads match the full path", arguments: [
        "summary: ~\nchair: null\nmeetings:\n",
        "member-count: \"12\"\nlead: { name: A, english: B, category: ministry }\n",
        "member-count: -0\nperiod: { value: { start: 2021, end: open }, source: s2 }\n",
        "status: [{ value: active, as-of: 2021 }, { unknown: ~, note: n }]\n",
        "budget:\n  - value: { min: 1, max: 2, currency: EUR }\n  - { magnitude: billion }\n",
        "themes: { ai: primary, data: secondary }\ncomponents:\n  - { id: c1, title: { en: T }, themes: [ai] }\n",
        "goals:\n  - { text: Do it, target: 2x, deadline: 2026, note: n, source: s1, locator: p 2 }\n",
        "participants:\n  - { name: LO, english: ~, category: trade-union, role: member, since: 2020, note: n, source: s1, locator: l }\n",
        "related: [a, 'b', \"c\"]\njurisdiction: SE\n",
        "period: { start: 2021-03-01, end: \"open\" }\nstatus: { value: planned, status: proposed, as-of: 2020-02-29 }\n",
        "period: { start: ~, end: ~ }\nchair: { unknown: ~, source: s3, locator: ~ }\n",
        "budget:\n  amount: 0.50\n  scale: ~\n  breakdown: [{ component: c1, amount: 0 }, { component: c2, amount: 12345678901234567890.5 }]\n",
        "budget: { min: -1, max: 2.25, magnitude: ~, amount: null }\n",
        "budget:\n  - { value: { amount: 1, basis: current }, as-of: 2020 }\n  - { value: { amount: 2, basis: constant-2018 }, as-of: 2021 }\n",
        "budget: { magnitude: billion, basis: not-stated }\n",
        "budget: { amount: 1, basis: ~ }\n",
        "components:\n  - { id: c1, title: T, source: s2 }\n  - { id: c2, title: U, locator: box 1 }\n",
    ])
    func validForms(_ body: String) throws {
        try expectSameInitiative(initiativeText(body), path: "t.yaml")
    }

    @Test("an agency reads the same on both paths")
    func agencyKind() throws {
        let text = "format: 1\nid: x-agency\nkind: agency\nlanguage: sv\nsource: s1\nname: { sv: Verket, en: The Agency }\n"
        try expectSameInitiative(Array(text.utf8), path: "t.yaml")
        #expect(fastInitiative(Array(text.utf8), path: "t.yaml")?.kind == .agency)
    }

    @Test("values the assembler reports make the fast path hand the file over, with the full path's diagnostics", arguments: [
        "status: actve\n",
        "status: { value: active, status: adoptd }\n",
        "status: [{ value: active, as-of: 2021-13 }]\n",
        "period: { start: 2021-02-30 }\n",
        "period: { end: soon }\n",
        "member-count: -3\n",
        "lead: { name: A, category: ministri }\n",
        "participants:\n  - { name: LO, category: union }\n",
        "participants:\n  - { name: LO, since: yesterday }\n",
        "goals:\n  - { text: T, deadline: 26 }\n",
        "themes: { ai: main }\n",
        "components:\n  - { id: c1, title: T, themes: { ai: ~ } }\n",
        "budget: { amount: '1,5' }\n",
        "budget: { min: 1 }\n",
        "budget: { amount: 1, magnitude: billion }\n",
        "budget: {}\n",
        "budget: { magnitude: huge }\n",
        "budget: { amount: 1, scale: millions }\n",
        "budget: { amount: 1, basis: current prices }\n",
        "budget: { amount: 1, basis: constant-18 }\n",
        "budget:\n  value: { amount: 1, breakdown: [{ component: c, amount: x }] }\n",
    ])
    func reportedValues(_ body: String) {
        let bytes = initiativeText(body)
        #expect(fastInitiative(bytes, path: "t.yaml") == nil)
        let (initiative, problems) = InitiativeLoader.load(bytes: bytes, path: "t.yaml", pluginID: "test",
                                                           pluginJurisdiction: "XX")
        let (full, fullProblems) = fullInitiative(bytes, path: "t.yaml")
        #expect(!problems.isEmpty)
        #expect(problems == fullProblems)
        #expect(initiative == full)
    }

    @Test("files the fast path hands over get the full path's result, word for word", arguments: [
        "meetings: &m { en: Twice a year }\nsummary: *m\n",  // aliases
        "<<: { chair: A }\n",  // merge keys
        "chair: !!str NO\n",  // tags
        "chair: A\nchair: B\n",  // duplicate keys
        "name: again\n",  // a duplicate of a key the prefix has
        "chiar: Someone\n",  // unknown key
        "member-count: twelve\n",
        "member-count: 99999999999999999999\n",
        "chair:\n  value: A\n  unknown: B\n",
        "participants:\n  - english: Nobody\n",
        "themes: data\n",
        "related: ai\n",
        "budget:\n  value: { amount: 1, currency: EUR, breakdwn: [] }\n",
        "summary: { sv: [a] }\n",
        "summary: { ände: text }\n",  // a non-ASCII key
        "period: [1, 2\n",  // a syntax error
        "---\nchair: A\n",  // a second document
    ])
    func handedOver(_ body: String) {
        let bytes = initiativeText(body)
        let (initiative, problems) = InitiativeLoader.load(bytes: bytes, path: "t.yaml", pluginID: "test",
                                                           pluginJurisdiction: "XX")
        let (full, fullProblems) = fullInitiative(bytes, path: "t.yaml")
        #expect(problems == fullProblems)
        #expect(initiative == full)
        if fastInitiative(bytes, path: "t.yaml") != nil { #expect(fullProblems.isEmpty) }
    }

    @Test("the format version is checked by the full path", arguments: ["format: 2\n", "format: '01'\n", "format: [1]\n", "id: x\n"])
    func formatVersions(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(YAMLDocumentLoader.readFast(ManifestDocument.self, bytes: bytes, path: "p.yaml", limits: .default) == nil)
        #expect(loaded(ManifestDocument.self, bytes, path: "p.yaml") == fullPath(ManifestDocument.self, bytes, path: "p.yaml"))
        #expect(loaded(ManifestDocument.self, bytes, path: "p.yaml").contains("error"))
    }

    @Test("a file over a limit gets the full path's message")
    func limits() {
        let bytes = initiativeText("chair: " + String(repeating: "x", count: 100) + "\n")
        let limits = YAMLLimits(maxScalarBytes: 50)
        #expect(fastInitiative(bytes, path: "t.yaml", limits: limits) == nil)
        let (initiative, problems) = InitiativeLoader.load(bytes: bytes, path: "t.yaml", pluginID: "test",
                                                           pluginJurisdiction: "XX", limits: limits)
        #expect(initiative == nil)
        #expect(problems.map(\.message) == ["this value is 100 bytes long, more than the limit of 50 bytes"])
    }
}
