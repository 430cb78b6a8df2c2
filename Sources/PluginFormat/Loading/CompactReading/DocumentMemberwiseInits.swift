import ComparisonKit

// Memberwise initializers for the manifest's documents whose `init(from:)` is written by hand, so the fast reader
// can build them without a Decoder. (Initiative files are read straight into the model.)

extension LocalizedTextDocument {
    /// Text read at `location`.
    init(text: LocalizedText, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

extension OrderedMapping {
    /// Entries in document order, each key with where it is written.
    init(entries: [(key: Located<String>, value: Value)]) { self.entries = entries }
}
