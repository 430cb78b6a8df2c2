import ComparisonKit

/// Writes one synthetic plugin: its manifest with the sources, and its initiative files.
struct PluginWriter {
    let index: Int
    let id: String
    let country: WordBank.Country
    let initiatives: Int
    /// An initiative of the previous plugin, for a cross-plugin `related` entry.
    let previousPluginFirstInitiative: String?

    /// The id of initiative `number` (from 1) of a plugin; its kind is part of it.
    static func initiativeID(plugin: String, number: Int) -> String {
        plugin + "-" + kind(number: number) + "-" + CorpusGenerator.padded(number, 4)
    }

    static func kind(number: Int) -> String {
        WordBank.kinds[(number - 1) % WordBank.kinds.count]
    }

    static func fileName(number: Int) -> String {
        "initiatives/" + kind(number: number) + "-" + CorpusGenerator.padded(number, 4) + ".yaml"
    }

    private var folder: String { "plugins/" + id + "/" }
    private var isEnglish: Bool { country.language == "en" }

    mutating func files(using random: inout SplitMix64) -> [GeneratedFile] {
        var files = [GeneratedFile(relativePath: folder + "plugin.yaml", contents: Array(manifest(&random).utf8))]
        files.reserveCapacity(initiatives + 1)
        for number in 1...max(initiatives, 1) where initiatives > 0 {
            files.append(GeneratedFile(relativePath: folder + Self.fileName(number: number),
                                       contents: Array(initiative(number, &random).utf8)))
        }
        return files
    }

    // MARK: - Manifest

    private func manifest(_ random: inout SplitMix64) -> String {
        var yaml = YAMLTextWriter(capacity: 1024 + initiatives * 1600)
        let number = CorpusGenerator.padded(index + 1, 4)
        yaml.line(0, "format: 1")
        yaml.line(0, "plugin:")
        yaml.pair(2, "id", id)
        yaml.localized(2, "name", texts(en: "\(country.english) \(number)", native: "\(country.native) \(number)"))
        yaml.pair(2, "jurisdiction", country.code)
        yaml.pair(2, "version", "1.\(index % 10).0")
        yaml.localized(2, "description", [("en", englishSentence(&random, words: 10...18))])
        yaml.line(0, "sources:")
        source(&yaml, "gov", language: country.language, &random)
        source(&yaml, "stats", language: "en", &random)
        for number in 1...max(initiatives, 1) where initiatives > 0 {
            for suffix in ["a", "b", "c"] {
                source(&yaml, "i\(number)-\(suffix)", language: random.chance(1, in: 4) ? "en" : country.language, &random)
            }
        }
        yaml.line(0, "initiatives:")
        for number in 1...max(initiatives, 1) where initiatives > 0 {
            yaml.line(2, "- " + Self.fileName(number: number))
        }
        return yaml.text
    }

    private func source(_ yaml: inout YAMLTextWriter, _ sourceID: String, language: String, _ random: inout SplitMix64) {
        yaml.line(2, sourceID + ":")
        let title = language == "en" || isEnglish ? englishTitle(&random) : nativePhrase(&random, words: 5...11)
        yaml.folded(4, "title", title)
        let organisation = organisation(&random)
        yaml.pair(4, "publisher", isEnglish ? organisation.english : "\(organisation.native) (\(organisation.english))")
        yaml.pair(4, "published", date(&random, years: 2004...2024))
        yaml.pair(4, "language", language == "en" || isEnglish ? "en" : country.language)
        if random.chance(3, in: 4) { yaml.pair(4, "kind", random.pick(WordBank.sourceKinds)) }
        if random.chance(1, in: 3) { yaml.pair(4, "url", "https://example.org/\(id)/\(sourceID)") }
        if random.chance(1, in: 5) { yaml.pair(4, "confidence", random.pick(WordBank.confidences)) }
        if random.chance(1, in: 2) { yaml.folded(4, "note", englishSentence(&random, words: 12...30)) }
    }

    // MARK: - Initiative

