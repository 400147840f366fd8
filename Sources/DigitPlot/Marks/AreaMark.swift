/// A filled band between a lower and an upper series over shared x positions.
public struct AreaMark: Mark {
    /// Horizontal positions.
    public var x: [Double]
    /// Lower edge, one per `x`.
    public var lower: [Double]
    /// Upper edge, one per `x`.
    public var upper: [Double]
    /// Fill color.
    public var color: Color
    /// Series name for the legend, or `nil`.
    public var name: String?

    /// Creates a band; all three arrays have the same length.
    public init(x: [Double], lower: [Double], upper: [Double], color: Color = Palette.tab10(0), name: String? = nil) {
        precondition(x.count == lower.count && x.count == upper.count, "band arrays differ in length")
        self.x = x
        self.lower = lower
        self.upper = upper
        self.color = color
        self.name = name
    }

    /// The extent of the band.
    public var bounds: DataBounds {
        DataBounds(x: DataBounds.range(of: x), y: DataBounds.range(of: lower + upper))
    }

    /// A box in the band's color, when named.
    public var legendEntry: LegendEntry? {
        name.map { LegendEntry(label: $0, color: color, symbol: .box) }
    }

    /// Fills the polygon along `upper` and back along `lower`.
    public func draw(in context: PlotContext) {
        let top = zip(x, upper).map { context.point($0, $1) }
        let bottom = zip(x, lower).reversed().map { context.point($0, $1) }
        context.canvas.fill(polygon: top + bottom, color)
    }
}
