import ComparisonKit

/// `acknowledged-disagreements:` in an initiative file: the disagreements between sources recorded on purpose.
enum AcknowledgementSchema {
    static let record = RecordSchema<AcknowledgedDisagreement>(
        "acknowledged disagreement",
        "A disagreement between sources recorded on purpose: tables still show every value, validation no longer "
            + "warns.",
        fields: [
            FieldSchema("fact", .choice("fact"), required: true,
                        "The fact whose sources disagree, such as member-count.") { $0.fact = $1 },
            FieldSchema("reason", .text, required: true,
                        "Why the disagreement stands: what each source says, and why the sources cannot settle it.") {
                $0.reason = $1
            },
        ]) { reader, node in AcknowledgedDisagreement(fact: .period, reason: "", location: reader.location(node)) }

    /// The key's reader: a list of acknowledgements.
    static let list = ValueReader.list(.record(record))
}