    private func initiative(_ number: Int, _ random: inout SplitMix64) -> String {
        var yaml = YAMLTextWriter(capacity: 8 * 1024)
        let initiativeID = Self.initiativeID(plugin: id, number: number)
        let sourceA = "i\(number)-a", sourceB = "i\(number)-b", sourceC = "i\(number)-c"
        let topic = random.pick(WordBank.topics)
        let kind = Self.kind(number: number)
        yaml.line(0, "format: 1")
        yaml.pair(0, "id", initiativeID)
        yaml.pair(0, "kind", kind)
        yaml.pair(0, "language", country.language)
        yaml.pair(0, "source", sourceA)
        if random.chance(1, in: 10) { yaml.pair(0, "jurisdiction", country.code) }
        let startYear = random.int(in: 2005...2022)
        let englishName = "\(capitalised(kind)) for \(topic) \(startYear)–\(startYear + random.int(in: 2...8))"
        yaml.localized(0, "name", texts(en: englishName, native: nativePhrase(&random, words: 3...7)))
        yaml.localized(0, "summary", texts(en: englishParagraph(&random, sentences: 2...3),
                                           native: nativeParagraph(&random, sentences: 2...3)))

        // period: long form with a locator and a note
        yaml.line(0, "period:")
        yaml.line(2, "value:")
        yaml.pair(4, "start", "\(startYear)-" + CorpusGenerator.padded(random.int(in: 1...12), 2))
        let endsOpen = random.chance(1, in: 4)
        yaml.pair(4, "end", endsOpen ? "open" : String(startYear + random.int(in: 1...8)))
        yaml.pair(2, "locator", locator(&random))
        if random.chance(1, in: 2) { yaml.folded(2, "note", englishSentence(&random, words: 12...28)) }

        // status: a dated history
        yaml.line(0, "status:")
        yaml.itemPair(2, "value", "planned")
        yaml.pair(4, "as-of", "\(startYear - 1)-" + CorpusGenerator.padded(random.int(in: 1...12), 2))
        yaml.pair(4, "source", sourceB)
        yaml.folded(4, "note", englishSentence(&random, words: 6...14))
        yaml.itemPair(2, "value", "active")
        yaml.pair(4, "as-of", "\(startYear)-" + CorpusGenerator.padded(random.int(in: 1...12), 2) + "-"
                  + CorpusGenerator.padded(random.int(in: 1...28), 2))
        yaml.pair(4, "source", sourceA)
        // An ended initiative has an end date: an open end with a concluded status is a contradiction the
        // validator warns about. The same numbers are drawn either way, so the rest of the corpus is the same.
        if random.chance(1, in: 3) {
            let status = random.chance(1, in: 2) ? "concluded" : "superseded"
            let year = String(startYear + random.int(in: 2...9))
            let locator = locator(&random)
            if !endsOpen {
                yaml.itemPair(2, "value", status)
                yaml.pair(4, "as-of", year)
                yaml.pair(4, "source", sourceC)
                yaml.pair(4, "locator", locator)
            }
        }

        // lead: long form with an organisation
        let lead = organisation(&random)
        yaml.line(0, "lead:")
        yaml.line(2, "value:")
        yaml.pair(4, "name", isEnglish ? lead.english : lead.native)
        if !isEnglish { yaml.pair(4, "english", lead.english) }
        yaml.pair(4, "category", random.pick(["ministry", "agency", "government"]))
        yaml.pair(2, "locator", locator(&random))

        // chair: short, long or not stated
        switch random.int(in: 0...3) {
        case 0, 1:
            yaml.pair(0, "chair", person(&random))
        case 2:
            yaml.line(0, "chair:")
            yaml.pair(2, "value", person(&random))
            yaml.pair(2, "source", sourceB)
            yaml.pair(2, "locator", locator(&random))
        default:
            yaml.line(0, "chair:")
            yaml.folded(2, "unknown", englishSentence(&random, words: 6...14))
        }

        // member count: sometimes two sources disagree, as in the shipped Danish plugin
        let members = random.int(in: 5...60)
        if random.chance(1, in: 16) {
            yaml.line(0, "member-count:")
            yaml.itemPair(2, "value", String(members))
            yaml.pair(4, "source", sourceA)
            yaml.pair(4, "locator", locator(&random))
            yaml.itemPair(2, "value", String(members + 1))
            yaml.pair(4, "source", sourceC)
        } else {
            yaml.line(0, "member-count:")
            yaml.pair(2, "value", String(members))
            yaml.pair(2, "locator", locator(&random))
        }

        // meetings: text in two languages, or not stated
        if random.chance(1, in: 3) {
            yaml.line(0, "meetings:")
            yaml.folded(2, "unknown", englishSentence(&random, words: 8...16))
        } else {
            yaml.localized(0, "meetings", texts(en: englishSentence(&random, words: 6...14),
                                                native: nativeSentence(&random, words: 6...14)))
        }

        // components first (the budget breakdown names them)
        let componentCount = random.int(in: 3...6)
        let componentIDs = (1...componentCount).map { "track-\($0)" }
        budget(&yaml, componentIDs: componentIDs, startYear: startYear,
               sources: (sourceA, sourceB, sourceC), &random)

        yaml.line(0, "participants:")
        var involvesSocialPartners = false
        for _ in 0..<random.int(in: 3...6) {
            let organisation = organisation(&random)
            yaml.itemPair(2, "name", isEnglish ? organisation.english : organisation.native)
            if !isEnglish { yaml.pair(4, "english", organisation.english) }
            let category = random.pick(WordBank.categories)
            involvesSocialPartners = involvesSocialPartners || WordBank.socialPartnerCategories.contains(category)
            yaml.pair(4, "category", category)
            yaml.localized(4, "role", texts(en: englishSentence(&random, words: 4...10),
                                            native: nativeSentence(&random, words: 4...10)))
            if random.chance(1, in: 3) { yaml.pair(4, "since", date(&random, years: startYear...(startYear + 2))) }
            if random.chance(1, in: 4) { yaml.pair(4, "source", sourceB) }
            yaml.pair(4, "locator", locator(&random))
            if random.chance(1, in: 4) { yaml.folded(4, "note", englishSentence(&random, words: 8...20)) }
        }

        yaml.line(0, "components:")
        for (position, componentID) in componentIDs.enumerated() {
            yaml.itemPair(2, "id", componentID)
            yaml.pair(4, "label", "Track \(position + 1)")
            yaml.localized(4, "title", texts(en: capitalised(random.pick(WordBank.topics)),
                                             native: nativePhrase(&random, words: 3...6)))
            yaml.line(4, "themes: " + themes(&random, count: 1...2, socialPartners: involvesSocialPartners))
            if random.chance(1, in: 4) { yaml.pair(4, "source", sourceC) }
            yaml.pair(4, "locator", "Track \(position + 1)")
        }

        yaml.line(0, "goals:")
        for _ in 0..<random.int(in: 2...4) {
            yaml.localized(2, "text", texts(en: englishSentence(&random, words: 14...30),
                                            native: nativeSentence(&random, words: 14...30)), item: true)
            if random.chance(2, in: 3) { yaml.pair(4, "target", "\(random.int(in: 2...90)) % " + random.pick(WordBank.englishWords)) }
            if random.chance(2, in: 3) { yaml.pair(4, "deadline", date(&random, years: (startYear + 1)...(startYear + 8))) }
            if random.chance(1, in: 4) { yaml.folded(4, "note", englishSentence(&random, words: 8...18)) }
            if random.chance(1, in: 3) { yaml.pair(4, "source", sourceB) }
            yaml.pair(4, "locator", locator(&random))
        }

        // Participants and themes agree, as the validator asks: an initiative with a trade union or an employers'
        // organisation among its participants is coded as serving the social partners, and only such a one.
        var ownThemes = themes(&random, count: 1...3, socialPartners: involvesSocialPartners)
        if involvesSocialPartners, !ownThemes.contains(Self.socialPartnersTheme) {
            ownThemes = String(ownThemes.dropLast(2)) + ", \(Self.socialPartnersTheme): secondary }"
        }
        yaml.line(0, "themes: " + ownThemes)
        var related: [String] = []
        if number > 1, random.chance(1, in: 3) { related.append(Self.initiativeID(plugin: id, number: number - 1)) }
        if number == 1, let previousPluginFirstInitiative, random.chance(1, in: 2) {
            related.append(previousPluginFirstInitiative)
        }
        if !related.isEmpty { yaml.line(0, "related: [" + related.joined(separator: ", ") + "]") }
        return yaml.text
    }

