import CCairo
import Foundation

/// A drawing surface: the backend every chart draws on, in logical units (pixels at 100 dpi).
///
/// The surface type follows the output format: an RGB image for PNG (`scale` device pixels
/// per logical unit), an SVG or PDF document sized in points (72 per inch, so a 1500-unit
/// width is 1080 pt). The canvas owns its Cairo surface and context, frees them when
/// released, and is not `Sendable`: create, draw and finish it on one task.
///
/// Text uses Cairo's text API with fontconfig ("DejaVu Sans"), hinting off so text is
/// measured the same in every format.
public final class Canvas {
    /// The format this canvas produces.
    public let format: OutputFormat
    /// Logical size.
    public let size: Size
    /// Device pixels per logical unit for rasters (the PNG `scale`); 1 for vector formats.
    public let pixelDensity: Double

    private let surface: OpaquePointer
    private let context: OpaquePointer
    private let sink = ByteSink()
    private let title: String?
    private var fontMetrics: [Font: (capHeight: Double, descent: Double)] = [:]
    private var isFinished = false
    /// Every text drawn so far and its bounding box, to check that nothing is clipped or overlaps.
    private(set) var textBoxes: [(text: String, box: Rect)] = []

    /// Creates a blank canvas filled with `background`.
    ///
    /// - Parameters:
    ///   - format: the output format.
    ///   - size: logical size; each side must be positive.
    ///   - scale: device pixels per logical unit for PNG (2 doubles the pixel count per side);
    ///     ignored by SVG and PDF, whose sizes are in points.
    ///   - title: the document's title: an SVG `<title>` element, the PDF's Title metadata.
    ///   - background: the fill of the whole canvas.
    public init(format: OutputFormat, size: Size, scale: Double = 1, title: String? = nil, background: Color = .white) throws {
        precondition(size.width > 0 && size.height > 0, "canvas size must be positive")
        precondition(scale > 0, "scale must be positive")
        self.format = format
        self.size = size
        self.title = title
        let points = 72.0 / 100.0
        let surface: OpaquePointer
        switch format {
        case .png:
            pixelDensity = scale
            surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded()), Int32((size.height * scale).rounded()))
        case .svg:
            pixelDensity = 1
            surface = cairo_svg_surface_create_for_stream(
                ByteSink.write, sink.opaque, size.width * points, size.height * points)
        case .pdf:
            pixelDensity = 1
            surface = cairo_pdf_surface_create_for_stream(
                ByteSink.write, sink.opaque, size.width * points, size.height * points)
            // A fixed date keeps the file byte-identical from run to run.
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "DigitPlot")
            if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        }
        self.surface = surface
        self.context = cairo_create(surface)
        try Canvas.check(cairo_status(context))
        let unit = format.isRaster ? scale : points
        cairo_scale(context, unit, unit)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        fill(Rect(size: size), background)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// The whole canvas.
    public var bounds: Rect { Rect(size: size) }

    // MARK: Shapes

    /// Fills a rectangle.
    public func fill(_ rect: Rect, _ color: Color) {
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        fillPath(color)
    }

    /// Fills a rectangle with rounded corners.
    public func fill(_ rect: Rect, cornerRadius: Double, _ color: Color) {
        addRoundedRect(rect, cornerRadius)
        fillPath(color)
    }

    /// Strokes a rectangle's outline, optionally with rounded corners.
    public func stroke(_ rect: Rect, cornerRadius: Double = 0, _ color: Color, style: StrokeStyle = .hairline) {
        addRoundedRect(rect, cornerRadius)
        stroke(color, style)
    }

    /// Fills a closed polygon.
    public func fill(polygon points: [Point], _ color: Color) {
        addPolyline(points)
        cairo_close_path(context)
        fillPath(color)
    }

    /// Strokes connected line segments; each inner array is one unconnected run.
    public func stroke(polylines: [[Point]], _ color: Color, style: StrokeStyle) {
        for run in polylines where run.count > 1 { addPolyline(run) }
        stroke(color, style)
    }

    /// Strokes one straight segment.
    public func strokeLine(from start: Point, to end: Point, _ color: Color, style: StrokeStyle = .hairline) {
        stroke(polylines: [[start, end]], color, style: style)
    }

    /// Fills a circle.
    public func fillCircle(center: Point, radius: Double, _ color: Color) {
        cairo_new_sub_path(context)
        cairo_arc(context, center.x, center.y, radius, 0, 2 * .pi)
        fillPath(color)
    }

    /// Strokes a circle's outline.
    public func strokeCircle(center: Point, radius: Double, _ color: Color, style: StrokeStyle = .hairline) {
        cairo_new_sub_path(context)
        cairo_arc(context, center.x, center.y, radius, 0, 2 * .pi)
        stroke(color, style)
    }

    /// Draws an image of `0x00RRGGBB` pixels (row-major, top row first) stretched over `rect`,
    /// each pixel a sharp-edged block.
    ///
    /// PNG output paints the image with nearest-neighbour sampling. SVG and PDF get one
    /// rectangle per run of equal pixels in a row instead, since their viewers may smooth a
    /// stretched image into a blur; each block overlaps its right and lower neighbours by a
    /// hair so that anti-aliasing viewers show no seams.
    public func drawImage(pixels: [UInt32], width: Int, height: Int, in rect: Rect) {
        precondition(pixels.count == width * height && width > 0 && height > 0, "image size mismatch")
        guard format.isRaster else {
            drawBlocks(pixels: pixels, width: width, height: height, in: rect)
            return
        }
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        defer { cairo_surface_destroy(image) }
        let stride = Int(cairo_image_surface_get_stride(image))
        cairo_surface_flush(image)
        if let base = cairo_image_surface_get_data(image) {
            base.withMemoryRebound(to: UInt8.self, capacity: stride * height) { bytes in
                for row in 0..<height {
                    let line = UnsafeMutableRawPointer(bytes + row * stride).assumingMemoryBound(to: UInt32.self)
                    for column in 0..<width { line[column] = pixels[row * width + column] }
                }
            }
        }
        cairo_surface_mark_dirty(image)
        cairo_save(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        cairo_translate(context, rect.x, rect.y)
        cairo_scale(context, rect.width / Double(width), rect.height / Double(height))
        cairo_set_source_surface(context, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_NEAREST)
        cairo_paint(context)
        cairo_restore(context)
    }

    /// The vector form of `drawImage`: a rectangle per run of equal pixels in a row.
    private func drawBlocks(pixels: [UInt32], width: Int, height: Int, in rect: Rect) {
        let cellWidth = rect.width / Double(width)
        let cellHeight = rect.height / Double(height)
        let overlap = 0.3
        for row in 0..<height {
            var start = 0
            while start < width {
                let pixel = pixels[row * width + start]
                var end = start + 1
                while end < width && pixels[row * width + end] == pixel { end += 1 }
                let block = Rect(
                    x: rect.x + Double(start) * cellWidth, y: rect.y + Double(row) * cellHeight,
                    width: Double(end - start) * cellWidth + (end < width ? overlap : 0),
                    height: cellHeight + (row < height - 1 ? overlap : 0))
                fill(block, Color(hex: pixel))
                start = end
            }
        }
    }

    /// Runs `body` with drawing restricted to `rect`.
    public func clipped(to rect: Rect, _ body: () -> Void) {
        cairo_save(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        body()
        cairo_restore(context)
    }

    /// `value` moved to the nearest position where a line of `lineWidth` covers whole device
    /// pixels, so axis lines stay crisp in PNG; vector formats are left untouched.
    public func snap(_ value: Double, lineWidth: Double) -> Double {
        guard format.isRaster else { return value }
        let deviceWidth = max(1, (lineWidth * pixelDensity).rounded())
        let offset = deviceWidth.truncatingRemainder(dividingBy: 2) == 1 ? 0.5 : 0
        return ((value * pixelDensity - offset).rounded() + offset) / pixelDensity
    }

    // MARK: Text

    /// Measures one line of text.
    public func measure(_ text: String, font: Font) -> TextMetrics {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        let metrics = verticalMetrics(font)
        return TextMetrics(width: extents.x_advance, capHeight: metrics.capHeight, descent: metrics.descent)
    }

    /// Draws one line of text with its `anchor` point at `position`, turned by `rotation`
    /// radians (negative is counter-clockwise: −π/2 reads bottom to top).
    public func draw(
        _ text: String, at position: Point, font: Font, color: Color,
        anchor: TextAnchor = TextAnchor(.leading, .baseline), rotation: Double = 0
    ) {
        let metrics = measure(text, font: font)
        let dx: Double
        switch anchor.horizontal {
        case .leading: dx = 0
        case .center: dx = -metrics.width / 2
        case .trailing: dx = -metrics.width
        }
        let dy: Double
        switch anchor.vertical {
        case .top: dy = metrics.capHeight
        case .center: dy = metrics.capHeight / 2
        case .baseline: dy = 0
        case .bottom: dy = -metrics.descent
        }
        recordBox(of: text, metrics: metrics, origin: Point(x: dx, y: dy), at: position, rotation: rotation)
        cairo_save(context)
        cairo_translate(context, position.x, position.y)
        if rotation != 0 { cairo_rotate(context, rotation) }
        cairo_move_to(context, dx, dy)
        setSource(color)
        cairo_show_text(context, text)
        cairo_new_path(context)
        cairo_restore(context)
    }

    // MARK: Output

    /// Ends drawing and returns the encoded file.
    ///
    /// SVG output is normalised (see ``SVGNormalizer``) so that it depends only on what was
    /// drawn, not on how many surfaces the process created before.
    public func finish() throws -> Data {
        precondition(!isFinished, "a canvas can be finished once")
        isFinished = true
        // A drawing step that failed (an image past Cairo's 32,767 pixels a side) leaves
        // the context in error and the output blank: report it instead of a blank figure.
        try Canvas.check(cairo_status(context))
        switch format {
        case .png:
            cairo_surface_flush(surface)
            try Canvas.check(cairo_surface_status(surface))
            guard let pixels = cairo_image_surface_get_data(surface) else { throw PlotError.cairo("no image data") }
            return PNGEncoder.encode(
                pixels: UnsafeRawPointer(pixels), stride: Int(cairo_image_surface_get_stride(surface)),
                width: Int(cairo_image_surface_get_width(surface)), height: Int(cairo_image_surface_get_height(surface)),
                dotsPerInch: 100 * pixelDensity)
        case .pdf:
            cairo_surface_finish(surface)
            try Canvas.check(cairo_surface_status(surface))
            return sink.data
        case .svg:
            cairo_surface_finish(surface)
            try Canvas.check(cairo_surface_status(surface))
            return SVGNormalizer.normalize(sink.data, title: title)
        }
    }

    // MARK: Private

    private func select(_ font: Font) {
        cairo_select_font_face(
            context, font.family, CAIRO_FONT_SLANT_NORMAL,
            font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, font.pixelSize)
    }

    /// Cap height (of "H") and descent for a font, cached; assumes `font` is selected.
    private func verticalMetrics(_ font: Font) -> (capHeight: Double, descent: Double) {
        if let cached = fontMetrics[font] { return cached }
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, "H", &extents)
        var fontExtents = cairo_font_extents_t()
        cairo_font_extents(context, &fontExtents)
        let metrics = (capHeight: -extents.y_bearing, descent: fontExtents.descent)
        fontMetrics[font] = metrics
        return metrics
    }

    /// Records the canvas-aligned box around a text whose baseline starts at `origin` in the
    /// text's own frame, turned by `rotation` about `position`.
    private func recordBox(of text: String, metrics: TextMetrics, origin: Point, at position: Point, rotation: Double) {
        let corners = [
            Point(x: origin.x, y: origin.y - metrics.capHeight), Point(x: origin.x + metrics.width, y: origin.y - metrics.capHeight),
            Point(x: origin.x, y: origin.y + metrics.descent), Point(x: origin.x + metrics.width, y: origin.y + metrics.descent),
        ].map { corner in
            Point(
                x: position.x + corner.x * cos(rotation) - corner.y * sin(rotation),
                y: position.y + corner.x * sin(rotation) + corner.y * cos(rotation))
        }
        let xs = corners.map(\.x)
        let ys = corners.map(\.y)
        textBoxes.append((text, Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)))
    }

    private func addPolyline(_ points: [Point]) {
        guard let first = points.first else { return }
        cairo_move_to(context, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(context, point.x, point.y) }
    }

    private func addRoundedRect(_ rect: Rect, _ radius: Double) {
        let r = min(radius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
            return
        }
        cairo_new_sub_path(context)
        cairo_arc(context, rect.maxX - r, rect.minY + r, r, -.pi / 2, 0)
        cairo_arc(context, rect.maxX - r, rect.maxY - r, r, 0, .pi / 2)
        cairo_arc(context, rect.minX + r, rect.maxY - r, r, .pi / 2, .pi)
        cairo_arc(context, rect.minX + r, rect.minY + r, r, .pi, 3 * .pi / 2)
        cairo_close_path(context)
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    private func fillPath(_ color: Color) {
        setSource(color)
        cairo_fill(context)
    }

    private func stroke(_ color: Color, _ style: StrokeStyle) {
        setSource(color)
        cairo_set_line_width(context, style.width)
        style.dash.withUnsafeBufferPointer { cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(context)
    }

    private static func check(_ status: cairo_status_t) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
    }
}
