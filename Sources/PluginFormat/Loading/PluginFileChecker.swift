import ComparisonKit

/// Checks one plugin file held in memory, without a plugin folder around it: for editors, for tools that
/// receive a file from someone else, and for the fuzzer. It never reads other files.
///
/// This is PluginFormat's only public API, because the fuzz target (`Fuzz/`, a package of its own) calls it; the
/// rest of the module is shared with the other modules of this package through `package` access.
public enum PluginFileChecker {
    /// What kind of plugin file the bytes are.
    public enum FileKind: Sendable {
        /// A `plugin.yaml` manifest.
        case manifest
        /// An initiative file.
        case initiative
    }

    /// Every problem found in the file: YAML syntax, limits, format version, schema, values (dates, amounts,
    /// enumerations). Problems that need the rest of the plugin (undeclared sources, unknown themes) are not
    /// checked here.
    public static func diagnostics(for bytes: [UInt8], kind: FileKind, path: String) -> [Diagnostic] {
        switch kind {
        case .manifest:
            return DocumentReading.read(ManifestSchema.record, bytes: bytes, path: path, what: "a plugin manifest").1
        case .initiative:
            return InitiativeLoader.load(bytes: bytes, path: path, pluginID: checkedPluginID,
                                         pluginJurisdiction: checkedJurisdiction).1
        }
    }

    /// The plugin a file checked on its own is assembled for.
    private static let checkedPluginID = "checked-file"
    /// The jurisdiction of that plugin.
    private static let checkedJurisdiction = "XX"
}
