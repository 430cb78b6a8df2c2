import ComparisonKit
import PluginFormat
import Testing

/// Every plugin file is read by one reader driven by the format's declaration (``DocumentSchemas``): these tests feed
/// it the unusual-but-valid forms, and the mistakes it must word, each at its place.
@Suite("Reading plugin files against the declaration")
struct SchemaReadingTests {
    private func initiative(_ body: String) -> [Diagnostic] {
        let text = "format: 1\nid: x-test\nkind: forum\nlanguage: sv\nsource: s1\nname: { sv: Namn, en: Name }\n" + body
        return PluginFileChecker.diagnostics(for: Array(text.utf8), kind: .initiative, path: "test.yaml")
    }

    @Test("unusual but valid forms are read without a problem", arguments: [
        "summary: ~\n",
        "summary: Same in every language\nlead: Regjeringen\n",
        "member-count: \"12\"\nchair: !!str NO\n",
        "member-count: +7\n",
        "themes: [ai, data]\n",
        "themes: {}\nrelated: []\nparticipants: []\ncomponents: []\ngoals: []\n",
        "chair:\n  unknown:\n  source: s2\n",
        "chair:\n  unknown: Not said.\n  locator: page 2\n  note: checked\n",
        "status:\n  - { value: active, as-of: 2021 }\n  - value: concluded\n    as-of: 2022-03\n    status: amended\n",
        "period: { start: 2021, end: open }\n",
        "period:\n  value: { start: 2021-03 }\n  source: s2\n",
        "budget: { magnitude: billion, currency: DKK }\n",
        "budget:\n  value:\n    amount: 12.5\n    scale: million\n    basis: ~\n    breakdown:\n      - { component: c1, amount: 2 }\n",
        "lead:\n  value: { name: Ministry, english: ~, category: ministry }\n",
        "participants:\n  - name: LO\n    role: { en: attends, nb: deltar }\n    since: 2020\n",
        "components:\n  - id: c1\n    title: Track\n    themes: { ai: primary }\n    label: ~\n",
        "goals:\n  - text: { en: Do it }\n    deadline: 2026\n    target: 2x\n",
        "jurisdiction: SE\nsummary: { en: \"quoted: text\", sv: 'enkel' }\n",
        "meetings: &m { en: Twice a year }\n",
    ])
    func validForms(_ body: String) {
        let problems = initiative(body)
        #expect(problems.allSatisfy { !$0.message.contains("unknown key") }, "\(problems)")
    }

    @Test("problems are worded as before", arguments: [
        ("chiar: Someone\n", "unknown key 'chiar' in the top-level mapping; did you mean 'chair'?"),
        ("chair:\n  value: A\n  unknown: B\n", "a fact has one of 'value', 'unknown' or 'not-applicable', not several"),
        ("member-count: twelve\n", "expected a whole number"),
        ("member-count: 99999999999999999999\n", "is out of range"),
        ("participants:\n  - english: Nobody\n", "missing required key 'name'"),
        ("themes: data\n", "expected a list of theme ids, or a mapping"),
        ("related: ai\n", "expected a list"),
        ("budget:\n  value: { amount: 1, currency: EUR, breakdwn: [] }\n", "did you mean 'breakdown'?"),
        ("<<: { chair: A }\n", ""),
        ("chair: null\n", "'chair' is null, which records nothing; write the value, or 'unknown: "),
        ("meetings:\n", "'meetings' is null"),
        ("lead: ~\n", "'lead' is null"),
        ("chair: \"\"\n", "'chair' is empty text"),
        ("chair:\n  value: ''\n  source: s2\n", "'chair.value' is empty text"),
    ])
    func problemsFallBack(_ body: String, _ expected: String) {
        let problems = initiative(body)
        if expected.isEmpty {
            #expect(problems.isEmpty, "\(problems)")  // merge keys are applied by the parser, then read as written
        } else {
            #expect(problems.contains { $0.message.contains(expected) }, "\(problems)")
        }
    }

    @Test("a manifest reads the same either way, and a broken one is reported")
    func manifests() {
        let valid = """
            format: 1
            plugin:
              id: sweden
              name: { en: Sweden, sv: Sverige }
              jurisdiction: SE
              version: 1.0.0
              description: ~
            sources:
              s1: { title: T, publisher: P, published: 2021, language: sv, kind: article, confidence: medium, note: ~ }
              s2:
                title: Title
                publisher: Publisher
                language: en
                url: https://example.org
            initiatives: [initiatives/a.yaml]
            """
        #expect(PluginFileChecker.diagnostics(for: Array(valid.utf8), kind: .manifest, path: "plugin.yaml").isEmpty)
        let broken = valid.replacingOccurrences(of: "publisher: Publisher", with: "publsher: Publisher")
        let problems = PluginFileChecker.diagnostics(for: Array(broken.utf8), kind: .manifest, path: "plugin.yaml")
        #expect(problems.contains { $0.message.contains("missing required key 'publisher'") }, "\(problems)")
    }

