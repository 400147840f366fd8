/// What a mark is given to draw: the canvas, the plot area and the scales into it.
public struct PlotContext {
    /// The canvas to draw on (drawing is clipped to `plotArea`).
    public let canvas: any DrawingBackend
    /// The rectangle inside the panel's frame.
    public let plotArea: Rect
    /// Data x to canvas x.
    public let x: LinearScale
    /// Data y to canvas y.
    public let y: LinearScale
    /// Colors and fonts.
    public let theme: Theme

    /// The canvas position of a data point.
    public func point(_ x: Double, _ y: Double) -> Point {
        Point(x: self.x(x), y: self.y(y))
    }

    /// The canvas rectangle spanned by two data corners (any order).
    public func rect(x0: Double, x1: Double, y0: Double, y1: Double) -> Rect {
        let (a, b) = (point(x0, y0), point(x1, y1))
        return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }
}
