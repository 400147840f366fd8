import ArgumentParser
import DigitPlot
import Foundation
import Synchronization

/// How figures are written: format and pixel density.
struct FigureOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("png, svg or pdf (default: the output's extension; png for folders).", valueName: "format"))
    var format: String?

    @Option(name: .long, help: "Pixel density: 2 doubles a PNG's pixels (vector formats keep their size).")
    var scale: Double = 1

    func validate() throws {
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("--format must be png, svg or pdf, not '\(format)'")
        }
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be between 0 and 8") }
    }

    /// The extension of files written into a folder.
    var folderExtension: String { format?.lowercased() ?? "png" }

    /// Writes one figure to `path`; with --format, the extension must agree or be absent.
    func write(_ chart: some Renderable, to path: String) throws {
        var url = URL(fileURLWithPath: path)
        if let format {
            if url.pathExtension.isEmpty {
                url.appendPathExtension(format.lowercased())
            } else if url.pathExtension.lowercased() != format.lowercased() {
                throw ValidationError("--format \(format) does not match the output's extension '.\(url.pathExtension)'")
            }
        }
        try chart.render(to: url, scale: scale)
    }

    /// Writes `name`.ext into `folder`, creating the folder if needed, and returns the path.
    @discardableResult
    func write(_ chart: some Renderable, named name: String, in folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = URL(fileURLWithPath: folder).appendingPathComponent("\(name).\(folderExtension)").path
        try chart.render(to: URL(fileURLWithPath: path), scale: scale)
        return path
    }

    /// Writes every figure into `folder` as `name`.ext, on all cores, and returns the paths
    /// in order. The first error, if any, is thrown after every figure has been tried.
    @discardableResult
    func write(_ figures: [(name: String, chart: any Renderable)], in folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let paths = figures.map { URL(fileURLWithPath: folder).appendingPathComponent("\($0.name).\(folderExtension)").path }
        let errors = Mutex<[Int: Error]>([:])
        let scale = scale
        DispatchQueue.concurrentPerform(iterations: figures.count) { i in
            do {
                try figures[i].chart.render(to: URL(fileURLWithPath: paths[i]), scale: scale)
            } catch {
                errors.withLock { $0[i] = error }
            }
        }
        if let first = errors.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
        return paths
    }
}
