import ComparisonKit

/// What a reader needs to trust and reproduce a briefing: how current its sources are, which tool and which
/// configuration made it, and (only when asked) when.
package struct BriefingProvenance: Sendable, Hashable {
    /// The publication date of the newest source cited, as precisely as known.
    package var newestSourceDate: PartialDate?
    /// The version of nordic-compare that made the document.
    package var toolVersion: String
    /// A SHA-256 digest (hex) of the run configuration and codebook files, so two briefings can be matched to
    /// the configuration that made them.
    package var configurationDigest: String
    /// When the run happened (ISO 8601), only when the user asks for a timestamp; nil keeps output reproducible.
    package var generatedAt: String?

    /// Creates provenance.
    package init(newestSourceDate: PartialDate? = nil, toolVersion: String = "", configurationDigest: String = "",
                generatedAt: String? = nil) {
        self.newestSourceDate = newestSourceDate
        self.toolVersion = toolVersion
        self.configurationDigest = configurationDigest
        self.generatedAt = generatedAt
    }
}
