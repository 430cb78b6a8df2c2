/// A problem with what the input holds rather than with the command line (an unknown view or initiative id, a
/// configuration that is not safe to use): `Execution` prints it as `error: message`, with no usage line, and the
/// command exits with 1, the status of input errors.
struct DataError: Error, CustomStringConvertible {
    /// What is wrong and how to fix it, one line.
    let message: String

    var description: String { "error: " + message }
}
