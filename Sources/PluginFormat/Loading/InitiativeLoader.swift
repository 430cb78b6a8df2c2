import ComparisonKit
internal import YAMLKit

/// Reads one initiative file into the model with the declared initiative record (``InitiativeSchema``): one pass
/// over libyaml's events into a ``YAMLDocument``, one pass over that into the ``Initiative``, reporting every
/// problem of the file on the way.
enum InitiativeLoader {
    /// The initiative read from bytes in memory (named `path` in messages), and every problem found in it. The
    /// initiative is nil when a required key is missing or unreadable.
    static func load(bytes: [UInt8], path: String, pluginID: String, pluginJurisdiction: String,
                     limits: YAMLLimits = .default) -> (Initiative?, [Diagnostic]) {
        DocumentReading.read(InitiativeSchema.record, bytes: bytes, path: path, what: "an initiative file",
                             pluginID: pluginID, pluginJurisdiction: pluginJurisdiction, limits: limits)
    }
}
