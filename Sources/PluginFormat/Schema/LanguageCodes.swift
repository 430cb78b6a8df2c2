/// The ISO 639-1 language codes that `language:` fields and language maps accept.
enum LanguageCodes {
    /// Every ISO 639-1 code.
    static let iso639_1: [String] = """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el \
        en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu \
        ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na \
        nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so \
        sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.split(separator: " ").map(String.init)

    /// One bit per two-letter code, by `26 * first + second`: a code is checked from its bytes without hashing a
    /// string (language maps are read for every name, title and role of every file).
    private static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 11)
        for code in iso639_1 {
            let letters = Array(code.utf8)
            let index = Int(letters[0] - UInt8(ascii: "a")) * 26 + Int(letters[1] - UInt8(ascii: "a"))
            bits[index / 64] |= 1 << UInt64(index % 64)
        }
        return bits
    }()

    /// True when `text` is an ISO 639-1 code.
    static func isCode(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isCode($0) }
    }

    /// True when `bytes` are an ISO 639-1 code.
    static func isCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 2 else { return false }
        let first = bytes[0] &- UInt8(ascii: "a"), second = bytes[1] &- UInt8(ascii: "a")
        guard first < 26, second < 26 else { return false }
        let index = Int(first) * 26 + Int(second)
        return bits[index / 64] & (1 << UInt64(index % 64)) != 0
    }

    /// Language names people write instead of a code, with the code they mean.
    private static let names: [String: String] = [
        "english": "en", "engelsk": "en", "norsk": "nb", "norwegian": "nb", "bokmål": "nb", "bokmal": "nb",
        "nynorsk": "nn", "dansk": "da", "danish": "da", "svenska": "sv", "svensk": "sv", "swedish": "sv",
        "suomi": "fi", "finnish": "fi", "finsk": "fi", "íslenska": "is", "icelandic": "is", "islandsk": "is",
        "føroyskt": "fo", "faroese": "fo", "eesti": "et", "estonian": "et", "latviešu": "lv", "latvian": "lv",
        "lietuvių": "lt", "lithuanian": "lt", "deutsch": "de", "german": "de", "tysk": "de", "français": "fr",
        "french": "fr", "fransk": "fr",
    ]

    /// True when `text` is an ISO 639-1 code; otherwise reports it at `node`, with the code meant where it can tell.
    static func check(_ text: String, at node: Int, _ reader: inout SchemaReader) -> Bool {
        if reader.document.withUTF8(node, { isCode($0) }) { return true }
        var hint = ""
        if let code = names[text.lowercased()] {
            hint = "; did you mean '\(code)'?"
        } else if isCode(text.lowercased()) {
            hint = "; did you mean '\(text.lowercased())'?"
        }
        reader.report("unknown language code '\(text)'; write an ISO 639-1 code such as en, nb, da, sv or fi" + hint,
                      at: node)
        return false
    }
}
