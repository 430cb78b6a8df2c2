import ArgumentParser
import Foundation

/// `--config`, for every command that reads a run configuration. Without it the configuration is searched for from
/// the current folder upwards (`ConfigurationSearch`); a path given that does not exist is a command-line mistake.
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The run configuration file (default: config/nordic-compare.yaml in the current folder or the nearest "
            + "folder above it).", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    /// The configuration found by searching, when `--config` was not given (set by `validate()`).
    private(set) var found: ConfigurationSearch.Found? = nil
    /// Why no configuration could be found, or the one found is refused (set by `validate()`, thrown by `path()`,
    /// so that the command's own arguments are checked first).
    private var failure: CommandFailure? = nil

    /// Only `config` is parsed; the rest is what `validate()` made of it.
    private enum CodingKeys: String, CodingKey { case config }

    mutating func validate() throws {
        if let config {
            guard !config.isEmpty, FileManager.default.fileExists(atPath: config) else {
                throw ValidationError("no run configuration at '\(Echo.value(config))' (no such file); pass the path "
                                      + "of one, such as config/nordic-compare.yaml, or create a project with "
                                      + "'nordic-compare new project DIR'")
            }
        } else {
            do {
                found = try ConfigurationSearch.find()
            } catch {
                failure = error
            }
        }
    }

    /// The configuration file to read; throws when none was found or the one found is not safe to use.
    func path() throws(CommandFailure) -> String {
        if let failure { throw failure }
        return config ?? found?.path ?? ConfigurationSearch.defaultPath
    }

    /// The note that says which configuration is used, when it is not the one the user is standing in: a
    /// configuration found in a folder above the current one.
    var note: String? {
        guard let found, !found.isCurrentFolder else { return nil }
        return "note: using \(Echo.escaped(found.path)), the configuration of \(Echo.escaped(found.project))"
    }
}
