/// A phrase's text split at its placeholders (`{name}`) once, when its language is loaded, so that filling it in is
/// a few appends: no parsing or hashing per use.
struct PhraseTemplate: Sendable {
    /// A piece of the text.
    enum Piece: Sendable {
        /// Text as it is.
        case text(String)
        /// The argument at this position in the call (`LanguagePack.format`).
        case argument(Int)
        /// The count of a plural phrase, as digits.
        case count
    }

    /// The pieces in order.
    let pieces: [Piece]
    /// The text when it has no placeholder.
    let plain: String?

    /// The names of the placeholders in `text`, in order of first appearance; nil when a brace is unbalanced or a
    /// name is empty.
    static func placeholders(in text: String) -> [String]? {
        var names: [String] = []
        var name: String?
        for character in text {
            switch (character, name) {
            case ("{", nil): name = ""
            case ("}", let current?):
                guard !current.isEmpty else { return nil }
                if !names.contains(current) { names.append(current) }
                name = nil
            case ("{", _), ("}", nil): return nil
            case (_, let current?): name = current + String(character)
            case (_, nil): break
            }
        }
        return name == nil ? names : nil
    }

    /// Compiles `text`, whose placeholders are among `arguments` (their position is the argument's) or, in a plural
    /// phrase, `count`. The caller has checked the placeholders with `placeholders(in:)`.
    init(_ text: String, arguments: [String], plural: Bool) {
        var pieces: [Piece] = []
        var literal = ""
        var name: String?
        for character in text {
            if character == "{" {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                name = ""
            } else if character == "}", let current = name {
                if plural, current == "count" {
                    pieces.append(.count)
                } else {
                    pieces.append(.argument(arguments.firstIndex(of: current) ?? 0))
                }
                name = nil
            } else if let current = name {
                name = current + String(character)
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
        if pieces.isEmpty {
            plain = ""
        } else if pieces.count == 1, case .text(let text) = pieces[0] {
            plain = text
        } else {
            plain = nil
        }
    }

    /// The text with its placeholders filled in.
    @inline(__always)
    func render(count: Int, _ a0: String, _ a1: String, _ a2: String, _ a3: String) -> String {
        if let plain { return plain }
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let literal): text += literal
            case .argument(0): text += a0
            case .argument(1): text += a1
            case .argument(2): text += a2
            case .argument(_): text += a3
            case .count: text += String(count)
            }
        }
        return text
    }
}
