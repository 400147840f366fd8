import FoundationEssentials

/// Why a figure could not be rendered or written.
public enum PlotError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The output's extension names no supported format.
    case unsupportedFormat(extension: String, path: String)
    /// Cairo reported an error.
    case cairo(String)

    /// A one-line explanation naming the offending path or extension.
    public var description: String {
        switch self {
        case let .unsupportedFormat(ext, path):
            let shown = ext.isEmpty ? "no extension" : "extension '.\(ext)'"
            return "cannot write \(path): \(shown) is not supported (use .png, .svg or .pdf)"
        case let .cairo(message):
            return "cairo error: \(message)"
        }
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }
}
