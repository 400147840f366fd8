/// A series drawn as a polyline through (x, y) points; a non-finite value breaks the line.
public struct LineMark: Mark {
    /// Horizontal positions.
    public var x: [Double]
    /// Vertical positions, one per `x`.
    public var y: [Double]
    /// Series name for the legend, or `nil`.
    public var name: String?
    /// Line color.
    public var color: Color
    /// Line width and dashes.
    public var style: StrokeStyle

    /// Creates a line through `zip(x, y)`.
    public init(x: [Double], y: [Double], name: String? = nil, color: Color = Palette.tab10(0), style: StrokeStyle = .line) {
        precondition(x.count == y.count, "x and y differ in length")
        self.x = x
        self.y = y
        self.name = name
        self.color = color
        self.style = style
    }

    /// Creates a line through `(0, y[0]), (1, y[1]), …`.
    public init(y: [Double], name: String? = nil, color: Color = Palette.tab10(0), style: StrokeStyle = .line) {
        self.init(x: y.indices.map(Double.init), y: y, name: name, color: color, style: style)
    }

    /// The extent of the points whose coordinates are both finite.
    public var bounds: DataBounds {
        var (lowX, highX, lowY, highY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
        for index in x.indices where x[index].isFinite && y[index].isFinite {
            (lowX, highX) = (min(lowX, x[index]), max(highX, x[index]))
            (lowY, highY) = (min(lowY, y[index]), max(highY, y[index]))
        }
        return lowX <= highX ? DataBounds(x: lowX...highX, y: lowY...highY) : DataBounds(x: nil, y: nil)
    }

    /// A line symbol in the series' color and style, when named.
    public var legendEntry: LegendEntry? {
        name.map { LegendEntry(label: $0, color: color, symbol: .line(style)) }
    }

    /// Strokes each run of finite points; a run with more than four points per pixel column
    /// of the plot is first thinned by ``ColumnExtremes`` (same picture, bounded work).
    public func draw(in context: PlotContext) {
        var runs: [[Point]] = [[]]
        for (px, py) in zip(x, y) {
            if px.isFinite && py.isFinite {
                runs[runs.count - 1].append(context.point(px, py))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        if x.count > 4 * max(Int(context.plotArea.width), 1) {
            runs = runs.map { ColumnExtremes.reduce($0) }
        }
        context.canvas.stroke(polylines: runs, color, style: style)
    }
}
