import ArgumentParser
import DigitAudio
import DigitPlot
import Foundation

/// `digitviz mfcc FILE… -o DIR`: MFCC heatmaps of recordings.
struct MFCCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mfcc",
        abstract: "Draw the MFCC matrix of each recording as a heatmap: DIR/<name>.png.",
        discussion: "Coefficients (40 by default) against time, in librosa's diverging 'coolwarm' colors centred at zero."
    )

    @Argument(help: ArgumentHelp("Audio files.", valueName: "file"), completion: .file())
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"), completion: .directory)
    var output: String = "mfcc"

    @OptionGroup(title: "Features")
    var features: FeatureOptions

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one audio file") }
    }

    func run() throws {
        let workspace = FeatureWorkspace(configuration: try features.configuration(defaults: .standard))
        for file in files {
            let url = URL(fileURLWithPath: file)
            let matrix = workspace.mfcc(of: try workspace.load(url))
            let name = url.deletingPathExtension().lastPathComponent
            let title = RecordingName(fileName: name).map { "\(MFCCHeatmap.title(digit: $0.digit)) (\(name))" } ?? "MFCC of \(name)"
            print(try figure.write(MFCCHeatmap(matrix: matrix, title: title), named: name, in: output))
        }
    }
}
