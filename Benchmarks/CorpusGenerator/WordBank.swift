import ComparisonKit

/// The words the generator composes names, titles and sentences from. Native-language text is made of
/// pseudo-words with each language's own letters, so the corpus holds as much non-ASCII UTF-8 as real plugins do.
enum WordBank {
    /// A European jurisdiction with its language and currency.
    struct Country {
        let code: String
        let language: String
        let currency: String
        let english: String
        let native: String
        /// Letters typical of the language, mixed into its pseudo-words.
        let letters: [String]
    }

    /// Jurisdictions a plugin can cover, cycled through in order (ids the shipped config/jurisdictions.yaml declares).
    static let countries: [Country] = [
        Country(code: "SE", language: "sv", currency: "SEK", english: "Sweden", native: "Sverige", letters: ["å", "ä", "ö"]),
        Country(code: "NO", language: "nb", currency: "NOK", english: "Norway", native: "Norge", letters: ["æ", "ø", "å"]),
        Country(code: "DK", language: "da", currency: "DKK", english: "Denmark", native: "Danmark", letters: ["æ", "ø", "å"]),
        Country(code: "FI", language: "fi", currency: "EUR", english: "Finland", native: "Suomi", letters: ["ä", "ö", "y"]),
        Country(code: "IS", language: "is", currency: "ISK", english: "Iceland", native: "Ísland", letters: ["ð", "þ", "á", "ó"]),
        Country(code: "DE", language: "de", currency: "EUR", english: "Germany", native: "Deutschland", letters: ["ä", "ö", "ü", "ß"]),
        Country(code: "AT", language: "de", currency: "EUR", english: "Austria", native: "Österreich", letters: ["ä", "ö", "ü"]),
        Country(code: "CH", language: "de", currency: "CHF", english: "Switzerland", native: "Schweiz", letters: ["ä", "ö", "ü"]),
        Country(code: "NL", language: "nl", currency: "EUR", english: "Netherlands", native: "Nederland", letters: ["ij", "oe", "aa"]),
        Country(code: "BE", language: "fr", currency: "EUR", english: "Belgium", native: "Belgique", letters: ["é", "è", "ç"]),
        Country(code: "FR", language: "fr", currency: "EUR", english: "France", native: "France", letters: ["é", "è", "ê", "ç"]),
        Country(code: "ES", language: "es", currency: "EUR", english: "Spain", native: "España", letters: ["ñ", "á", "ó"]),
        Country(code: "PT", language: "pt", currency: "EUR", english: "Portugal", native: "Portugal", letters: ["ã", "ç", "õ"]),
        Country(code: "IT", language: "it", currency: "EUR", english: "Italy", native: "Italia", letters: ["à", "è", "ù"]),
        Country(code: "PL", language: "pl", currency: "PLN", english: "Poland", native: "Polska", letters: ["ł", "ą", "ę", "ś", "ż"]),
        Country(code: "CZ", language: "cs", currency: "CZK", english: "Czechia", native: "Česko", letters: ["č", "ř", "š", "ž", "ě"]),
        Country(code: "SK", language: "sk", currency: "EUR", english: "Slovakia", native: "Slovensko", letters: ["č", "š", "ž", "ľ"]),
        Country(code: "HU", language: "hu", currency: "HUF", english: "Hungary", native: "Magyarország", letters: ["ő", "ű", "á", "é"]),
        Country(code: "RO", language: "ro", currency: "RON", english: "Romania", native: "România", letters: ["ă", "â", "ș", "ț"]),
        Country(code: "BG", language: "bg", currency: "BGN", english: "Bulgaria", native: "България", letters: ["ъ", "ж", "щ", "я"]),
        Country(code: "GR", language: "el", currency: "EUR", english: "Greece", native: "Ελλάδα", letters: ["α", "ε", "ι", "ο"]),
        Country(code: "HR", language: "hr", currency: "EUR", english: "Croatia", native: "Hrvatska", letters: ["č", "ć", "đ", "š"]),
        Country(code: "SI", language: "sl", currency: "EUR", english: "Slovenia", native: "Slovenija", letters: ["č", "š", "ž"]),
        Country(code: "EE", language: "et", currency: "EUR", english: "Estonia", native: "Eesti", letters: ["õ", "ä", "ö", "ü"]),
        Country(code: "LV", language: "lv", currency: "EUR", english: "Latvia", native: "Latvija", letters: ["ā", "ē", "ī", "ū"]),
        Country(code: "LT", language: "lt", currency: "EUR", english: "Lithuania", native: "Lietuva", letters: ["ą", "č", "ė", "į"]),
        Country(code: "IE", language: "ga", currency: "EUR", english: "Ireland", native: "Éire", letters: ["á", "é", "í"]),
        Country(code: "LU", language: "lb", currency: "EUR", english: "Luxembourg", native: "Lëtzebuerg", letters: ["ë", "é"]),
        Country(code: "MT", language: "mt", currency: "EUR", english: "Malta", native: "Malta", letters: ["ħ", "ġ", "ż"]),
        Country(code: "GB", language: "en", currency: "GBP", english: "United Kingdom", native: "United Kingdom", letters: []),
        Country(code: "EU", language: "en", currency: "EUR", english: "European Union", native: "European Union", letters: []),
    ]

