import FoundationEssentials

/// The file formats a figure can be written in, chosen by the output's extension.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Portable Network Graphics: a raster at `scale` device pixels per logical unit.
    case png
    /// Scalable Vector Graphics, sized in points.
    case svg
    /// Portable Document Format, sized in points.
    case pdf

    /// The format named by a file's extension (case-insensitive).
    /// - Throws: ``PlotError/unsupportedFormat(extension:path:)`` for any other extension.
    public init(url: URL) throws {
        let ext = url.pathExtension.lowercased()
        guard let format = OutputFormat(rawValue: ext) else {
            throw PlotError.unsupportedFormat(extension: url.pathExtension, path: url.path)
        }
        self = format
    }

    /// Whether the format is a raster (pixels) rather than vectors.
    public var isRaster: Bool { self == .png }
}
