import ArgumentParser
import DigitAudio
import DigitPlot
import Foundation

/// `digitviz curves LOG -o DIR`: metrics against epochs from a training log.
struct CurvesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curves",
        abstract: "Draw accuracy and loss against epochs from a training log: DIR/accuracy.png, DIR/loss.png.",
        discussion: """
            Reads digitviz's run log, any Keras CSVLogger file, and Keras' console output \
            (model.fit with verbose 1 or 2, progress bars and all). Every metric gets a \
            figure, with its validation twin (val_…) when the log has one; the epoch with \
            the lowest val_loss, whose weights are kept, is marked.
            """
    )

    @Argument(help: ArgumentHelp("A run log, CSVLogger file or saved Keras console output.", valueName: "log"), completion: .file())
    var log: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"), completion: .directory)
    var output: String = "img"

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    func run() throws {
        let history = try RunLogReader.read(contentsOf: URL(fileURLWithPath: log))
        for (metric, chart) in Curves.all(for: history) {
            print(try figure.write(chart, named: metric, in: output))
        }
    }
}