    /// A budget: a dated history whose later figures are broken down by component, or a magnitude only.
    private func budget(_ yaml: inout YAMLTextWriter, componentIDs: [String], startYear: Int,
                        sources: (String, String, String), _ random: inout SplitMix64) {
        yaml.line(0, "budget:")
        if random.chance(1, in: 5) {
            yaml.line(2, "value:")
            yaml.pair(4, "magnitude", random.pick(["million", "billion"]))
            yaml.pair(4, "currency", country.currency)
            yaml.pair(2, "status", "stated")
            yaml.pair(2, "locator", locator(&random))
            yaml.folded(2, "note", englishSentence(&random, words: 10...24))
            return
        }
        let scale = random.pick(["thousand", "million", "million", "billion"])
        // One price basis for the whole history, as a plugin author keeps it (figures on different bases would need a
        // note each): current prices, the constant prices of the year the budget starts, or not stated.
        let basis = random.pick(["current", "constant-\(startYear)", "not-stated", "not-stated"])
        // Proposed: a total only.
        yaml.line(2, "- value:")
        yaml.pair(6, "amount", decimal(random.int(in: 10_000...9_000_000)))
        yaml.pair(6, "scale", scale)
        yaml.pair(6, "currency", country.currency)
        yaml.pair(6, "basis", basis)
        yaml.pair(4, "status", "proposed")
        yaml.pair(4, "as-of", "\(startYear - 1)-" + CorpusGenerator.padded(random.int(in: 1...12), 2))
        yaml.pair(4, "source", sources.1)
        yaml.folded(4, "note", englishSentence(&random, words: 8...20))
        // Adopted, and sometimes amended: totals that equal the sum of their breakdowns.
        let steps = random.chance(1, in: 3) ? [("adopted", startYear), ("amended", startYear + random.int(in: 1...4))]
            : [("adopted", startYear)]
        for (status, year) in steps {
            let parts = componentIDs.map { _ in random.int(in: 1_000...3_000_000) }
            yaml.line(2, "- value:")
            yaml.pair(6, "amount", decimal(parts.reduce(0, +)))
            yaml.pair(6, "scale", scale)
            yaml.pair(6, "currency", country.currency)
            yaml.pair(6, "basis", basis)
            yaml.line(6, "breakdown:")
            for (componentID, part) in zip(componentIDs, parts) {
                yaml.line(8, "- { component: \(componentID), amount: \(decimal(part)) }")
            }
            yaml.pair(4, "status", status)
            yaml.pair(4, "as-of", "\(year)-" + CorpusGenerator.padded(random.int(in: 1...12), 2) + "-"
                      + CorpusGenerator.padded(random.int(in: 1...28), 2))
            yaml.pair(4, "source", status == "adopted" ? sources.0 : sources.2)
            yaml.pair(4, "locator", locator(&random))
        }
    }

