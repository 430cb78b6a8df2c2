/// Numbers citations in order of first use, one number per distinct source and locator.
struct FootnoteCollector {
    private let corpus: Corpus
    private var numbers: [CitationKey: Int] = [:]
    private(set) var footnotes: [Footnote] = []

    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The footnote number for a citation, assigning the next one on first use; nil when the source is undeclared.
    mutating func number(for citation: Citation) -> Int? {
        let key = citation.key
        if let number = numbers[key] { return number }
        guard let source = corpus.source(for: citation) else { return nil }
        let number = footnotes.count + 1
        numbers[key] = number
        footnotes.append(Footnote(number: number, source: source, locator: citation.locator))
        return number
    }

    /// Footnote numbers for several citations, without repeats, in order.
    mutating func numbers(for citations: [Citation]) -> [Int] {
        var result: [Int] = []
        for citation in citations {
            if let number = number(for: citation), !result.contains(number) { result.append(number) }
        }
        return result
    }
}
