/// One problem found in the input, with where it is and how bad it is.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is: errors fail a run, warnings fail it only when strict, notes never.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// Settled by the input itself (a disagreement between sources that the plugin acknowledges, with a
        /// reason); shown by `validate`, never counted as a warning.
        case note
        /// Worth a look; fails a run only under `validate --strict`.
        case warning
        /// Wrong input; fails the run.
        case error

        /// Orders notes before warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    /// Whether this is an error, a warning or a note.
    public var severity: Severity
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in the user's terms, and how to fix it where that is known.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error at a location.
    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// A note at a location.
    public static func note(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.note, at: location, message)
    }

    /// `path:line:col: error: message`, one line.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    package var containsErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in a stable order: by file, line and column, then by message.
    package func sortedForDisplay() -> [Diagnostic] {
        sorted { lhs, rhs in
            if lhs.location != rhs.location { return lhs.location < rhs.location }
            return lhs.message < rhs.message
        }
    }
}
