/// A figure's extent in logical units: pixels at 100 dpi, as matplotlib counts them.
///
/// A 1500 × 500 figure is 15 × 5 inches: 1500 × 500 PNG pixels at scale 1, 3000 × 1000 at
/// scale 2, and 1080 × 360 points in SVG and PDF.
public struct Size: Sendable, Hashable {
    /// Horizontal extent.
    public var width: Double
    /// Vertical extent.
    public var height: Double

    /// Creates a size.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}