    // MARK: - Text

    /// English and native text, or English alone where the native language is English.
    private func texts(en: String, native: String) -> [(language: String, text: String)] {
        isEnglish ? [("en", en)] : [(country.language, native), ("en", en)]
    }

    /// The theme an initiative involving the social partners is coded with.
    static let socialPartnersTheme = InvolvementGroup.socialPartners.themeID ?? "social-partners"

    /// `{ a: primary, b: secondary }` with distinct theme ids from the shipped taxonomy; the social-partners theme
    /// only where `socialPartners` says the initiative involves them.
    private func themes(_ random: inout SplitMix64, count: ClosedRange<Int>, socialPartners: Bool) -> String {
        var chosen: [String] = []
        let wanted = random.int(in: count)
        let candidates = socialPartners ? GeneratedCodebook.themeIDs
            : GeneratedCodebook.themeIDs.filter { $0 != Self.socialPartnersTheme }
        while chosen.count < wanted {
            let theme = random.pick(candidates)
            if !chosen.contains(theme) { chosen.append(theme) }
        }
        let entries = chosen.enumerated().map { position, theme in
            theme + ": " + (position == 0 || random.chance(1, in: 3) ? "primary" : "secondary")
        }
        return "{ " + entries.joined(separator: ", ") + " }"
    }

