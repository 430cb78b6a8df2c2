/// Checks a language file's phrases and compiles them into templates, in `Phrase`'s order: English against `Phrase`'s
/// keys, every other language against English's shapes (the same placeholders, plural where English is plural, one
/// form per category of the language's own plural rule). Collects every problem rather than stopping at the first.
struct PhraseCompiler {
    /// A compiled phrase.
    enum Compiled: Sendable {
        case text(PhraseTemplate)
        /// One template per CLDR category (`PluralRule.categories`), nil for categories the language does not use.
        case plural([PhraseTemplate?])
    }

    /// What the English file says of a phrase, against which every other file is checked: whether it is plural, the
    /// names of its arguments in the order calls pass them, and its text (its `other` form), for messages.
    struct Shape: Sendable, Equatable {
        let plural: Bool
        let arguments: [String]
        let english: String
    }

    /// What compiling gives: a phrase and a shape per `Phrase` case, and the problems.
    struct Result {
        var compiled: [Compiled] = []
        var shapes: [Shape] = []
        var problems: [String] = []
    }

    /// The most arguments a phrase takes (besides a plural phrase's count): what `LanguagePack.format` accepts.
    static let maximumArguments = 4

    /// The language's plural rule.
    let rule: PluralRule
    /// English's shapes, by `Phrase` raw value; nil when compiling English.
    let reference: [Shape]?

    /// Compiles the phrases of a file.
    func compile(_ phrases: [String: LanguageFile.Value]) -> Result {
        var result = Result()
        let keys = Phrase.allCases.map { String(describing: $0) }
        let known = Set(keys)
        for key in phrases.keys.sorted() where !known.contains(key) {
            result.problems.append("phrases: '\(key)' is not a phrase the tool writes (no such key in en.json and "
                                   + "Phrase)")
        }
        result.compiled.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            guard let value = phrases[key] else {
                let english = reference.map { " (English: \"\($0[index].english)\")" } ?? ""
                result.problems.append("phrases: '\(key)' is missing" + english)
                result.compiled.append(.text(PhraseTemplate("", arguments: [], plural: false)))
                result.shapes.append(Shape(plural: false, arguments: [], english: ""))
                continue
            }
            compile(key, value, shape: reference?[index], into: &result)
        }
        return result
    }

    private func compile(_ key: String, _ value: LanguageFile.Value, shape reference: Shape?,
                         into result: inout Result) {
        let forms: [String: String]
        let plural: Bool
        switch value {
        case .text(let text): (forms, plural) = (["other": text], false)
        case .plural(let byCategory): (forms, plural) = (byCategory, true)
        }
        // The placeholders, in order of first appearance ("other" first), but a plural phrase's count.
        var names: [String] = []
        var unreadable = false
        for category in PluralRule.categories.reversed() {
            guard let text = forms[category] else { continue }
            guard let found = PhraseTemplate.placeholders(in: text) else {
                result.problems.append("phrases: '\(key)' has an unbalanced brace or an empty {} in \"\(text)\"")
                unreadable = true
                continue
            }
            for name in found where !(plural && name == "count") && !names.contains(name) { names.append(name) }
        }
        let shape = reference ?? Shape(plural: plural, arguments: names, english: forms["other"] ?? "")
        if let reference {
            if reference.plural != plural {
                result.problems.append("phrases: '\(key)' must be " + (reference.plural
                    ? "plural, an object with a form per category of the plural rule" : "one text, as in English"))
            } else if !unreadable, Set(names) != Set(reference.arguments) {
                result.problems.append("phrases: '\(key)' has the placeholders \(Self.braced(names)) where English has "
                                       + Self.braced(reference.arguments))
            }
        } else if names.count > Self.maximumArguments {
            result.problems.append("phrases: '\(key)' has more than \(Self.maximumArguments) placeholders")
        }
        if plural {
            if Set(forms.keys) != rule.usedCategories {
                result.problems.append("phrases: '\(key)' gives the plural forms \(forms.keys.sorted()) where the "
                                       + "plural rule needs \(rule.usedCategories.sorted())")
            }
            result.compiled.append(.plural(PluralRule.categories.map { category in
                forms[category].map { PhraseTemplate($0, arguments: shape.arguments, plural: true) }
            }))
        } else {
            let text = forms["other"] ?? ""
            result.compiled.append(.text(PhraseTemplate(text, arguments: shape.arguments, plural: false)))
        }
        result.shapes.append(shape)
    }

    /// "[{from}, {to}]", sorted.
    private static func braced(_ names: [String]) -> String {
        "[" + names.map { "{\($0)}" }.sorted().joined(separator: ", ") + "]"
    }
}
