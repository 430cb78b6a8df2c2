/// A chart ready to place on the page: its drawing and the words around it.
struct HTMLChart: Sendable {
    /// The complete `<svg>` element.
    var svg: String
    /// The visible title above the drawing, unescaped (the same as the drawing's accessible title).
    var title: String
    /// The short visible text that says how to read the chart, unescaped.
    var caption: String

    /// The chart as a `<figure>`: title and caption first, then the drawing.
    var html: String {
        "<figure class=\"chart-figure\">\n<figcaption><strong class=\"chart-title\">" + HTMLEscaping.text(title)
            + "</strong> <span class=\"chart-caption\">" + HTMLEscaping.text(caption) + "</span></figcaption>\n"
            + svg + "\n</figure>"
    }
}
