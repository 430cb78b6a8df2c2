/// Reads LaTeX written by `LaTeXRenderer` back into the text a reader of the PDF sees, and reports everything
/// that is neither the renderer's own markup nor an escaped value: an unknown command, a raw `$ # ^ _ %`,
/// unbalanced braces, a character pdflatex cannot set.
///
/// The reader knows only the commands the renderer documents. Markup commands vanish (with their non-text
/// arguments, such as a column specification), text commands become the character they stand for, braces
/// vanish (so `{[}` reads `[` and `-{}-` reads `--`), `~` reads U+00A0, `\newline` and `\\` read as a line
/// break and a raw `&` (a column separator) as a tab.
struct LaTeXReader {
    /// Commands that stand for text.
    static let textCommands: [String: String] = [
        "textbackslash": "\\", "textasciicircum": "^", "textasciitilde": "~", "textless": "<", "textgreater": ">",
        "textbar": "|", "textquotedbl": "\"", "textasciigrave": "`", "newline": "\n",
        "enspace": "\u{2002}", "quad": "\u{2003}", "mbox": "", "textendash": "\u{2013}", "textemdash": "\u{2014}",
        "textquoteleft": "\u{2018}", "textquoteright": "\u{2019}", "quotesinglbase": "\u{201A}",
        "textquotedblleft": "\u{201C}", "textquotedblright": "\u{201D}", "quotedblbase": "\u{201E}",
        "textdagger": "\u{2020}", "textdaggerdbl": "\u{2021}", "textbullet": "\u{2022}", "textellipsis": "\u{2026}",
        "textperthousand": "\u{2030}", "guilsinglleft": "\u{2039}", "guilsinglright": "\u{203A}",
        "textfractionsolidus": "\u{2044}", "texteuro": "\u{20AC}", "textnumero": "\u{2116}",
        "texttrademark": "\u{2122}", "textleftarrow": "\u{2190}", "textuparrow": "\u{2191}",
        "textrightarrow": "\u{2192}", "textdownarrow": "\u{2193}", "textminus": "\u{2212}",
    ]

    /// Markup commands whose arguments (if any) are text or that take none: they vanish.
    static let markup: Set<String> = [
        "textbf", "emph", "textsuperscript", "textsubscript", "section", "par", "small", "footnotesize",
        "LARGE", "large", "bfseries", "medskip", "toprule", "midrule", "bottomrule", "endfirsthead", "endhead",
        "endfoot", "endlastfoot", "begingroup", "endgroup", "nobreak", "allowbreak", "clearpage", "raggedright",
        "arraybackslash", "centering", "leavevmode", "relax", "scriptsize", "tiny", "nopagebreak", "MakeUppercase",
        "hfill", "upshape",
    ]

    /// Markup commands with non-text arguments to skip: optional `[…]`, parenthesised `(…)`, mandatory `{…}`.
    static let arguments: [String: (optional: Bool, parenthesised: Bool, mandatory: Int)] = [
        "documentclass": (true, false, 1), "usepackage": (true, false, 1), "setlength": (false, false, 2),
        "settowidth": (false, false, 2), "addtolength": (false, false, 2), "hspace": (false, false, 1),
        "multicolumn": (false, false, 2), "cmidrule": (false, true, 1), "addlinespace": (true, false, 0),
        "begin": (false, false, 1), "end": (false, false, 1), "item": (true, false, 0),
        "pagestyle": (false, false, 1), "markright": (false, false, 1),
    ]

    /// Control symbols and what they read as.
    static let symbols: [Unicode.Scalar: String] = [
        "{": "{", "}": "}", "$": "$", "&": "&", "#": "#", "%": "%", "_": "_", ",": "\u{2009}", "-": "\u{AD}",
        "\\": "\n",
    ]

