import CCairo
import FoundationEssentials

/// The Cairo drawing backend: draws into a PNG, SVG or PDF file's surface.
///
/// The surface type follows the output format: an RGB image for PNG (`scale` device pixels
/// per logical unit), an SVG or PDF document sized in points (72 per inch, so a 1500-unit
/// width is 1080 pt). The canvas owns its Cairo surface and context, frees them when
/// released, and is not `Sendable`: create, draw and finish it on one task.
///
/// Text uses Cairo's text API with fontconfig ("DejaVu Sans"), hinting off so text is
/// measured the same in every format.
public final class CairoBackend: DrawingBackend {
    /// The format this canvas produces.
    public let format: OutputFormat
    /// Logical size (of the current page, for a PDF of several).
    public private(set) var size: Size
    /// Device pixels per logical unit for PNG (its `scale`); `nil` for SVG and PDF.
    public let rasterDensity: Double?

    private let surface: OpaquePointer
    private let context: OpaquePointer
    private let sink = ByteSink()
    private let title: String?
    private var fontMetrics: [Font: (capHeight: Double, descent: Double)] = [:]
    private var isFinished = false

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
        precondition(size.width > 0 && size.height > 0, "the size must be positive")
        precondition(scale > 0, "scale must be positive")
        self.format = format
        self.size = size
        self.title = title
        let points = 72.0 / 100.0
        let surface: OpaquePointer
        switch format {
        case .png:
            rasterDensity = scale
            surface = cairo_image_surface_create(
                CAIRO_FORMAT_RGB24, Int32((size.width * scale).rounded()), Int32((size.height * scale).rounded()))
        case .svg:
            rasterDensity = nil
            surface = cairo_svg_surface_create_for_stream(
                ByteSink.write, sink.opaque, size.width * points, size.height * points)
        case .pdf:
            rasterDensity = nil
            surface = cairo_pdf_surface_create_for_stream(
                ByteSink.write, sink.opaque, size.width * points, size.height * points)
            // A fixed date keeps the file byte-identical from run to run.
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "DigitPlot")
            if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        }
        self.surface = surface
        self.context = cairo_create(surface)
        try Self.check(cairo_status(context))
        let unit = format.isRaster ? scale : points
        cairo_scale(context, unit, unit)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        fill(.rect(Rect(size: size)), background)
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    // MARK: Drawing primitives

    public func fill(_ path: Path, _ color: Color) {
        add(path)
        setSource(color)
        cairo_fill(context)
    }

    public func stroke(_ path: Path, _ color: Color, style: StrokeStyle) {
        add(path)
        setSource(color)
        cairo_set_line_width(context, style.width)
        style.dash.withUnsafeBufferPointer { cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(context)
    }

    /// PNG output paints the image with nearest-neighbour sampling; SVG and PDF get
    /// ``DrawingBackend/drawImageAsBlocks(pixels:width:height:in:)``.
    public func drawImage(pixels: [UInt32], width: Int, height: Int, in rect: Rect) {
        precondition(pixels.count == width * height && width > 0 && height > 0, "image size mismatch")
        guard format.isRaster else {
            drawImageAsBlocks(pixels: pixels, width: width, height: height, in: rect)
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

    public func clipped(to rect: Rect, _ body: () -> Void) {
        cairo_save(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        body()
        cairo_restore(context)
    }

    // MARK: Text

    public func measure(_ text: String, font: Font) -> TextMetrics {
        select(font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        let metrics = verticalMetrics(font)
        return TextMetrics(width: extents.x_advance, capHeight: metrics.capHeight, descent: metrics.descent)
    }

    public func drawText(_ text: String, at position: Point, font: Font, color: Color, anchor: TextAnchor, rotation: Double) {
        let offset = anchor.baselineOffset(for: measure(text, font: font))
        cairo_save(context)
        cairo_translate(context, position.x, position.y)
        if rotation != 0 { cairo_rotate(context, rotation) }
        cairo_move_to(context, offset.x, offset.y)
        setSource(color)
        cairo_show_text(context, text)
        cairo_new_path(context)
        cairo_restore(context)
    }

    // MARK: Pages

    /// PDF only: ends the current page and starts a new one of `size`, filled with
    /// `background`, so that one document holds several figures (matplotlib's `PdfPages`).
    public func startNewPage(size: Size, background: Color) {
        precondition(format == .pdf && !isFinished, "pages are for an unfinished PDF")
        precondition(size.width > 0 && size.height > 0, "the size must be positive")
        cairo_show_page(context)
        cairo_pdf_surface_set_size(surface, size.width * 72 / 100, size.height * 72 / 100)
        self.size = size
        fill(.rect(Rect(size: size)), background)
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
        try Self.check(cairo_status(context))
        switch format {
        case .png:
            cairo_surface_flush(surface)
            try Self.check(cairo_surface_status(surface))
            guard let pixels = cairo_image_surface_get_data(surface) else { throw PlotError.cairo("no image data") }
            return PNGEncoder.encode(
                pixels: UnsafeRawPointer(pixels), stride: Int(cairo_image_surface_get_stride(surface)),
                width: Int(cairo_image_surface_get_width(surface)), height: Int(cairo_image_surface_get_height(surface)),
                dotsPerInch: 100 * (rasterDensity ?? 1))
        case .pdf:
            cairo_surface_finish(surface)
            try Self.check(cairo_surface_status(surface))
            return sink.data
        case .svg:
            cairo_surface_finish(surface)
            try Self.check(cairo_surface_status(surface))
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

    private func add(_ path: Path) {
        var previous: Path.Element?
        for element in path.elements {
            switch element {
            case .move(let point): cairo_move_to(context, point.x, point.y)
            case .line(let point): cairo_line_to(context, point.x, point.y)
            case let .arc(center, radius, start, end):
                if previous == nil || previous == .close { cairo_new_sub_path(context) }
                cairo_arc(context, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(context)
            }
            previous = element
        }
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    private static func check(_ status: cairo_status_t) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
    }
}
