/// A line of text at a data point, moved by a fixed offset in logical units.
public struct TextMark: Mark {
    /// The text.
    public var text: String
    /// Horizontal data position.
    public var x: Double
    /// Vertical data position.
    public var y: Double
    /// Which point of the text sits at the position.
    public var anchor: TextAnchor
    /// Shift from the position in logical units (y down), e.g. to sit just above a bar.
    public var offset: Point
    /// Font, or `nil` for the theme's annotation font.
    public var font: Font?
    /// Text color, or `nil` for the theme's foreground.
    public var color: Color?

    /// Creates a text mark.
    public init(
        _ text: String, x: Double, y: Double, anchor: TextAnchor = .center,
        offset: Point = Point(x: 0, y: 0), font: Font? = nil, color: Color? = nil
    ) {
        self.text = text
        self.x = x
        self.y = y
        self.anchor = anchor
        self.offset = offset
        self.font = font
        self.color = color
    }

    /// The anchor point (the text's own size is not data).
    public var bounds: DataBounds { DataBounds(x: x...x, y: y...y) }

    /// Draws the text.
    public func draw(in context: PlotContext) {
        let position = context.point(x, y)
        context.canvas.draw(
            text, at: Point(x: position.x + offset.x, y: position.y + offset.y),
            font: font ?? context.theme.annotationFont, color: color ?? context.theme.foreground, anchor: anchor)
    }
}
