/// A command that ran and failed for a reason the user must act on (a refused event, an unknown request): the
/// argument parser prints `Error: ` and the message and exits with status 1 (usage errors exit with 64).
struct CommandFailure: Error, CustomStringConvertible {
    /// One line saying what failed and why.
    var message: String

    /// Creates a failure with its message.
    init(_ message: String) {
        self.message = message
    }

    /// The message.
    var description: String { message }
}
