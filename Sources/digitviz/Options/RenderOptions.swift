import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

/// How figures are drawn and written: format, size and pixel density, title and theme, with
/// the names matplotlib users know (`figsize` in inches, `dpi`, `title`, a dark style).
/// Left out, each figure keeps its own title and today's pixel size at 100 dpi.
struct RenderOptions: ParsableArguments {
    @Option(name: .long, help: "The file format (default: the output's extension; png for folders).")
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("The figure's width and height in inches, as matplotlib's figsize (default: the figure's own, e.g. 15,10 for curves: 1500×1000 pixels at 100 dpi).", valueName: "w,h"))
    var size: FigureSize?

    @Option(name: .long, help: "Dots per inch of a PNG (default 100); SVG and PDF are sized in points, 72 per inch.")
    var dpi: Double?

    @Option(name: .long, help: "Pixel density: 2 doubles a PNG's pixels (the same as --dpi 200).")
    var scale: Double?

    @Option(name: .long, help: "Colors: light (default) or dark (light text on a near-black background).")
    var theme: ThemeChoice?

    @Option(name: .long, help: "The figure's title, instead of its own (for commands that draw one figure).")
    var title: String?

    func validate() throws {
        if let scale, !(scale > 0 && scale <= 8) { throw ValidationError("--scale must be between 0 and 8") }
        if let dpi, !(dpi >= 10 && dpi <= 800) { throw ValidationError("--dpi must be between 10 and 800") }
        if scale != nil && dpi != nil { throw ValidationError("give --dpi or --scale, not both (--scale 2 is --dpi 200)") }
        if scale != nil && size != nil { throw ValidationError("--size is in inches and goes with --dpi, not --scale") }
        if let size, max(size.width, size.height) * (dpi ?? 100) > 32_767 {
            throw ValidationError("--size \(size) at \(Int(dpi ?? 100)) dpi is over 32,767 pixels a side")
        }
    }

    /// PNG pixels per logical unit (a logical unit is a pixel at 100 dpi).
    var pixelScale: Double { dpi.map { $0 / 100 } ?? scale ?? 1 }

    /// The logical size asked for, or `nil` for each figure's own.
    var logicalSize: Size? { size.map { Size(width: $0.width * 100, height: $0.height * 100) } }

    /// The format of files written into a folder.
    var folderFormat: OutputFormat { format ?? .png }

    /// `chart` with the title and theme asked for.
    func styled(_ chart: any Renderable) -> any Renderable {
        chart.restyled(title: title, theme: theme?.theme)
    }

    /// Writes one figure to `path` (checked by ``FigureOutput/file(for:defaultName:format:)``);
    /// with --format, the extension must agree or be absent.
    func write(_ chart: some Renderable, to path: String) throws {
        try styled(chart).render(to: URL(fileURLWithPath: try fileWithFormat(path)), size: logicalSize, scale: pixelScale)
    }

    /// Writes `figures` where `output` says: each into a folder as `name`.ext (on all cores),
    /// or one file (a PDF page per figure when there are several). Returns the paths written.
    @discardableResult
    func write(_ figures: [(name: String, chart: any Renderable)], to output: FigureOutput) throws -> [String] {
        if title != nil && figures.count > 1 {
            throw InputError("--title names one figure, but there are \(figures.count): draw one, or leave --title out")
        }
        let styled: [(name: String, chart: any Renderable)] = figures.map { ($0.name, self.styled($0.chart)) }
        switch output {
        case .folder(let folder):
            return try FigureSet(figures: styled).render(into: URL(fileURLWithPath: folder), format: folderFormat,
                                                         size: logicalSize, scale: pixelScale).map(\.path)
        case .file(let path):
            let file = try fileWithFormat(path)
            let url = URL(fileURLWithPath: file)
            if styled.count == 1 {
                try styled[0].chart.render(to: url, size: logicalSize, scale: pixelScale)
            } else {
                guard try OutputFormat(url: url) == .pdf else { throw FigureOutput.needsFolderOrPDF(path, count: styled.count) }
                try PDFPages(styled.map(\.chart)).write(to: url, size: logicalSize)
            }
            return [file]
        }
    }

    /// `path`, with --format's extension added when it has none; a different one is an error.
    private func fileWithFormat(_ path: String) throws -> String {
        guard let format else { return path }
        let url = URL(fileURLWithPath: path)
        if url.pathExtension.isEmpty { return path + "." + format.rawValue }
        guard url.pathExtension.lowercased() == format.rawValue else {
            throw ValidationError("--format \(format) does not match the output's extension '.\(url.pathExtension)'")
        }
        return path
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// `--size W,H`: a figure's size in inches.
struct FigureSize: ExpressibleByArgument, CustomStringConvertible, Equatable {
    var width: Double
    var height: Double

    init?(argument: String) {
        let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Double(parts[0]), let height = Double(parts[1]),
              width > 0, height > 0, width <= 100, height <= 100 else { return nil }
        self.width = width
        self.height = height
    }

    var description: String { "\(FormattedNumber.text(width)),\(FormattedNumber.text(height))" }
}

/// `--theme`: the figures' colors.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable {
    case light, dark

    /// The DigitPlot theme.
    var theme: Theme {
        switch self {
        case .light: .standard
        case .dark: .dark
        }
    }
}