    /// An exact amount written in thousandths, such as `2226.914` or `7588`.
    private func decimal(_ thousandths: Int) -> String {
        let whole = thousandths / 1000, fraction = thousandths % 1000
        guard fraction != 0 else { return String(whole) }
        var digits = CorpusGenerator.padded(fraction, 3)
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    private func date(_ random: inout SplitMix64, years: ClosedRange<Int>) -> String {
        let year = String(random.int(in: years))
        switch random.int(in: 0...2) {
        case 0: return year
        case 1: return year + "-" + CorpusGenerator.padded(random.int(in: 1...12), 2)
        default:
            return year + "-" + CorpusGenerator.padded(random.int(in: 1...12), 2) + "-"
                + CorpusGenerator.padded(random.int(in: 1...28), 2)
        }
    }

    private func locator(_ random: inout SplitMix64) -> String {
        var text = random.pick(WordBank.locatorKinds) + " \(random.int(in: 1...12))"
        if random.chance(1, in: 2) { text += ".\(random.int(in: 1...9))" }
        if random.chance(1, in: 3) { text += ", " + random.pick(["first", "second", "third", "last"]) + " paragraph" }
        return text
    }

    private func person(_ random: inout SplitMix64) -> String {
        random.pick(WordBank.firstNames) + " " + random.pick(WordBank.lastNames)
    }

    private func organisation(_ random: inout SplitMix64) -> (native: String, english: String) {
        let english = random.pick(WordBank.organisationHeads) + " " + capitalised(random.pick(WordBank.topics))
        return (capitalised(nativeWord(&random)) + " " + nativeWord(&random), english)
    }

    private func englishTitle(_ random: inout SplitMix64) -> String {
        let topic = capitalised(random.pick(WordBank.topics))
        let genre = random.pick(["strategy", "action plan", "programme", "report"])
        let year = String(random.int(in: 2005...2024))
        let rest = String(englishSentence(&random, words: 3...8).dropLast())
        return topic + " " + genre + " " + year + " " + rest
    }

    private func englishSentence(_ random: inout SplitMix64, words: ClosedRange<Int>) -> String {
        var text = ""
        let count = random.int(in: words)
        for position in 0..<count {
            let word = random.pick(WordBank.englishWords)
            if position == 0 {
                text += capitalised(word)
            } else {
                text += (random.chance(1, in: 9) ? ", " : " ") + word
            }
        }
        return text + "."
    }

    private func englishParagraph(_ random: inout SplitMix64, sentences: ClosedRange<Int>) -> String {
        (0..<random.int(in: sentences)).map { _ in englishSentence(&random, words: 12...26) }.joined(separator: " ")
    }

    private func nativeWord(_ random: inout SplitMix64) -> String {
        var word = ""
        let syllables = random.int(in: 1...4)
        let accent = country.letters.isEmpty || random.chance(1, in: 2) ? -1 : random.int(in: 0...(syllables - 1))
        for position in 0..<syllables {
            word += random.pick(WordBank.syllables)
            if position == accent { word += random.pick(country.letters) }
        }
        return word
    }

    private func nativePhrase(_ random: inout SplitMix64, words: ClosedRange<Int>) -> String {
        capitalised((0..<random.int(in: words)).map { _ in nativeWord(&random) }.joined(separator: " "))
    }

    private func nativeSentence(_ random: inout SplitMix64, words: ClosedRange<Int>) -> String {
        nativePhrase(&random, words: words) + "."
    }

    private func nativeParagraph(_ random: inout SplitMix64, sentences: ClosedRange<Int>) -> String {
        (0..<random.int(in: sentences)).map { _ in nativeSentence(&random, words: 12...26) }.joined(separator: " ")
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
