import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner

/// `nordic-compare show <id>`: every fact of one initiative with its history and sources.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every fact of one initiative, with its whole history and its sources.",
        discussion: "Find ids with 'nordic-compare list initiatives'."
    )

    @Argument(help: ArgumentHelp("The initiative's id, such as dk-digitalisation-partnership.", valueName: "initiative-id"),
              completion: ProjectCompletion.initiatives)
    var initiativeID: String

    @Option(name: .long, help: ArgumentHelp("The format to print.", valueName: "format"))
    var format: PrintFormat = .markdown

    @OptionGroup var config: ConfigOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var quiet: QuietOption

    func validate() throws {
        try format.check()
    }

    mutating func run() throws {
        let options = try RunOptions(configPath: config.path(), formats: [format.name], language: language.lang?.code,
                                     asOf: asOf.date)
        let run = try Session.prepare(options, config: config, reporting: Session.Reporting(quiet), noteWarnings: false)
        if let date = run.asOf, run.corpus.initiative(initiativeID) == nil,
           run.recordedCorpus.initiative(initiativeID) != nil {
            throw Session.dataError("nothing about '\(Echo.value(initiativeID))' was on the record on \(date): its "
                                    + "sources were all published later; try a later --as-of, or leave it out")
        }
        guard let initiative = run.corpus.initiative(initiativeID) else {
            // Which ids exist depends on the configuration: a data problem (exit 1), not a misuse of the command.
            throw Session.dataError("no initiative with id '\(Echo.value(initiativeID))'; list them with "
                                    + "'nordic-compare list initiatives'"
                                    + Suggestion.hint(for: initiativeID, in: run.corpus.initiativeIDs))
        }
        let builder = TableBuilder(corpus: run.corpus, codebook: run.codebook, language: run.language)
        let table = builder.detailTable(for: initiative)
        try Session.printToStandardOutput(BriefingDocument(title: table.title, language: run.language, tables: [table]),
                                          with: run.renderers.first)
    }
}
