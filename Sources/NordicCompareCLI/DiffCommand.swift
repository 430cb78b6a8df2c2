import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner
import Foundation
import StandardRenderers

/// `nordic-compare diff`: every difference in facts between two states of the comparison.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what changed between two states: two dates, or an earlier edition and this one.",
        discussion: """
            With --from and --to, compares the project's facts as they stood on the two dates (see --as-of). \
            With --old, compares an earlier edition of the project (a folder with its own plugins/ and config/, \
            such as an older checkout) with the current one. With --since-run, compares the run that wrote a \
            run-manifest.json (from the copy of its inputs it kept beside it) with the current project, and first \
            lists the plugin, codebook and configuration files changed, added or removed since. Lists initiatives added and removed, facts whose \
            latest value changed (before and after, each cited), new claims in a fact's history, disagreements \
            between sources that appeared or were resolved, new sources and changed theme coverage.

            Examples:
              nordic-compare diff --from 2020-12-31 --to 2024-12-31
              nordic-compare diff --old ../briefing-2023 --format json
              nordic-compare diff --since-run output/run-manifest.json
            """
    )

    @Option(name: .customLong("from"), help: ArgumentHelp(
        "The older date: YYYY-MM-DD, or YYYY-MM or YYYY for its last day (with --to).", valueName: "date"))
    var from: String?

    @Option(name: .customLong("to"), help: ArgumentHelp(
        "The newer date, in the same forms (with --from).", valueName: "date"))
    var to: String?

    @Option(name: .customLong("old"), help: ArgumentHelp(
        "An earlier edition's folder, holding its config/nordic-compare.yaml and plugins; compared with the current "
            + "project (instead of --from and --to).", valueName: "folder"),
            completion: .directory)
    var old: String?

    @Option(name: .customLong("since-run"), help: ArgumentHelp(
        "A run's manifest (the run-manifest.json that run wrote beside its outputs): lists the files changed since "
            + "that run, then the changes in facts (instead of --from and --to, or --old).", valueName: "manifest"),
            completion: .file(extensions: ["json"]))
    var sinceRun: String?

    @Option(name: .long, help: ArgumentHelp("The format to print (markdown for a briefing note, json for scripts).",
                                            valueName: "format"))
    var format: DiffFormat = .markdown

    @OptionGroup var config: ConfigOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var quiet: QuietOption

    /// The dates typed (set by `validate()`).
    private(set) var dates: (from: PartialDate, to: PartialDate)? = nil

    private enum CodingKeys: String, CodingKey { case from, to, old, sinceRun, format, config, language, quiet }

    /// The earlier edition's configuration, `DIR/config/nordic-compare.yaml`.
    var oldConfiguration: String? {
        old.map { ($0 as NSString).appendingPathComponent(RunOptions.defaultConfigPath) }
    }

    mutating func validate() throws {
        // The data package writes the corpus's data, not the table of changes: it would print nothing of them.
        try format.check()
        if sinceRun != nil {
            guard from == nil, to == nil, old == nil else {
                throw ValidationError("--since-run compares with the run that wrote the manifest; leave out --from, "
                                      + "--to and --old, or --since-run")
            }
            return
        }
        switch (from, to, old) {
        case (let from?, let to?, nil):
            let older = try DateArgument.parse(from, option: "--from")
            let newer = try DateArgument.parse(to, option: "--to")
            guard older.latestPossible <= newer.latestPossible else {
                throw ValidationError("--from \(Echo.value(from)) is after --to \(Echo.value(to)); give the older date first")
            }
            dates = (older, newer)
        case (nil, nil, let folder?):
            guard let path = oldConfiguration, FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("--old '\(Echo.value(folder))' holds no \(RunOptions.defaultConfigPath); name the "
                                      + "folder of an earlier edition, the one with its config/ and plugins/")
            }
        case (nil, nil, nil):
            throw ValidationError("say which two states to compare: --from DATE --to DATE, --old FOLDER, or "
                                  + "--since-run output/run-manifest.json")
        case (_, _, _?):
            throw ValidationError("--old compares two editions as they are; leave out --from and --to, or --old")
        default:
            throw ValidationError("--from and --to go together: give both dates")
        }
    }

    mutating func run() throws {
        let reporting = Session.Reporting(quiet)
        let options = try RunOptions(configPath: config.path(), formats: [format.name], language: language.lang?.code)
        let current = try Session.prepare(options, config: config, reporting: reporting, noteWarnings: false)
        let vocabulary = Vocabulary(current.language)
        let formatter = ValueFormatter(language: current.language)
        let older: Corpus, newer: Corpus, title: String
        var tables: [ComparisonTable] = []
        if let sinceRun {
            let earlier: EarlierRun
            do throws(EarlierRun.Failure) {
                earlier = try EarlierRun(manifestPath: sinceRun)
            } catch {
                try StandardStream.error.writeLines(error.messages)
                throw ExitCode(1)
            }
            let changes = InputFileChange.changes(from: earlier.inputDigests,
                                                  to: EarlierRun.currentDigests(of: current.inputs))
            tables.append(InputChangeTable.table(changes, run: sinceRun, language: current.language))
            var oldOptions = options
            oldOptions.configPath = earlier.snapshotConfiguration
            // The snapshot's folder is removed when `earlier` goes: keep it until the earlier edition is loaded.
            let recorded = try withExtendedLifetime(earlier) {
                try Session.prepareReportingErrors(oldOptions, reporting: reporting).run.recordedCorpus
            }
            // The state the run showed: on its as-of date, when it had one.
            older = earlier.manifest.asOf.flatMap { try? PartialDate(parsing: $0) }.map { recorded.state(asOf: $0) }
                ?? recorded
            newer = current.recordedCorpus
            title = vocabulary.changesSinceRun
        } else if let dates {
            older = current.recordedCorpus.state(asOf: dates.from)
            newer = current.recordedCorpus.state(asOf: dates.to)
            title = vocabulary.changes(from: formatter.date(dates.from), to: formatter.date(dates.to))
        } else {
            var oldOptions = options
            oldOptions.configPath = oldConfiguration ?? ""
            older = try Session.prepareReportingErrors(oldOptions, reporting: reporting).run.recordedCorpus
            newer = current.recordedCorpus
            title = vocabulary.changesSinceEarlierEdition
        }
        tables.append(DifferenceTable(from: older, to: newer, codebook: current.codebook, language: current.language)
            .table(newer.differences(from: older), title: title))
        let renderer = current.renderers.first
        if tables.count == 2, let renderer, renderer.formatName == "json" {
            // One JSON document for scripts: the changed files, then the changes in facts, each as a view.
            try printAsOneJSONObject(["changedFiles": tables[0], "changes": tables[1]], with: renderer,
                                     language: current.language)
            return
        }
        try Session.printToStandardOutput(BriefingDocument(title: tables[0].title, language: current.language,
                                                           tables: tables),
                                          with: renderer)
    }

    /// Prints `{"changedFiles": …, "changes": …}`, each value a table as the JSON format writes it alone.
    private func printAsOneJSONObject(_ members: KeyValuePairs<String, ComparisonTable>, with renderer: any BriefingRenderer,
                                      language: LanguageCode) throws {
        var bytes = Array("{\n".utf8)
        for (index, member) in members.enumerated() {
            let files = renderer.render(BriefingDocument(title: member.value.title, language: language,
                                                         tables: [member.value]))
            var text = files.flatMap(\.contents)
            while let last = text.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") { text.removeLast() }
            bytes += Array("\"\(member.key)\": ".utf8) + text + Array((index + 1 < members.count ? ",\n" : "\n").utf8)
        }
        bytes += Array("}\n".utf8)
        try StandardStream.output.write(bytes: bytes)
    }
}
