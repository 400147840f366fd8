/// What every chart draws on: a surface that fills and strokes paths, measures and draws
/// text, paints images and clips, in logical units (pixels at 100 dpi), the origin at the
/// top left and y growing downwards.
///
/// As in the Rust crate plotters, the backend is kept apart from the chart logic: charts,
/// panels and marks see only this protocol, so ``CairoBackend`` writes PNG, SVG and PDF,
/// and ``RecordingBackend`` records what was drawn for tests that need no Cairo.
/// Convenience shapes (rectangles, circles, lines, pixel snapping) come with the protocol.
///
/// Laws a conforming backend keeps:
/// - Drawing is deterministic: the same calls in the same order give the same output.
/// - `measure` is what `drawText` uses: a text drawn with an anchor occupies exactly the
///   box that ``TextAnchor/box(metrics:at:rotation:)`` gives for the measured metrics.
/// - `clipped(to:_:)` restores the previous clip when `body` returns.
///
/// Backends own non-`Sendable` resources: create, draw on and finish one on one task.
public protocol DrawingBackend: AnyObject {
    /// The logical size of the surface.
    var size: Size { get }
    /// Device pixels per logical unit when the output is a raster image, `nil` for vector
    /// output (lines are snapped to whole pixels only on rasters).
    var rasterDensity: Double? { get }

    /// Fills a path with the nonzero winding rule.
    func fill(_ path: Path, _ color: Color)
    /// Strokes a path.
    func stroke(_ path: Path, _ color: Color, style: StrokeStyle)
    /// Measures one line of text.
    func measure(_ text: String, font: Font) -> TextMetrics
    /// Draws one line of text with its `anchor` point at `position`, turned by `rotation`
    /// radians about it (negative is counter-clockwise: −π/2 reads bottom to top).
    func drawText(_ text: String, at position: Point, font: Font, color: Color, anchor: TextAnchor, rotation: Double)
    /// Draws an image of `0x00RRGGBB` pixels (row-major, top row first) stretched over
    /// `rect`, each pixel a sharp-edged block.
    func drawImage(pixels: [UInt32], width: Int, height: Int, in rect: Rect)
    /// Runs `body` with drawing restricted to `rect`.
    func clipped(to rect: Rect, _ body: () -> Void)
}
