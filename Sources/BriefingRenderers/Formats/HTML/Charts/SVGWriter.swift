import Foundation

/// Small helpers for drawing inline SVG by hand: coordinates written the same way on every machine, text
/// escaped and wrapped to an estimated width, and the `<svg>` wrapper with its accessible title and description.
enum SVGWriter {
    /// A coordinate or length with at most one decimal, without `-0` and without locale: `12`, `12.5`, `-3.2`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? sign + String(magnitude / 10) : sign + "\(magnitude / 10).\(magnitude % 10)"
    }

    /// The estimated width of text in a proportional sans-serif face: an average character is about 0.52 em.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.52
    }

    /// Wraps text on spaces into at most `maxLines` lines of about `width` points; a word longer than a line is
    /// cut with a hyphen, and text that does not fit ends in `…`. Line breaks become spaces and hidden characters
    /// U+FFFD first.
    static func wrap(_ text: String, width: Double, fontSize: Double, maxLines: Int) -> [String] {
        let capacity = max(4, Int(width / (fontSize * 0.52)))
        var lines: [String] = []
        var current = ""
        var words = HTMLEscaping.singleLine(text).split(separator: " ").map(String.init)
        var truncated = false
        while !words.isEmpty {
            var word = words.removeFirst()
            if word.count > capacity {
                // Too long for any line: cut it, with a hyphen at the cut.
                words.insert(String(word.dropFirst(capacity - 1)), at: 0)
                word = String(word.prefix(capacity - 1)) + "-"
            }
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= capacity {
                current = candidate
                continue
            }
            lines.append(current)
            current = word
            if lines.count == maxLines {
                truncated = true
                break
            }
        }
        if !truncated, !current.isEmpty { lines.append(current) }
        if lines.count > maxLines || truncated {
            lines = Array(lines.prefix(maxLines))
            if var last = lines.popLast() {
                while last.count > capacity - 1 { last.removeLast() }
                lines.append(last + "…")
            }
        }
        return lines
    }

    /// A `<text>` element with one `<tspan>` per line, each line escaped; `attributes` are written as given.
    static func text(_ lines: [String], x: Double, y: Double, lineHeight: Double, attributes: String,
                     tooltip: String? = nil) -> String {
        var out = "<text x=\"\(number(x))\" y=\"\(number(y))\" \(attributes)>"
        if let tooltip { out += "<title>" + HTMLEscaping.line(tooltip) + "</title>" }
        for (index, line) in lines.enumerated() {
            let dy = index == 0 ? "0" : number(lineHeight)
            out += "<tspan x=\"\(number(x))\" dy=\"\(dy)\">" + HTMLEscaping.line(line) + "</tspan>"
        }
        return out + "</text>"
    }

    /// A rectangle.
    static func rect(x: Double, y: Double, width: Double, height: Double, attributes: String) -> String {
        "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" height=\"\(number(max(0, height)))\" \(attributes)/>"
    }

    /// A straight line.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, attributes: String) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" \(attributes)/>"
    }

    /// A closed polygon through the points.
    static func polygon(_ points: [(Double, Double)], attributes: String) -> String {
        let list = points.map { number($0.0) + "," + number($0.1) }.joined(separator: " ")
        return "<polygon points=\"\(list)\" \(attributes)/>"
    }

    /// The `<svg>` element: its size, an accessible title and description (both escaped), and the drawing.
    static func svg(id: String, width: Double, height: Double, title: String, description: String,
                    body: [String]) -> String {
        var lines = ["<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" width=\"\(number(width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\">",
                     "<title id=\"\(id)-title\">" + HTMLEscaping.line(title) + "</title>",
                     "<desc id=\"\(id)-desc\">" + HTMLEscaping.line(description) + "</desc>"]
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }
}
