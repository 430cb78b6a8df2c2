import ComparisonKit
internal import YAMLKit

/// A value read from a file together with where it was written, so later checks can point at it.
struct Located<Value> {
    /// The value.
    let value: Value
    /// Where it was written.
    let location: SourceLocation

    /// A value written at `location`.
    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Sendable where Value: Sendable {}

extension SourceLocation {
    /// The location of a YAML mark.
    init(_ mark: YAMLMark) {
        self.init(file: mark.file, line: mark.line, column: mark.column)
    }
}
