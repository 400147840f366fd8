/// A visual element drawn in data coordinates inside a ``Panel``: a line, a bar, a label…
///
/// A mark reports its data extent, from which the panel infers the axes, and draws itself
/// given the scales. A mark with a name contributes a ``LegendEntry``.
public protocol Mark: Sendable {
    /// The data extent the axes must show.
    var bounds: DataBounds { get }
    /// The legend row for this mark, or `nil` (the default) for none.
    var legendEntry: LegendEntry? { get }
    /// Draws the mark; the canvas is clipped to the plot area.
    func draw(in context: PlotContext)
}

extension Mark {
    /// No legend row.
    public var legendEntry: LegendEntry? { nil }
}
