import Foundation
import Testing

/// `--as-of` with the real executable over the shipped plugins: the Digital Europe Programme proposed in 2018,
/// adopted on 2021-04-29 and amended on 2023-09-13.
@Suite struct AsOfCommandTests {
    static let programme = "eu-digital-europe-programme"
    static let space = "\u{00A0}"

    /// The cells of one row of a Markdown table, without the row label.
    func row(_ label: String, in output: String) throws -> String {
        try #require(output.split(separator: "\n").first { $0.hasPrefix("| \(label) |") }.map(String.init))
    }

    @Test func atTheEndOf2020TheProgrammeIsProposedNotAdoptedWithItsPriceBasis() throws {
        let result = try CommandRunner.run(["show", Self.programme, "--as-of", "2020-12-31"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let output = result.standardOutput
        #expect(try row("Dimension", in: output).contains("Digital Europe Programme (not yet started)"))
        #expect(try row("Status", in: output).hasPrefix("| Status | planned (June\(Self.space)2018"))
        let budget = try row("Budget", in: output)
        #expect(budget.contains("EUR\(Self.space)9.2\(Self.space)billion, current prices (proposed, June\(Self.space)2018"))
        #expect(budget.contains("EUR\(Self.space)8.2\(Self.space)billion, constant 2018 prices (proposed, December\(Self.space)2018"))
        #expect(!budget.contains("adopted") && !budget.contains("7\(Self.space)588"))
        // Neither the Regulation of 2021 nor its amendment of 2023 is cited, nor anything else published later.
        #expect(!output.contains("Regulation (EU) 2021/694") && !output.contains("2023/1781"))
        #expect(output.contains("*As of 31\(Self.space)December\(Self.space)2020. "))

        let overview = try CommandRunner.run(["--as-of", "2020-12-31"]).standardOutput
        #expect(try row("Budget", in: overview)
            .contains("| EUR\(Self.space)8.2\(Self.space)billion, constant 2018 prices (proposed, December\(Self.space)2018) ["))
        // The national strategy of 2024 was not on the record yet.
        #expect(!overview.contains("The Digital Norway of the Future"))
    }

    @Test func atTheEndOf2021TheProgrammeIsAdoptedAndUnderWay() throws {
        let output = try CommandRunner.run(["--as-of", "2021-12-31"]).standardOutput
        #expect(try row("Budget", in: output)
            .contains("| EUR\(Self.space)7\(Self.space)588\(Self.space)million, current prices (adopted, 29\(Self.space)April\(Self.space)2021) ["))
        #expect(try row("Status", in: output).contains("| active (29\(Self.space)April\(Self.space)2021) ["))
        #expect(!(try row("Dimension", in: output)).contains("Digital Europe Programme (not yet started)"))
        #expect(!output.contains("8\(Self.space)168"))
    }

    @Test func todayTheTablesAreThoseOfEverythingRecordedUnderALegendThatSaysTheDate() throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let today = formatter.string(from: Date())
        let everything = try CommandRunner.run(["--view", "budgets"]).standardOutput
        let asOfToday = try CommandRunner.run(["--view", "budgets", "--as-of", today]).standardOutput
        #expect(asOfToday.contains("EUR\(Self.space)8\(Self.space)168\(Self.space)million"))
        let legend = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("*") } }
        #expect(legend(asOfToday) == legend(everything))
        #expect(asOfToday.contains("\n*As of ") && !everything.contains("*As of "))
    }

    @Test func theTitleBlockOfEveryBriefingSaysTheDate() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["run", "--as-of", "2020-12-31", "--lang", "nb", "--format", "html,latex,json",
                                            "--output", folder.url.path, "--quiet"])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        let html = try String(contentsOf: folder.url.appendingPathComponent("briefing.html"), encoding: .utf8)
        #expect(html.contains("regionen, per 31.\(Self.space)desember\(Self.space)2020</p>"))
        let latex = try String(contentsOf: folder.url.appendingPathComponent("briefing.tex"), encoding: .utf8)
        #expect(latex.contains("regionen, per 31.~desember~2020\\par}"))
        let json = try String(contentsOf: folder.url.appendingPathComponent("overview.json"), encoding: .utf8)
        #expect(json.contains("\"legend\": \"Per 31.\(Self.space)desember\(Self.space)2020. Siste verdi"))
    }

    @Test func anInitiativeNotYetOnTheRecordIsAnInputErrorThatSaysWhy() throws {
        let result = try CommandRunner.run(["show", "no-digital-norway-2024-2030", "--as-of", "2020-12-31"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("nothing about 'no-digital-norway-2024-2030' was on the record on 2020-12-31"))
    }

    @Test("A date that is not one is a command-line mistake that says what to write", arguments: [
        ("2020-13-01", "is not a real calendar date"), ("31.12.2020", "is not a date"), ("", "is not a date"),
    ])
    func wrongDate(_ date: String, _ problem: String) throws {
        for command in [["print"], ["run"], ["show", Self.programme]] {
            let result = try CommandRunner.run(command + ["--as-of", date])
            #expect(result.status == 64)
            #expect(result.standardError.contains("--as-of '\(date)' \(problem); write YYYY-MM-DD"), "\(result.standardError)")
        }
    }
}
