/// A series drawn as a polyline through (x, y) points; a non-finite value breaks the line.
public struct LineMark: Mark {
    /// Horizontal positions.
    public var x: [Double] { didSet { bounds = Self.bounds(x: x, y: y) } }
    /// Vertical positions, one per `x`.
    public var y: [Double] { didSet { bounds = Self.bounds(x: x, y: y) } }
    /// The extent of the points whose coordinates are both finite (kept up to date, as
    /// layout asks for it several times and a line may hold 100,000 points).
    public private(set) var bounds: DataBounds
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
        self.bounds = Self.bounds(x: x, y: y)
        self.name = name
        self.color = color
        self.style = style
    }

    /// Creates a line through `(0, y[0]), (1, y[1]), …`.
    public init(y: [Double], name: String? = nil, color: Color = Palette.tab10(0), style: StrokeStyle = .line) {
        self.init(x: y.indices.map(Double.init), y: y, name: name, color: color, style: style)
    }

    /// The extent of the points (up to the shorter array's length) whose coordinates are both finite.
    static func bounds(x: [Double], y: [Double]) -> DataBounds {
        var (lowX, highX, lowY, highY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                for index in 0..<min(xs.count, ys.count) where xs[index].isFinite && ys[index].isFinite {
                    (lowX, highX) = (min(lowX, xs[index]), max(highX, xs[index]))
                    (lowY, highY) = (min(lowY, ys[index]), max(highY, ys[index]))
                }
            }
        }
        return lowX <= highX ? DataBounds(x: lowX...highX, y: lowY...highY) : DataBounds(x: nil, y: nil)
    }

    /// A line symbol in the series' color and style, when named.
    public var legendEntry: LegendEntry? {
        name.map { LegendEntry(label: $0, color: color, symbol: .line(style)) }
    }

    /// Strokes each run of finite points. A line with more than four points per pixel column
    /// of the plot is drawn as what its polyline would paint: per column the span between its
    /// lowest and highest point (``ColumnExtremes``), filled as a band whose edges are stroked
    /// at the line's width, in time bounded by the plot's width.
    public func draw(in context: PlotContext) {
        if x.count > 4 * max(Int(context.plotArea.width), 1) {
            for run in ColumnExtremes.runs(x: x, y: y, map: context.point) {
                let upper = run.map { Point(x: $0.x, y: $0.low) }
                let lower = run.map { Point(x: $0.x, y: $0.high) }
                if run.count > 1 { context.canvas.fill(polygon: upper + lower.reversed(), color) }
                context.canvas.stroke(polylines: run.count > 1 ? [upper, lower] : [upper + lower], color, style: style)
            }
            return
        }
        var runs: [[Point]] = [[]]
        for (px, py) in zip(x, y) {
            if px.isFinite && py.isFinite {
                runs[runs.count - 1].append(context.point(px, py))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        context.canvas.stroke(polylines: runs, color, style: style)
    }
}
