import ArgumentParser
import BriefingRenderers
import ComparisonKit
import ComparisonRunner

/// `nordic-compare findings`: computed statements about the selected initiatives, each with the cells it rests on.
struct Findings: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "State what the selected initiatives share and where they differ, each finding cited.",
        discussion: """
            Computes plain sentences from the cited cells: themes every selected initiative is coded as covering \
            and themes only one is; with --against, the themes one group is coded as covering and the other is \
            not; which initiatives involve the social partners, business, the municipal sector and academia; \
            budgets ranked within one currency and price basis; when periods overlap and end; facts no source \
            states for any of them (gaps); and sources that disagree. Every finding lists the cells it rests on \
            and their source numbers. Theme coverage is the plugin authors' coding, so findings say "coded as \
            covering", and an unknown is a gap, never a "no".

            Examples:
              nordic-compare findings --select member=NO
                  Findings over Norway's initiatives and the groupings Norway belongs to.
              nordic-compare findings --select jurisdiction=DK --against jurisdiction=NO
                  What Denmark's initiatives are coded as covering that Norway's are not.
              nordic-compare findings --select participant=trade-union
                  Findings over the initiatives a trade union takes part in.
              nordic-compare findings --format json
                  The same as JSON, for scripts.
            """
    )

    @OptionGroup var config: ConfigOption
    @OptionGroup var selection: SelectOption

    @Option(name: .long, help: ArgumentHelp(
        "A second group to compare with, in the same form as --select (repeatable; AND across flags, OR within one).",
        valueName: "key=value"))
    var against: [String] = []

    @OptionGroup var language: LanguageOption
    @OptionGroup var budgetBasis: BudgetBasisOption
    @OptionGroup var asOf: AsOfOption

    @Option(name: .long, help: ArgumentHelp("The format to print.", valueName: "format"))
    var format: FindingsFormat = .markdown

    @OptionGroup var quiet: QuietOption

    func validate() throws {
        do {
            _ = try InitiativeSelection(parsing: against)
        } catch {
            throw ValidationError(error.description)
        }
    }

    mutating func run() throws {
        var options = try RunOptions(configPath: config.path(), formats: [format.rawValue], language: language.lang?.code,
                                     asOf: asOf.date)
        options.selection = selection.select
        let reporting = Session.Reporting(quiet)
        let run = try Session.prepare(options, config: config, reporting: reporting, noteWarnings: true)
        let report: FindingsReport
        do {
            report = try run.findings(against: against.isEmpty ? nil : InitiativeSelection(parsing: against),
                                      budgetBasis: budgetBasis.basis)
        } catch {
            throw Session.dataError(error.description)
        }
        var document = BriefingDocument(title: report.title, language: run.language, tables: [])
        document.findings = report
        try Session.printToStandardOutput(document, with: run.renderers.first)
    }
}

/// The formats findings print in.
enum FindingsFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown
    case json
}
