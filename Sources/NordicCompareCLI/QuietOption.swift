import ArgumentParser

/// `--quiet`: errors only. The command's own output (a table, a list) is still printed; notes, the list of files
/// written, next steps, the closing summary and progress are not.
struct QuietOption: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print errors only: no notes, no list of files written, no progress.")
    var quiet = false
}