    @Test("languages are ISO 639-1 codes, with the code meant when a name is written", arguments: [
        ("svenska", "did you mean 'sv'?"), ("Norsk", "did you mean 'nb'?"), ("EN", "did you mean 'en'?"), ("xx", "ISO 639-1"),
    ])
    func languageCodes(_ written: String, _ expected: String) {
        let text = "format: 1\nid: x-test\nkind: forum\nlanguage: \(written)\nsource: s1\nname: { sv: Namn, en: Name }\n"
        let problems = PluginFileChecker.diagnostics(for: Array(text.utf8), kind: .initiative, path: "test.yaml")
        #expect(problems.contains { $0.message.contains("unknown language code '\(written)'") && $0.message.contains(expected) },
                "\(problems)")
        #expect(problems.allSatisfy { $0.location.line == 4 }, "\(problems)")
    }

    @Test("a source's confidence is one of four levels, with the level meant when it is misspelt", arguments: [
        ("mediumhigh", "did you mean 'medium-high'?"), ("hihg", "did you mean 'high'?"), ("certain", "expected one of: high, medium-high, medium, low"),
    ])
    func sourceConfidence(_ written: String, _ expected: String) {
        let text = """
            format: 1
            plugin: { id: sweden, name: Sweden, jurisdiction: SE, version: 1.0.0 }
            sources:
              s1: { title: T, publisher: P, language: sv, confidence: \(written) }
            initiatives: []
            """
        let problems = PluginFileChecker.diagnostics(for: Array(text.utf8), kind: .manifest, path: "plugin.yaml")
        #expect(problems.count == 1 && problems[0].message.contains("unknown confidence '\(written)'")
                && problems[0].message.contains(expected), "\(problems)")
        #expect(problems.first?.location.line == 4)
    }

    @Test("a position needs a stance from its list, with the stance meant when it is misspelt")
    func positionStance() {
        let text = """
            format: 1
            id: x-test
            kind: strategy
            language: sv
            source: s1
            name: { sv: Namn, en: Name }
            positions:
              - { name: Unionen, category: trade-union, stance: suports, date: 2024-03 }
              - { name: TCO, demands: [{ en: more training }] }
            """
        let problems = PluginFileChecker.diagnostics(for: Array(text.utf8), kind: .initiative, path: "test.yaml")
        #expect(problems.contains { $0.message.contains("unknown stance 'suports'") && $0.message.contains("did you mean 'supports'?")
                && $0.location.line == 8 }, "\(problems)")
        #expect(problems.contains { $0.message.contains("missing required key 'stance'") && $0.location.line == 9 }, "\(problems)")
        #expect(problems.count == 2, "\(problems)")
    }

    /// Found by the fuzzer (`---` with no line break after it): libyaml puts what ends such a stream on a line after
    /// the last, so the report pointed at line 2 of a one-line file.
    @Test("a file without a final line break is reported on its own lines", arguments: [
        "---", "--- ", "a: 1\n---", "format: 1\nid:", "- x\n- ", "key: [1, 2", "\"open",
    ])
    func unterminatedInput(_ text: String) {
        let lines = text.count { $0 == "\n" } + 1
        for kind in [PluginFileChecker.FileKind.initiative, .manifest] {
            let problems = PluginFileChecker.diagnostics(for: Array(text.utf8), kind: kind, path: "test.yaml")
            #expect(!problems.isEmpty)
            #expect(problems.allSatisfy { $0.location.line >= 1 && $0.location.line <= lines && $0.location.column >= 1 },
                    "\(problems)")
        }
    }

    @Test("a source address must be http or https", arguments: ["ftp://example.org/a.pdf", "www.example.org", "file:///etc/passwd"])
    func sourceURLs(_ url: String) {
        let text = """
            format: 1
            plugin: { id: sweden, name: Sweden, jurisdiction: SE, version: 1.0.0 }
            sources:
              s1: { title: T, publisher: P, language: sv, url: "\(url)" }
            initiatives: []
            """
        let problems = PluginFileChecker.diagnostics(for: Array(text.utf8), kind: .manifest, path: "plugin.yaml")
        #expect(problems.count == 1 && problems[0].message.contains("is not an http or https address"), "\(problems)")
        #expect(problems.first?.location.line == 4)
    }

    @Test("a summary may cite a source of its own")
    func summaryWithItsOwnSource() {
        #expect(initiative("summary:\n  text: { en: A summary. }\n  source: s2\n  locator: page 1\n").isEmpty)
        let problems = initiative("summary:\n  text: { en: A summary. }\n  sorce: s2\n")
        #expect(problems.contains { $0.message.contains("unknown key 'sorce' in summary; did you mean 'source'?") }, "\(problems)")
    }

    @Test("every problem of a file is reported in one pass, each at its place")
    func everyProblemAtOnce() {
        let problems = initiative("chair: { name: A }\nmember-count: -2\nperiod: { start: 2021-02-30 }\ngoals:\n  - target: x\n")
        let messages = problems.map(\.message)
        #expect(problems.count == 4, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("expected text for chair, found a mapping; the long form needs 'value:'") })
        #expect(messages.contains("member count -2 is negative"))
        #expect(messages.contains { $0.hasPrefix("period start: '2021-02-30'") })
        #expect(messages.contains { $0.hasPrefix("missing required key 'text' in goals[0]") })
    }

    @Test("a template's FILL-IN left in any text is an error at its place")
    func placeholders() {
        let problems = initiative("chair: FILL-IN\nsummary: { en: FILL-IN }\ngoals:\n  - text: FILL-IN\n")
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.allSatisfy { $0.message.hasPrefix("'FILL-IN' is a placeholder from the template") })
        #expect(Set(problems.map(\.location.line)) == [7, 8, 10])
    }
}
