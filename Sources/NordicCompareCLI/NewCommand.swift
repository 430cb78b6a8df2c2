import ArgumentParser
import ComparisonKit
import PluginFormat

/// `nordic-compare new`: start a project, a country plugin or an initiative from templates.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a project, a country plugin or an initiative from templates.",
        discussion: """
            Templates are written from the declared plugin format, so they list every key with a comment on what \
            it holds. Nothing that exists is ever overwritten: 'new' stops, naming the path, and writes nothing.

            Examples:
              nordic-compare new project briefing
                  Create briefing/config and an empty briefing/plugins.
              cd briefing
              nordic-compare new plugin sweden --jurisdiction SE --name Sweden
                  Create plugins/sweden with a manifest and one initiative.
              nordic-compare new initiative sweden se-digital-strategy --kind strategy
                  Add an initiative template to the plugin and its manifest.
            """,
        subcommands: [NewProject.self, NewPlugin.self, NewInitiative.self]
    )
}

/// The checks on `new`'s arguments, worded to teach.
enum ScaffoldArguments {
    /// Throws unless `text` is an id in lower case with hyphens.
    static func checkSlug(_ text: String, what: String) throws {
        guard Scaffold.isSlug(text) else {
            throw ValidationError("invalid \(what) '\(Echo.value(text))'; use lower-case letters, digits and hyphens, "
                                  + "starting with a letter or digit, such as se-digital-strategy")
        }
    }

    /// Throws unless `text` is written as a jurisdiction id (upper-case letters, digits and hyphens).
    static func checkJurisdictionForm(_ text: String) throws {
        guard Scaffold.isJurisdictionID(text) else {
            let upper = text.uppercased()
            let hint = Scaffold.isJurisdictionID(upper) ? "; did you mean '\(upper)'?" : ""
            throw ValidationError("invalid jurisdiction '\(Echo.value(text))'; use an id of the codebook's jurisdictions: "
                                  + "an ISO 3166-1 alpha-2 code such as SE, NO, DK or FI, or a grouping such as EU" + hint)
        }
    }

    /// Throws unless the codebook of the run configuration `config` declares the jurisdiction `text`.
    static func checkJurisdiction(_ text: String, declaredBy configuration: RunConfiguration, config: String) throws {
        let ids: [String]
        switch Scaffold.jurisdictionIDs(configuration: configuration) {
        case .success(let declared): ids = declared
        case .failure(let failure):
            try StandardStream.error.writeLines(failure.diagnostics.map(\.description))
            throw ExitCode(1)
        }
        guard ids.contains(text) else {
            let file = configuration.jurisdictionsPath.map { "its jurisdictions file \(Echo.escaped($0))" }
                ?? "the built-in jurisdictions (it names no jurisdictions file)"
            throw ValidationError("unknown jurisdiction '\(Echo.value(text))': the codebook of \(Echo.escaped(config)) does not "
                                  + "declare it; add it to \(file), or use a declared id such as SE, NO, DK, FI or EU"
                                  + Suggestion.hint(for: text, in: ids))
        }
    }

    /// Throws unless `text`, when given, is an ISO 639-1 code.
    static func checkLanguage(_ text: String?) throws {
        guard let text, !Scaffold.isLanguage(text) else { return }
        let lower = text.lowercased()
        let hint = Scaffold.isLanguage(lower) ? "; did you mean '\(lower)'?" : ""
        throw ValidationError("unknown language code '\(Echo.value(text))'; use an ISO 639-1 code such as sv, nb, da, fi or en"
                              + hint)
    }

    /// Throws unless `text` is an initiative kind.
    static func checkKind(_ text: String) throws {
        guard Scaffold.kinds.contains(text) else {
            throw ValidationError("unknown initiative kind '\(Echo.value(text))'; expected one of: "
                                  + Scaffold.kinds.joined(separator: ", "))
        }
    }

    /// Creates the items, turning a refusal into exit status 1 with its message, and returns the lines that report
    /// them ("created PATH"), for the command to print once all its files are in place (see `report(_:)`).
    static func create(_ items: [ScaffoldItem]) throws -> [String] {
        do {
            try ExclusiveFiles.create(items)
        } catch let error as ScaffoldError {
            try StandardStream.error.writeLine("error: \(error)")
            throw ExitCode(1)
        }
        return items.filter { $0.contents != nil }.map { "created \($0.path)" }
    }

    /// Prints what a `new` command did (unless quiet), after it has done all of it: a stream that fails (closed, full, a reader
    /// gone) then costs only the report, never a file.
    static func report(_ lines: [String], quiet: QuietOption) throws(StreamFailure) {
        guard !quiet.quiet else { return }
        do throws(StreamFailure) {
            try StandardStream.output.writeLines(lines)
        } catch {
            throw error.after("the files were created")
        }
    }
}
