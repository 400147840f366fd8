import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

/// `digitviz mfcc FILE… -o DIR`: MFCC heatmaps of recordings.
struct MFCCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mfcc",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw the MFCC matrix of each recording as a heatmap: mfcc/<name>.png, or the file -o names.",
        discussion: "Coefficients (40 by default) against time, in librosa's diverging 'coolwarm' colors centred at zero."
    )

    @Argument(help: ArgumentHelp("Audio files.", valueName: "file"), completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing; default mfcc/), a .png, .svg or .pdf file for one recording, or a .pdf of one page per recording.", valueName: "dir|file"), completion: .file())
    var output: String = "mfcc"

    @OptionGroup(title: "Features")
    var features: FeatureOptions

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one audio file") }
        if figure.title != nil && files.count > 1 { throw ValidationError("--title names one figure, but there are \(files.count) files") }
    }

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the files written).")
    var quiet = false

    func run() throws {
        let destination = try FigureOutput.resolve(output, count: files.count)
        let workspace = FeatureWorkspace(configuration: try features.configuration(defaults: .standard))
        var figures: [(name: String, chart: any Renderable)] = []
        for file in files {
            let url = URL(fileURLWithPath: file)
            let matrix = workspace.mfcc(of: try workspace.load(url))
            let name = url.deletingPathExtension().lastPathComponent
            let title = RecordingName(fileName: name).map { "\(MFCCHeatmap.title(digit: $0.digit)) (\(name))" } ?? "MFCC of \(name)"
            figures.append((name, MFCCHeatmap(matrix: matrix, title: title)))
        }
        let paths = try figure.write(figures, to: destination)
        if !quiet { for path in paths { print(path) } }
    }
}
