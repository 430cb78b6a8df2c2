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

    @Argument(help: ArgumentHelp("What to list: plugins, initiatives, dimensions, themes or views."))
    var subject: Subject = .initiatives

    @OptionGroup var input: InputOptions

    mutating func run() throws {
        let run = try Session.prepare(input.runOptions(), failOnWarnings: false)
        let language = run.language
        switch subject {
        case .plugins:
            for plugin in run.corpus.plugins {
                print("\(plugin.id)\t\(plugin.jurisdiction)\t\(plugin.version)\t\(plugin.name.resolved(in: language))")
            }
        case .initiatives:
            for initiative in run.corpus.initiatives {
                print("\(initiative.id)\t\(initiative.jurisdiction)\t\(initiative.kind.rawValue)\t"
                      + (initiative.name.text(in: language) ?? initiative.originalName))
            }
        case .dimensions:
            for dimension in run.codebook.dimensions {
                print("\(dimension.id)\t\(dimension.known.valueType)\t\(dimension.label.resolved(in: language))")
            }
        case .themes:
            for theme in run.codebook.themes { print("\(theme.id)\t\(theme.label.resolved(in: language))") }
        case .views:
            for view in run.views { print("\(view.id)\t\(view.title.resolved(in: language))") }
        }
    }
}
