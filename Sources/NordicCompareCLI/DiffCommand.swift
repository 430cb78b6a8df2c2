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
            such as an older checkout) with the current one. Lists initiatives added and removed, facts whose \
            latest value changed (before and after, each cited), new claims in a fact's history, disagreements \
            between sources that appeared or were resolved, new sources and changed theme coverage.

            Examples:
              nordic-compare diff --from 2020-12-31 --to 2024-12-31
              nordic-compare diff --old ../briefing-2023 --format json
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

    @Option(name: .long, help: ArgumentHelp("The format to print (markdown for a briefing note, json for scripts).",
                                            valueName: "format"))
    var format: PrintFormat = .markdown

    @OptionGroup var config: ConfigOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var quiet: QuietOption

    /// The dates typed (set by `validate()`).
    private(set) var dates: (from: PartialDate, to: PartialDate)? = nil

    private enum CodingKeys: String, CodingKey { case from, to, old, format, config, language, quiet }

    /// The earlier edition's configuration, `DIR/config/nordic-compare.yaml`.
    var oldConfiguration: String? {
        old.map { ($0 as NSString).appendingPathComponent(RunOptions.defaultConfigPath) }
    }

    mutating func validate() throws {
        try format.check()
        // The data package writes the corpus's data, not the table of changes: it would print nothing of them.
        if let renderer = RendererRegistry.standard.renderer(named: format.name), !renderer.readsTables {
            throw ValidationError("'\(renderer.formatName)' writes the corpus's data, not a table of changes; choose "
                                  + "markdown, csv, json, html or latex")
        }
        switch (from, to, old) {
        case (let from?, let to?, nil):
            let older = try Self.date(from, option: "--from"), newer = try Self.date(to, option: "--to")
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
            throw ValidationError("say which two states to compare: --from DATE --to DATE, or --old FOLDER")
        case (_, _, _?):
            throw ValidationError("--old compares two editions as they are; leave out --from and --to, or --old")
        default:
            throw ValidationError("--from and --to go together: give both dates")
        }
    }

    /// A date typed for `option`, or a usage error that says what to write.
    private static func date(_ text: String, option: String) throws -> PartialDate {
        do throws(PartialDate.ParseError) {
            return try PartialDate(parsing: text)
        } catch {
            let problem = switch error {
            case .malformed: "is not a date"
            case .impossible: "is not a real calendar date"
            }
            throw ValidationError("\(option) '\(Echo.value(text))' \(problem); write YYYY-MM-DD, or YYYY-MM or YYYY "
                                  + "for its last day, such as 2020-12-31")
        }
    }

    mutating func run() throws {
        let reporting = Session.Reporting(quiet)
        let options = try RunOptions(configPath: config.path(), formats: [format.name], language: language.lang?.code)
        let current = try Session.prepare(options, config: config, reporting: reporting, noteWarnings: false)
        let vocabulary = Vocabulary(current.language)
        let formatter = ValueFormatter(language: current.language)
        let older: Corpus, newer: Corpus, title: String
        if let dates {
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
        let table = DifferenceTable(from: older, to: newer, codebook: current.codebook, language: current.language)
            .table(newer.differences(from: older), title: title)
        try Session.printToStandardOutput(BriefingDocument(title: title, language: current.language, tables: [table]),
                                          with: current.renderers.first)
    }
}
