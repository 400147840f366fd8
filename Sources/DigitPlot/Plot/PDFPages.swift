import DigitAudio
import FoundationEssentials

/// Several figures as one PDF document, one page each, as matplotlib's `PdfPages`: each
/// page has its figure's size (or the size given) and background.
public struct PDFPages: Sendable {
    /// The figures, one per page, in order.
    public var pages: [any Renderable]
    /// The document's title (PDF Title metadata); the first page's title when `nil`.
    public var title: String?

    /// A document of `pages`; at least one.
    public init(_ pages: [any Renderable], title: String? = nil) {
        precondition(!pages.isEmpty, "a document needs a page")
        self.pages = pages
        self.title = title
    }

    /// The PDF file's bytes; the same pages always give the same bytes.
    /// - Parameter size: every page's logical size; each figure's `defaultSize` when `nil`.
    public func data(size: Size? = nil) throws -> Data {
        let first = pages[0]
        let canvas = try CairoBackend(format: .pdf, size: size ?? first.defaultSize,
                                      title: title ?? first.documentTitle, background: first.theme.background)
        first.draw(on: canvas)
        for page in pages.dropFirst() {
            canvas.startNewPage(size: size ?? page.defaultSize, background: page.theme.background)
            page.draw(on: canvas)
        }
        return try canvas.finish()
    }

    /// Writes the document to `url` atomically.
    public func write(to url: URL, size: Size? = nil) throws {
        try AtomicFile.write(to: url) { temporary in try data(size: size).write(to: temporary) }
    }
}
