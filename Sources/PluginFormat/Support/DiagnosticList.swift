import ComparisonKit

/// Diagnostics carried as an error, for `Result`.
struct DiagnosticList: Error {
    let diagnostics: [Diagnostic]
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
