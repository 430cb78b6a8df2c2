import ArgumentParser
import ComparisonKit
import ComparisonRunner

/// `nordic-compare list`: what the configuration makes available.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List plugins, initiatives, dimensions, themes or views.",
        discussion: "Use the ids it prints with 'show', '--view', or in a plugin's 'themes:'."
    )

    /// What to list.
    enum Subject: String, ExpressibleByArgument, CaseIterable {
        case plugins, initiatives, dimensions, themes, views
    }

    @Argument(help: ArgumentHelp("What to list."))
    var subject: Subject = .initiatives

    @OptionGroup var config: ConfigOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var quiet: QuietOption

    mutating func run() throws {
        let options = try RunOptions(configPath: config.path(), language: language.lang?.code)
        let run = try Session.prepare(options, config: config, reporting: Session.Reporting(quiet), noteWarnings: false)
        let rows = Self.rows(subject, of: run)
        // One line per item, its fields separated by tabs; a tab or newline inside a field is escaped, so it
        // cannot split the field or the line.
        try StandardStream.output.write(rows.map { $0.map(Echo.escaped).joined(separator: "\t") + "\n" }.joined())
    }

    /// The rows `list SUBJECT` prints, the id first: also what shell completion offers for ids.
    static func rows(_ subject: Subject, of run: PreparedRun) -> [[String]] {
        let language = run.language
        let rows: [[String]]
        switch subject {
        case .plugins:
            rows = run.corpus.plugins.map { plugin in
                [plugin.id, plugin.jurisdiction, plugin.version, plugin.name.resolved(in: language)]
            }
        case .initiatives:
            rows = run.corpus.initiatives.map { initiative in
                [initiative.id, initiative.jurisdiction, initiative.kind.rawValue,
                 initiative.name.text(in: language) ?? initiative.originalName]
            }
        case .dimensions:
            rows = run.codebook.dimensions.map { dimension in
                [dimension.id, "\(dimension.known.valueType)", dimension.label.resolved(in: language)]
            }
        case .themes:
            rows = run.codebook.themes.map { [$0.id, $0.label.resolved(in: language)] }
        case .views:
            rows = run.views.map { [$0.id, $0.title.resolved(in: language)] }
        }
        return rows
    }
}
