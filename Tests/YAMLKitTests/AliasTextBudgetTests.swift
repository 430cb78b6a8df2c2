import Foundation
import Testing
@testable import YAMLKit

/// Text multiplied by aliases is budgeted in bytes as well as in nodes: one large anchored value aliased a thousand
/// times stays within the node budget but would grow a small file into gigabytes of text.
@Suite struct AliasTextBudgetTests {
    @Test("One large anchored scalar aliased a thousand times fails on the text budget, at the alias that crosses it")
    func aliasedLargeScalar() throws {
        let text = "big: &b \"" + String(repeating: "x", count: 1_000_000) + "\"\nuses:\n"
            + String(repeating: "  - *b\n", count: 1_000)
        let error = try #require(parseError(text))
        // 4 × ~1 MB + 1 MiB allows four uses; the fifth crosses the budget.
        #expect(error.mark.line == 7 && error.mark.column == 5, "\(error)")
        #expect(error.message.hasPrefix("through aliases, the document's text grows to more than "))
        #expect(error.message.contains("(4 times its size plus 1048576 bytes)"))
        #expect(error.message.contains("anchor small values only"))
    }

    @Test("Aliases of small values stay well within the text budget, keys included")
    func smallAliases() throws {
        let anchors = "defaults: &d { kind: forum, lang: nb }\nkey: &k name\n"
        let uses = (0..<500).map { "item\($0): { <<: *d, *k : x }\n" }.joined()
        let root = try parse(anchors + uses)
        #expect(root["item499"]?["kind"]?.scalarText == "forum")
        #expect(root["item499"]?["name"]?.scalarText == "x")
    }

    @Test("The budget counts every use, nested aliases included, and is a limit one can set")
    func nestedAliases() throws {
        let limits = YAMLLimits(expandedTextFactor: 1, expandedTextAllowance: 100)
        let text = "a: &a \"" + String(repeating: "y", count: 40) + "\"\nb: &b [*a, *a]\nc: [*b, *b]\n"
        // Text written once: 40 + keys. The first *a charges 40, the second reaches past 1 × size + 100.
        let error = try #require(parseError(text, limits: limits))
        #expect(error.mark.line == 3, "\(error)")
        #expect(error.message.contains("(1 times its size plus 100 bytes)"))
    }
}
