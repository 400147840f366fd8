/// A filled rectangle between two x and two y values.
public struct RectangleMark: Mark {
    /// Left (or right) edge.
    public var xStart: Double
    /// The other horizontal edge.
    public var xEnd: Double
    /// Bottom (or top) edge.
    public var yStart: Double
    /// The other vertical edge.
    public var yEnd: Double
    /// Fill color.
    public var color: Color

    /// Creates a rectangle.
    public init(xStart: Double, xEnd: Double, yStart: Double, yEnd: Double, color: Color) {
        self.xStart = xStart
        self.xEnd = xEnd
        self.yStart = yStart
        self.yEnd = yEnd
        self.color = color
    }

    /// The rectangle's extent.
    public var bounds: DataBounds {
        DataBounds(x: min(xStart, xEnd)...max(xStart, xEnd), y: min(yStart, yEnd)...max(yStart, yEnd))
    }

    /// Fills the rectangle.
    public func draw(in context: PlotContext) {
        context.canvas.fill(context.rect(x0: xStart, x1: xEnd, y0: yStart, y1: yEnd), color)
    }
}
