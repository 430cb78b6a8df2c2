import Foundation

/// `run-manifest.json`, which a run writes beside its outputs: what made the briefing (the tool's version, the
/// configuration digest, every file read with its SHA-256, the as-of date, languages, formats, views) and every file
/// it wrote with its size and SHA-256. `diff --since-run` reads it back. Its shape is documented in
/// docs/run-manifest.md and schema/run-manifest.schema.json.
package struct RunManifest: Codable, Sendable, Equatable {
    /// What every manifest says in `kind`, so that another JSON file is not taken for one.
    package static let kindName = "nordic-compare run manifest"
    /// The version of this shape.
    package static let currentVersion = 1
    /// The manifest's name in the output folder.
    package static let fileName = "run-manifest.json"
    /// The archive beside it that holds the snapshot of the files read.
    package static let snapshotName = InputSnapshot.fileName

    /// A file read, or written.
    package struct File: Codable, Sendable, Equatable {
        /// Its path: relative to the project for a file read, to the output folder for a file written.
        package var path: String
        /// What it is to the run (files read only).
        package var role: RunInputs.Role?
        /// Its size in bytes.
        package var size: Int
        /// Its SHA-256, 64 lower-case hex digits.
        package var sha256: String
    }

    /// Always ``kindName``.
    package var kind: String
    /// Always ``currentVersion`` for a manifest this version writes.
    package var manifestVersion: Int
    /// The version of nordic-compare that ran.
    package var toolVersion: String
    /// The digest shown in every briefing's title block.
    package var configurationDigest: String
    /// The configuration's path relative to the project (and so in the snapshot).
    package var configuration: String
    /// The date the run showed the state of (`--as-of`), as typed (`2020-12-31`, `2021`), or nil.
    package var asOf: String?
    /// The run's time, when `--timestamp` asked for one.
    package var generatedAt: String?
    /// The languages written.
    package var languages: [String]
    /// The formats written, by name.
    package var formats: [String]
    /// The views written, by id.
    package var views: [String]
    /// The snapshot's name (a tar archive), beside the manifest.
    package var snapshot: String
    /// Every file read, relative to the project, in the order read.
    package var inputs: [File]
    /// Every file written (the manifest and the snapshot aside), relative to the output folder.
    package var outputs: [File]

    private enum CodingKeys: String, CodingKey {
        case kind, manifestVersion, toolVersion, configurationDigest, configuration, asOf, generatedAt, languages,
             formats, views, snapshot, inputs, outputs
    }

    /// Encodes every key, `null` for an as-of date or a time the run did not have.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(manifestVersion, forKey: .manifestVersion)
        try container.encode(toolVersion, forKey: .toolVersion)
        try container.encode(configurationDigest, forKey: .configurationDigest)
        try container.encode(configuration, forKey: .configuration)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(generatedAt, forKey: .generatedAt)
        try container.encode(languages, forKey: .languages)
        try container.encode(formats, forKey: .formats)
        try container.encode(views, forKey: .views)
        try container.encode(snapshot, forKey: .snapshot)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(outputs, forKey: .outputs)
    }
}
