/// A vertical bar from a baseline to a value, centred on a position.
public struct BarMark: Mark {
    /// Centre of the bar.
    public var x: Double
    /// Top (or bottom, for negative values) of the bar.
    public var y: Double
    /// Bar width in data units (0.8 leaves gaps between categories 1 apart, as seaborn).
    public var width: Double
    /// Where the bar starts.
    public var base: Double
    /// Fill color.
    public var color: Color
    /// Series name for the legend, or `nil`.
    public var name: String?

    /// Creates a bar.
    public init(x: Double, y: Double, width: Double = 0.8, base: Double = 0, color: Color = Palette.tab10(0), name: String? = nil) {
        self.x = x
        self.y = y
        self.width = width
        self.base = base
        self.color = color
        self.name = name
    }

    /// The bar's rectangle; the baseline is sticky, so no margin appears below it.
    public var bounds: DataBounds {
        DataBounds(
            x: (x - width / 2)...(x + width / 2), y: min(base, y)...max(base, y), stickyY: [base])
    }

    /// A box in the bar's color, when named.
    public var legendEntry: LegendEntry? {
        name.map { LegendEntry(label: $0, color: color, symbol: .box) }
    }

    /// Fills the bar.
    public func draw(in context: PlotContext) {
        context.canvas.fill(context.rect(x0: x - width / 2, x1: x + width / 2, y0: base, y1: y), color)
    }
}
