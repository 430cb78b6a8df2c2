/// The language files compiled into the tool (SwiftPM embeds each `<code>.json` of this folder as bytes, so no file is
/// looked up at run time), by ISO 639-1 code, in the order the tool lists its languages: English, the reference
/// every other file is checked against, first. To add a language, add its file here and one line below; the test
/// `LanguageFileTests` checks that this list names every file in the folder and that each file has every phrase.
package enum LanguageFiles {
    /// Each language's code and its file's bytes.
    package static let all: [(code: String, json: [UInt8])] = [
        ("en", PackageResources.en_json),
        ("nb", PackageResources.nb_json),
        ("da", PackageResources.da_json),
        ("sv", PackageResources.sv_json),
    ]
}
