import ComparisonKit

/// Claim contents the model spells in more than one way.
enum ClaimContents {
    /// The content of a claim that the concept does not apply.
    static func notApplicable<Value>(reason: String?) -> Claim<Value>.Content { .unknown(reason: reason) }
}
