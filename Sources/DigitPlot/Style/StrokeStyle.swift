/// How a line is stroked: width and dash pattern, in logical units.
public struct StrokeStyle: Sendable, Hashable {
    /// Line width.
    public var width: Double
    /// Alternating on/off lengths; empty for a solid line.
    public var dash: [Double]

    /// Creates a stroke style.
    public init(width: Double, dash: [Double] = []) {
        self.width = width
        self.dash = dash
    }

    /// matplotlib's default data line: 1.5 pt.
    public static let line = StrokeStyle(width: 1.5 * 100 / 72)
    /// A thin solid line of one logical pixel.
    public static let hairline = StrokeStyle(width: 1)
    /// matplotlib's `--` style at the default line width.
    public static let dashed = StrokeStyle(width: 1.5 * 100 / 72, dash: [7.7, 3.3])
}
