/// A failure that a usage line would not help with, found once the command runs: an id the configuration does not
/// know or a configuration that is not safe to use (an input problem, status 1), or no configuration where the
/// command was run (status 64, as for a command-line mistake). `Execution` prints it as `error: message`, alone.
struct CommandFailure: Error, CustomStringConvertible {
    /// What is wrong and how to fix it, one line.
    let message: String
    /// The status the command exits with.
    let status: Int32

    var description: String { "error: " + message }
}
