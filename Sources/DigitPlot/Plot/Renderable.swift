import DigitAudio
import FoundationEssentials

/// Anything that draws a complete figure: a ``Figure`` or one of the charts.
///
/// A conforming type says its natural size and draws itself on a ``DrawingBackend``; rendering to
/// a file or to bytes in any ``OutputFormat`` comes with the protocol.
///
/// Law: the same value, size and scale give the same bytes, in every format, in any
/// process and whatever was rendered before. A conforming type's `draw(on:)` therefore
/// depends only on the value and the canvas' size, never on the clock, randomness or
/// state kept between calls.
public protocol Renderable: Sendable {
    /// The size used when `render` is given none.
    var defaultSize: Size { get }
    /// The figure's title, stored in SVG (`<title>`) and PDF (Title) output.
    var documentTitle: String? { get }
    /// Colors and fonts.
    var theme: Theme { get set }
    /// Draws the figure over the whole canvas (already filled with the theme's background).
    func draw(on canvas: any DrawingBackend)
    /// The same figure titled `title` (its first panel's title and the document's title);
    /// by default the figure itself, for figures without a title to replace.
    func retitled(_ title: String) -> any Renderable
}

extension Renderable {
    /// A figure without a title to replace keeps its own.
    public func retitled(_ title: String) -> any Renderable { self }

    /// The same figure in `theme` and titled `title`, each when given: matplotlib's style
    /// sheets and `title`. The theme is set before the figure is composed, so every color
    /// drawn from it follows.
    public func restyled(title: String? = nil, theme: Theme? = nil) -> any Renderable {
        var copy = self
        if let theme { copy.theme = theme }
        return title.map { copy.retitled($0) } ?? copy
    }

    /// The encoded file: PNG, SVG or PDF.
    ///
    /// The same figure, size and scale always give the same bytes.
    /// - Parameters:
    ///   - format: the output format.
    ///   - size: logical size (pixels at 100 dpi); `defaultSize` when `nil`.
    ///   - scale: PNG pixels per logical unit (2 doubles the density); ignored by SVG and PDF.
    public func data(format: OutputFormat, size: Size? = nil, scale: Double = 1) throws -> Data {
        let canvas = try CairoBackend(
            format: format, size: size ?? defaultSize, scale: scale,
            title: documentTitle, background: theme.background)
        draw(on: canvas)
        return try canvas.finish()
    }

    /// Writes the figure to `url`, in the format its extension names (`.png`, `.svg`, `.pdf`).
    ///
    /// The file is written atomically: a reader never sees a partial figure.
    /// - Throws: ``PlotError/unsupportedFormat(extension:path:)`` for another extension,
    ///   `FileFormatError` naming `url` when its folder is missing or cannot take the file.
    public func render(to url: URL, size: Size? = nil, scale: Double = 1) throws {
        let format = try OutputFormat(url: url)
        try AtomicFile.write(to: url) { temporary in try data(format: format, size: size, scale: scale).write(to: temporary) }
    }
}
