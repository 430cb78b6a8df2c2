import ArgumentParser
import ComparisonKit

/// A did-you-mean for a misspelt subcommand (`vaildate`, `lsit`, `new projct`), which the argument parser would
/// otherwise take for an unexpected argument of the default command (`print`) and answer with `print`'s usage.
enum SubcommandSuggestion {
    /// The full error message (error, usage, pointer to help) when the first word that is not an option, at a level
    /// of the command tree that has subcommands, names none of them; nil when the command line names commands only.
    ///
    /// Every command with subcommands takes no positional arguments of its own (`print`, the default, takes none),
    /// so a word in a subcommand's place can only be one.
    static func check(_ arguments: [String], root: any ParsableCommand.Type) -> String? {
        var command = root
        var path = [root._commandName]
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !argument.hasPrefix("-") else { return nil }
            if argument == "help" { continue }  // `help COMMAND …`: the words after it name commands too
            let names = subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
            guard let next = subcommands.first(where: { ([$0._commandName] + $0.configuration.aliases).contains(argument) })
            else {
                return message(for: argument, among: names, path: path, root: root, command: command)
            }
            command = next
            path.append(next._commandName)
        }
        return nil
    }

    private static func message(for word: String, among names: [String], path: [String],
                                root: any ParsableCommand.Type, command: any ParsableCommand.Type) -> String {
        let shown = path.joined(separator: " ")
        return """
            Error: unknown command '\(Echo.value(word))' for '\(shown)'; choose one of: \
            \(names.joined(separator: ", "))\(Suggestion.hint(for: word, in: names))
            Usage: \(root.usageString(for: command))
              See '\(shown) --help' for more information.
            """
    }
}
