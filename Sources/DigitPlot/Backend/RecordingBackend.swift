/// A drawing backend that draws nothing and records every call, for tests of charts and
/// layout that need no Cairo.
///
/// Text is measured by the function given at creation: by default an approximation of
/// DejaVu Sans (each character 0.6 em wide, cap height 0.73 em, descent 0.24 em), or a
/// real backend's `measure` when a test needs real font metrics.
public final class RecordingBackend: DrawingBackend {
    /// One recorded call.
    public enum Operation: Sendable, Hashable {
        /// A filled path.
        case fill(Path, Color)
        /// A stroked path.
        case stroke(Path, Color, StrokeStyle)
        /// A line of text and the box it occupies.
        case text(String, box: Rect, font: Font, color: Color)
        /// An image of `width` × `height` pixels stretched over a rectangle.
        case image(width: Int, height: Int, rect: Rect)
        /// The start of drawing clipped to a rectangle.
        case clip(Rect)
    }

    public let size: Size
    public let rasterDensity: Double?
    /// Every call so far, in order.
    public private(set) var operations: [Operation] = []
    private let measurer: (String, Font) -> TextMetrics

    /// A recorder of the given logical size; `rasterDensity` `nil` behaves as vector output.
    public init(size: Size, rasterDensity: Double? = 1, measure: @escaping (String, Font) -> TextMetrics = RecordingBackend.approximateMetrics) {
        self.size = size
        self.rasterDensity = rasterDensity
        measurer = measure
    }

    /// Every text drawn so far with the box it occupies.
    public var texts: [(text: String, box: Rect)] {
        operations.compactMap { if case let .text(text, box, _, _) = $0 { (text, box) } else { nil } }
    }

    /// Metrics close to DejaVu Sans': 0.6 em per character, cap height 0.73 em, descent 0.24 em.
    public static func approximateMetrics(_ text: String, font: Font) -> TextMetrics {
        TextMetrics(width: 0.6 * font.pixelSize * Double(text.count), capHeight: 0.73 * font.pixelSize, descent: 0.24 * font.pixelSize)
    }

    public func fill(_ path: Path, _ color: Color) {
        operations.append(.fill(path, color))
    }

    public func stroke(_ path: Path, _ color: Color, style: StrokeStyle) {
        operations.append(.stroke(path, color, style))
    }

    public func measure(_ text: String, font: Font) -> TextMetrics {
        measurer(text, font)
    }

    public func drawText(_ text: String, at position: Point, font: Font, color: Color, anchor: TextAnchor, rotation: Double) {
        let box = anchor.box(metrics: measure(text, font: font), at: position, rotation: rotation)
        operations.append(.text(text, box: box, font: font, color: color))
    }

    public func drawImage(pixels: [UInt32], width: Int, height: Int, in rect: Rect) {
        operations.append(.image(width: width, height: height, rect: rect))
    }

    public func clipped(to rect: Rect, _ body: () -> Void) {
        operations.append(.clip(rect))
        body()
    }
}
