/// The external link targets of a document in order of first use, each numbered once: a relationship id per address,
/// found by hashing, so that a document citing many addresses does not search the list for each one.
struct HyperlinkTargets {
    /// The addresses, in order of first use.
    private(set) var urls: [String] = []
    /// The number of each address, from 1.
    private var numbers: [String: Int] = [:]

    /// The number of `url`, from 1, giving it the next one on first use.
    mutating func number(of url: String) -> Int {
        if let number = numbers[url] { return number }
        urls.append(url)
        numbers[url] = urls.count
        return urls.count
    }
}
