/// A matrix of values drawn as colored cells: a heatmap's body.
///
/// Row `r` covers the `r`-th slice of `y` from its lower bound and column `c` the `c`-th
/// slice of `x`; whether row 0 appears at the top or bottom follows the y axis' direction.
/// The cells are drawn as one image with sharp edges, so there are no seams between them.
public struct RasterMark: Mark {
    /// `values[row][column]`; every row has the same length.
    public var values: [[Double]]
    /// Horizontal extent of all columns.
    public var x: ClosedRange<Double>
    /// Vertical extent of all rows.
    public var y: ClosedRange<Double>
    /// The color of each value.
    public var colormap: Colormap
    /// Values mapped to the ends of the colormap (others are clamped).
    public var valueDomain: ClosedRange<Double>

    /// Creates a raster.
    public init(values: [[Double]], x: ClosedRange<Double>, y: ClosedRange<Double>, colormap: Colormap, valueDomain: ClosedRange<Double>) {
        precondition(values.allSatisfy { $0.count == values.first?.count }, "ragged matrix")
        self.values = values
        self.x = x
        self.y = y
        self.colormap = colormap
        self.valueDomain = valueDomain
    }

    /// The matrix' extent.
    public var bounds: DataBounds { DataBounds(x: x, y: y) }

    /// Paints the cells as one image.
    public func draw(in context: PlotContext) {
        let rows = values.count
        let columns = values.first?.count ?? 0
        guard rows > 0, columns > 0 else { return }
        let span = valueDomain.upperBound - valueDomain.lowerBound
        let topRowFirst = context.y(y.lowerBound) < context.y(y.upperBound)
        let leftColumnFirst = context.x(x.lowerBound) < context.x(x.upperBound)
        var pixels = [UInt32](repeating: 0, count: rows * columns)
        for row in 0..<rows {
            let screenRow = topRowFirst ? row : rows - 1 - row
            for column in 0..<columns {
                let screenColumn = leftColumnFirst ? column : columns - 1 - column
                let t = span > 0 ? (values[row][column] - valueDomain.lowerBound) / span : 0.5
                pixels[screenRow * columns + screenColumn] = colormap.color(at: t).rgb24
            }
        }
        let area = context.rect(x0: x.lowerBound, x1: x.upperBound, y0: y.lowerBound, y1: y.upperBound)
        context.canvas.drawImage(pixels: pixels, width: columns, height: rows, in: area)
    }
}
