/// A dot at a data point.
public struct PointMark: Mark {
    /// Horizontal position.
    public var x: Double
    /// Vertical position.
    public var y: Double
    /// Radius in logical units.
    public var radius: Double
    /// Fill color.
    public var color: Color
    /// Series name for the legend, or `nil`.
    public var name: String?

    /// Creates a dot.
    public init(x: Double, y: Double, radius: Double = 5, color: Color = Palette.tab10(0), name: String? = nil) {
        self.x = x
        self.y = y
        self.radius = radius
        self.color = color
        self.name = name
    }

    /// The point.
    public var bounds: DataBounds { DataBounds(x: x...x, y: y...y) }

    /// A dot in the mark's color, when named.
    public var legendEntry: LegendEntry? {
        name.map { LegendEntry(label: $0, color: color, symbol: .dot) }
    }

    /// Fills the dot with a thin white ring, so it stands out on a line of its own color.
    public func draw(in context: PlotContext) {
        let center = context.point(x, y)
        context.canvas.fillCircle(center: center, radius: radius + 1.5, .white)
        context.canvas.fillCircle(center: center, radius: radius, color)
    }
}
