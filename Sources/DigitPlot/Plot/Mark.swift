/// A visual element drawn in data coordinates inside a ``Panel``: a line, a bar, a label…
///
/// A mark reports its data extent, from which the panel infers the axes, and draws itself
/// given the scales. A mark with a name contributes a ``LegendEntry``.
///
/// Laws a conforming mark keeps:
/// - Its ``bounds`` contain everything it draws: every data position it places lies in
///   them, so an inferred domain shows all of the mark. Only sizes in logical units (a
///   text's box, a point's radius, a line's width, a fixed offset) reach beyond them, and
///   a direction the bounds leave `nil` (a rule's length) spans the plot area.
/// - Drawing depends only on the mark and the context: the same mark in the same
///   ``PlotContext`` makes the same calls on the canvas.
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
