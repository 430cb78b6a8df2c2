import Foundation
import Testing

/// The real `nordic-compare` executable, run as an analyst would from the repository root.
@Suite struct CommandLineTests {
    @Test func bareCommandPrintsTheCitedOverview() throws {
        let result = try CommandRunner.run([])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let output = result.standardOutput
        #expect(output.hasPrefix("## Overview\n"))
        for name in ["Regjeringens digitaliseringsforum", "Digitaliseringspartnerskabet", "Digital Europe Programme"] {
            #expect(output.contains(name), "overview lacks \(name)")
        }
        #expect(output.contains("EUR\u{00A0}8\u{00A0}168\u{00A0}million, price basis not stated (amended, 13\u{00A0}September\u{00A0}2023) ["))
        #expect(output.contains("**Sources**"))
        #expect(output.contains("Regulation (EU) 2021/694"))
    }

    @Test func budgetsViewWithHistoryShowsEveryFigure() throws {
        let result = try CommandRunner.run(["--view", "budgets"])
        #expect(result.status == 0)
        for figure in ["EUR\u{00A0}9.2\u{00A0}billion", "EUR\u{00A0}7\u{00A0}588\u{00A0}million", "EUR\u{00A0}8\u{00A0}168\u{00A0}million"] {
            #expect(result.standardOutput.contains(figure), "budgets view lacks \(figure)")
        }
    }

    @Test func runWritesEveryViewInEveryFormat() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["run", "--output", folder.url.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        // The briefing opens with its key findings, then the configured views (the shipped ones begin with the
        // initiatives' summaries).
        let expected = ["summaries", "budgets", "dep-budget", "governance", "indicators", "overview", "participation",
                        "positions", "themes"].flatMap { view in
            ["csv", "json", "md"].map { "\(view).\($0)" } + ["\(view)-sources.csv"]
        } + ["key-findings.json", "key-findings.md"]
        // Beside them, the run's manifest and its snapshot of the files it read (RunManifestTests).
        #expect(folder.listing() == (expected + ["run-inputs.tar", "run-manifest.json"]).sorted())
        #expect(result.standardOutput.contains("wrote "))
    }

    @Test func viewsCanBeNamedCommaSeparatedAsFormatsAre() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["run", "--view", "budgets, themes", "--view", "overview", "--format", "csv",
                                            "--output", folder.url.path])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let expected = ["budgets", "themes", "overview"].flatMap { ["\($0).csv", "\($0)-sources.csv"] }
        #expect(folder.listing() == (expected + ["run-inputs.tar", "run-manifest.json"]).sorted())
        let printed = try CommandRunner.run(["print", "--view", "budgets,themes"])
        #expect(printed.status == 0)
        #expect(printed.standardOutput.hasPrefix("## Budgets\n") && printed.standardOutput.contains("## Theme coverage\n"))
        let empty = try CommandRunner.run(["print", "--view", "budgets,,themes"])
        #expect(empty.status == 64)
        #expect(empty.standardError.contains("The value 'budgets,,themes' is invalid for '--view <view-id>'"))
    }

    @Test func showPrintsBothSidesOfTheMembershipDisagreement() throws {
        let result = try CommandRunner.run(["show", "dk-digitalisation-partnership"])
        #expect(result.status == 0)
        let row = try #require(result.standardOutput.split(separator: "\n").first { $0.hasPrefix("| Members besides the chair") })
        #expect(row.contains("| 26 ["))
        #expect(row.contains("<br>27 ("))
        #expect(row.contains("sources disagree"))
    }

    @Test func showOpensWithTheCitedSummary() throws {
        let result = try CommandRunner.run(["show", "dk-digitalisation-partnership", "--lang", "da"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        let row = try #require(lines.first { $0.hasPrefix("| Resumé | ") })
        #expect(row.hasSuffix(" [1] |"))
        #expect(lines.firstIndex(of: row) == lines.firstIndex { $0.hasPrefix("| --- |") }.map { $0 + 1 })
        #expect(lines.contains { $0.hasPrefix("- [1] *") })
    }

    @Test func listShowsTheShippedInitiatives() throws {
        let result = try CommandRunner.run(["list", "initiatives"])
        #expect(result.status == 0)
        let ids = result.standardOutput.split(separator: "\n").map { $0.split(separator: "\t")[0] }
        #expect(ids == ["no-digitalisation-forum", "no-public-sector-strategy-2019-2025", "no-digitalt-krafttak",
                        "no-digital-norway-2024-2030", "no-digital21", "no-national-ai-strategy", "no-dep-participation",
                        "dk-digitalisation-partnership", "eu-digital-europe-programme", "nordic-digital-north",
                        "nordic-digital-north-2"])
    }

    @Test func helpExplainsTheCommands() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        for word in ["print (default)", "run", "list", "show", "validate", "Examples:", "Exit status"] {
            #expect(result.standardOutput.contains(word), "help lacks \(word)")
        }
    }
}