    /// Whether pdflatex with T1 and UTF-8 input can set a character written as it is.
    static func isSettable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA1...0xFF: return true
        case 0x100...0x17F: return ![0x126, 0x127, 0x138, 0x13F, 0x140, 0x149, 0x166, 0x167, 0x17F].contains(scalar.value)
        default: return false
        }
    }

    /// The text read so far.
    private(set) var text = ""
    /// What is wrong with the LaTeX.
    private(set) var problems: [String] = []

    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// Reads one piece of LaTeX (a line, a cell).
    static func read(_ latex: some StringProtocol) -> LaTeXReader {
        var reader = LaTeXReader(scalars: Array(latex.unicodeScalars))
        reader.run()
        return reader
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private mutating func run() {
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\\": command()
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth < 0 { problems.append("unbalanced }"); depth = 0 }
            case "~": text += "\u{A0}"
            case "&": text += "\t"
            case "$", "#", "^", "_", "%": problems.append("raw \(scalar)")
            default:
                if Self.isSettable(scalar) {
                    text.unicodeScalars.append(scalar)
                } else {
                    problems.append("unsettable character U+\(String(scalar.value, radix: 16, uppercase: true))")
                }
            }
        }
        if depth != 0 { problems.append("unbalanced {") }
    }

    private mutating func command() {
        guard index < scalars.count else { problems.append("lone backslash"); return }
        let first = scalars[index]
        guard first.properties.isAlphabetic, first.isASCII else {
            index += 1
            if let read = Self.symbols[first] { text += read } else { problems.append("unknown control symbol \\\(first)") }
            return
        }
        var name = ""
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        // TeX drops the spaces after a control word; `\section*` is one command.
        while index < scalars.count, scalars[index] == " " { index += 1 }
        if name == "section", index < scalars.count, scalars[index] == "*" { index += 1 }
        if let read = Self.textCommands[name] {
            text += read
        } else if Self.markup.contains(name) {
            return
        } else if let shape = Self.arguments[name] {
            if shape.optional { skip(open: "[", close: "]") }
            if shape.parenthesised { skip(open: "(", close: ")") }
            var groups = shape.mandatory
            if name == "begin" || name == "end" {
                let environment = group()
                if name == "begin" { groups = environment == "longtable" ? 1 : environment == "list" ? 2 : 0 } else { groups = 0 }
            }
            for _ in 0..<groups { _ = group() }
        } else {
            problems.append("unknown command \\\(name)")
        }
    }

    /// Skips an optional delimited argument (brace-aware), if one follows.
    private mutating func skip(open: Unicode.Scalar, close: Unicode.Scalar) {
        guard index < scalars.count, scalars[index] == open else { return }
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\\" { index += 1; continue }
            if scalar == "{" { depth += 1 } else if scalar == "}" { depth -= 1 } else if scalar == close, depth == 0 { return }
        }
        problems.append("unterminated \(open)…\(close)")
    }

    /// Skips a mandatory `{…}` argument and returns its raw content.
    private mutating func group() -> String {
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, scalars[index] == "{" else { problems.append("missing argument"); return "" }
        index += 1
        var depth = 1
        var content = ""
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\\", index < scalars.count {
                content.unicodeScalars.append(scalar)
                content.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            if scalar == "{" { depth += 1 } else if scalar == "}" { depth -= 1; if depth == 0 { return content } }
            content.unicodeScalars.append(scalar)
        }
        problems.append("unterminated argument")
        return content
    }

    /// How many raw `\\` (row ends) a line holds.
    static func rowEnds(in line: some StringProtocol) -> Int {
        var count = 0
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped { escaped = false; if scalar == "\\" { count += 1 }; continue }
            if scalar == "\\" { escaped = true }
        }
        return count
    }

    /// Splits a table line at its raw `&` (the ones no backslash escapes).
    static func cells(of line: some StringProtocol) -> [String] {
        var cells = [""]
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped { escaped = false; cells[cells.count - 1].unicodeScalars.append(scalar); continue }
            if scalar == "\\" { escaped = true } else if scalar == "&" { cells.append(""); continue }
            cells[cells.count - 1].unicodeScalars.append(scalar)
        }
        return cells
    }
}
