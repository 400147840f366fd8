import ArgumentParser
import DigitPlot
import Foundation

/// How figures are written: format and pixel density.
struct RenderOptions: ParsableArguments {
    @Option(name: .long, help: "The file format (default: the output's extension; png for folders).")
    var format: OutputFormat?

    @Option(name: .long, help: "Pixel density: 2 doubles a PNG's pixels (vector formats keep their size).")
    var scale: Double = 1

    func validate() throws {
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be between 0 and 8") }
    }

    /// The format of files written into a folder.
    var folderFormat: OutputFormat { format ?? .png }

    /// Writes one figure to `path`; with --format, the extension must agree or be absent.
    func write(_ chart: some Renderable, to path: String) throws {
        var url = URL(fileURLWithPath: path)
        if let format {
            if url.pathExtension.isEmpty {
                url.appendPathExtension(format.rawValue)
            } else if url.pathExtension.lowercased() != format.rawValue {
                throw ValidationError("--format \(format) does not match the output's extension '.\(url.pathExtension)'")
            }
        }
        try chart.render(to: url, scale: scale)
    }

    /// Writes `name`.ext into `folder`, creating the folder if needed, and returns the path.
    @discardableResult
    func write(_ chart: some Renderable, named name: String, in folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = URL(fileURLWithPath: folder).appendingPathComponent("\(name).\(folderFormat.rawValue)").path
        try chart.render(to: URL(fileURLWithPath: path), scale: scale)
        return path
    }

    /// Writes every figure of `set` into `folder` as `name`.ext, on all cores, and returns the paths in order.
    @discardableResult
    func write(_ set: FigureSet, in folder: String) throws -> [String] {
        try set.render(into: URL(fileURLWithPath: folder), format: folderFormat, scale: scale).map(\.path)
    }
}

extension OutputFormat: ExpressibleByArgument {}
