/// A line across the whole plot at one data value: vertical at an x, horizontal at a y.
public struct RuleMark: Mark {
    /// Which way the rule runs.
    public enum Orientation: Sendable, Hashable {
        /// Vertical, at an x value.
        case vertical
        /// Horizontal, at a y value.
        case horizontal
    }

    /// The x (vertical rule) or y (horizontal rule) value.
    public var value: Double
    /// Direction.
    public var orientation: Orientation
    /// Line color.
    public var color: Color
    /// Line width and dashes.
    public var style: StrokeStyle
    /// Legend text, or `nil`.
    public var name: String?

    /// A vertical rule at `x`.
    public init(x: Double, color: Color = .gray, style: StrokeStyle = .dashed, name: String? = nil) {
        self.init(value: x, orientation: .vertical, color: color, style: style, name: name)
    }

    /// A horizontal rule at `y`.
    public init(y: Double, color: Color = .gray, style: StrokeStyle = .dashed, name: String? = nil) {
        self.init(value: y, orientation: .horizontal, color: color, style: style, name: name)
    }

    private init(value: Double, orientation: Orientation, color: Color, style: StrokeStyle, name: String?) {
        self.value = value
        self.orientation = orientation
        self.color = color
        self.style = style
        self.name = name
    }

    /// The rule's value along its axis, so the domain includes it.
    public var bounds: DataBounds {
        orientation == .vertical ? DataBounds(x: value...value, y: nil) : DataBounds(x: nil, y: value...value)
    }

    /// A line symbol in the rule's style, when named.
    public var legendEntry: LegendEntry? {
        name.map { LegendEntry(label: $0, color: color, symbol: .line(style)) }
    }

    /// Strokes the rule from edge to edge of the plot area.
    public func draw(in context: PlotContext) {
        let area = context.plotArea
        let canvas = context.canvas
        switch orientation {
        case .vertical:
            let x = canvas.snap(context.x(value), lineWidth: style.width)
            canvas.strokeLine(from: Point(x: x, y: area.minY), to: Point(x: x, y: area.maxY), color, style: style)
        case .horizontal:
            let y = canvas.snap(context.y(value), lineWidth: style.width)
            canvas.strokeLine(from: Point(x: area.minX, y: y), to: Point(x: area.maxX, y: y), color, style: style)
        }
    }
}
