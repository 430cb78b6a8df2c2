import PluginFormat

/// The codebook written into every generated corpus: the shipped `config/dimensions.yaml` and `config/themes.yaml`,
/// as embedded in PluginFormat for `nordic-compare new project` (one copy, which a test keeps equal to the files), so
/// a generated corpus validates against the same dimensions and themes as the real one.
public enum GeneratedCodebook {
    /// The text of `config/dimensions.yaml`.
    public static var dimensionsYAML: String { ShippedProject.dimensions }

    /// The text of `config/themes.yaml`.
    public static var themesYAML: String { ShippedProject.themes }

    /// The theme ids of `config/themes.yaml`, which generated components are mapped onto.
    public static let themeIDs = [
        "ai", "digital-skills-inclusion", "public-services", "business-smes", "data", "cybersecurity-trust", "privacy",
        "green-transition", "computing-infrastructure", "interoperability", "social-partners",
        "public-private-innovation", "democracy-values", "semiconductors",
    ]
}
