internal import BriefingRenderers

/// The text of `run-manifest.json`: the keys `encode(to:)` writes, sorted, streamed by the JSON format's writer
/// (`JSONStream`: two spaces of indentation, strings escaped as in every JSON file the tool writes, a final newline).
///
/// Not `JSONEncoder`, which took about 26 000 instructions for each file the manifest lists, 29 M of a 10 × 100 run
/// and 0.1 s of the reference run's 10 000 files, on the one thread that commits the run after everything else is
/// done (callgrind, 2026-12-08). `RunManifestTextTests` holds this text to what `JSONEncoder` makes of the same
/// manifest, so `encode(to:)` stays the one declaration of its keys.
extension RunManifest {
    /// The JSON text, keys sorted, with a final newline.
    package func encoded() -> [UInt8] {
        let sink = CollectingSink()
        var json = JSONStream(file: Self.fileName, in: sink)
        json.beginObject()
        json.member("asOf", orNull: asOf)
        json.member("configuration", configuration)
        json.member("configurationDigest", configurationDigest)
        json.key("formats")
        json.strings(formats)
        json.member("generatedAt", orNull: generatedAt)
        json.key("inputs")
        Self.write(inputs, to: &json)
        json.member("kind", kind)
        json.key("languages")
        json.strings(languages)
        json.member("manifestVersion", manifestVersion)
        json.key("outputs")
        Self.write(outputs, to: &json)
        json.member("snapshot", snapshot)
        json.member("toolVersion", toolVersion)
        json.key("views")
        json.strings(views)
        json.endObject()
        json.finish()
        return sink.files.first?.contents ?? []
    }

    /// Files read or written, each an object of its keys, sorted.
    private static func write(_ files: [File], to json: inout JSONStream) {
        json.beginArray()
        for file in files {
            json.nextElement()
            json.beginObject()
            json.member("path", file.path)
            if let role = file.role { json.member("role", role.rawValue) }
            json.member("sha256", file.sha256)
            json.member("size", file.size)
            json.endObject()
        }
        json.endArray()
    }
}
