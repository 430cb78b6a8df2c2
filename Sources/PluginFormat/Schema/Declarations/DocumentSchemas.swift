/// The documents the format declares, each with its root record.
package enum DocumentSchemas {
    /// The root record of every document kind: the manifest, the initiative file, the run configuration and the
    /// codebook files. Reading any of them makes sure every declaration (and so every key) exists.
    static let all: [RecordShape] = [
        ManifestSchema.record.shape, InitiativeSchema.record.shape, ConfigurationSchema.record.shape,
        ConfigurationSchema.dimensionsFile.shape, ConfigurationSchema.themesFile.shape,
        ConfigurationSchema.jurisdictionsFile.shape, ExchangeRatesSchema.file.shape,
        ConfigurationSchema.indicatorsFile.shape,
    ]

    /// The plugin manifest (`plugin.yaml`), as declared.
    package static var manifest: RecordShape { ManifestSchema.record.shape }

    /// The initiative file, as declared.
    package static var initiative: RecordShape { InitiativeSchema.record.shape }
}