    static let syllables = [
        "da", "ta", "ri", "ko", "ven", "sa", "mal", "dig", "it", "ise", "ring", "stra", "te", "gi", "for", "valt",
        "ning", "sam", "ar", "bet", "pro", "gram", "nett", "verk", "of", "fent", "lig", "mi", "nis", "ter", "ium",
        "na", "sjo", "nal", "by", "kom", "mu", "ne", "re", "gi", "on", "tje", "nes", "te", "lo", "ka", "len",
    ]

    static let englishWords = [
        "digital", "public", "sector", "services", "data", "sharing", "infrastructure", "skills", "inclusion", "trust",
        "security", "cloud", "platform", "agency", "municipal", "regional", "national", "common", "solutions",
        "interoperability", "innovation", "research", "business", "small", "enterprises", "citizens", "identity",
        "payments", "health", "education", "transport", "energy", "green", "transition", "artificial", "intelligence",
        "computing", "network", "broadband", "connectivity", "procurement", "standards", "open", "registers", "reuse",
        "cooperation", "partnership", "programme", "strategy", "roadmap", "targets", "funding", "investment",
        "evaluation", "governance", "coordination", "ministry", "council", "forum", "pilot", "rollout", "adoption",
    ]

    static let topics = [
        "digital public services", "data sharing", "artificial intelligence", "cybersecurity", "digital skills",
        "broadband rollout", "common digital solutions", "green digital transition", "open government data",
        "electronic identity", "health data", "public procurement of innovation", "semiconductors",
        "high-performance computing", "digital inclusion", "interoperable registers",
    ]

    static let organisationHeads = ["Ministry of", "Agency for", "Directorate of", "Council for", "Office of", "Board of"]

    static let firstNames = [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Jonas", "Sofia", "Mikael", "Eva", "Johan", "Ingrid", "Pekka",
        "Helga", "Tomasz", "Zofia", "Jean", "Claire", "Marco", "Giulia", "Pablo", "Lucía", "Ágnes", "Jiří", "Ана",
    ]

    static let lastNames = [
        "Andersson", "Hansen", "Nieminen", "Jónsdóttir", "Müller", "Schmidt", "de Vries", "Dubois", "García",
        "Rossi", "Kowalski", "Novák", "Horváth", "Popescu", "Иванова", "Papadopoulou", "Kovačić", "Tamm", "Bērziņš",
    ]

    static let locatorKinds = ["section", "chapter", "box", "paragraph", "article", "page", "annex", "table"]

    static let sourceKinds = ["press release", "regulation", "strategy", "statement", "article", "web page"]

    static let kinds = ["forum", "strategy", "partnership", "programme", "declaration", "initiative"]

    static let categories = [
        "government", "ministry", "agency", "business-association", "business", "trade-union", "municipal-sector",
        "regional-sector", "academia", "eu-institution", "civil-society", "other", "employers-organisation",
        "social-partners",
    ]

    /// The categories that make up the social partners, as the validator counts them.
    static let socialPartnerCategories = Set(InvolvementGroup.socialPartners.categories.map(\.rawValue))

    static let confidences = ["high", "medium-high", "medium", "low"]
}
