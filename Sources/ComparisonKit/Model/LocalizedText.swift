/// An ISO 639-1 language code such as `nb`, `da` or `en`.
public typealias LanguageCode = String

/// Text given in one or more languages, in the order the author wrote them.
public struct LocalizedText: Sendable, Hashable {
    /// The translations, in the order written; the first is taken as the original unless told otherwise.
    public private(set) var translations: [(language: LanguageCode, text: String)]

    /// Creates text from translations in order.
    public init(_ translations: [(language: LanguageCode, text: String)]) {
        self.translations = translations
    }

    /// Text that reads the same in every language, such as a proper name.
    public init(universal text: String) {
        self.translations = [("*", text)]
    }

    /// True when no translation is given.
    public var isEmpty: Bool { translations.isEmpty }

    /// The languages given, in order (`*` stands for text that is the same in every language).
    public var languages: [LanguageCode] { translations.map(\.language) }

    /// The text in exactly this language, if given (universal text counts for every language).
    public func text(in language: LanguageCode) -> String? {
        translations.first { $0.language == language || $0.language == "*" }?.text
    }

    /// The text in `language`, else English, else the first one given.
    public func resolved(in language: LanguageCode) -> String {
        text(in: language) ?? text(in: "en") ?? translations.first?.text ?? ""
    }

    /// The text a reader of `language` is shown, by the fallback rule every briefing follows: the reader's language,
    /// else the initiative's original language, else English, else the first given. `shownIn` is the language of the
    /// text when it is not the reader's (nil for text in the reader's language or the same in every language), so
    /// that a renderer can mark it.
    public func resolved(in language: LanguageCode, original: LanguageCode) -> (text: String, shownIn: LanguageCode?) {
        if let text = text(in: language) { return (text, nil) }
        for fallback in [original, "en"] {
            if let text = translations.first(where: { $0.language == fallback })?.text { return (text, fallback) }
        }
        guard let first = translations.first else { return ("", nil) }
        return (first.text, first.language == "*" ? nil : first.language)
    }

    /// Texts are equal when they have the same translations in the same order.
    public static func == (lhs: LocalizedText, rhs: LocalizedText) -> Bool {
        lhs.translations.elementsEqual(rhs.translations) { $0.language == $1.language && $0.text == $1.text }
    }

    /// Hashes the translations in order.
    public func hash(into hasher: inout Hasher) {
        for (language, text) in translations {
            hasher.combine(language)
            hasher.combine(text)
        }
    }
}

extension LocalizedText: ExpressibleByStringLiteral {
    /// Text written as a plain string: the same in every language, as a plain YAML scalar reads.
    public init(stringLiteral value: String) {
        self.init(universal: value)
    }
}
