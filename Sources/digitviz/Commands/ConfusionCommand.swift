import ArgumentParser
import DigitAudio
import DigitPlot

/// `digitviz confusion MODEL DATA -o FILE`: the confusion-matrix heatmap.
struct ConfusionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confusion",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw the confusion matrix of a model on labelled recordings, counts in the cells.",
        discussion: "By default only recordings the model did not train on (see 'digitviz evaluate --help'); --split all scores every one."
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"), completion: .file(extensions: ["safetensors"]))
    var model: String

    @Argument(help: ArgumentHelp("A folder of recordings, or a features CSV made with the model's settings.", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The figure to write (.png, .svg or .pdf), or a folder to write confusion.png into.", valueName: "file"), completion: .file())
    var output: String = "confusion.png"

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the file written).")
    var quiet = false

    func run() throws {
        let file = try FigureOutput.file(for: output, defaultName: "confusion.png")
        let skipped = SkippedFiles()
        let model = try ModelLoading.load(self.model)
        let loaded = try model.load(data, modelPath: self.model, quiet: quiet, skipped: skipped)
        let result = try ModelScoring.score(model, on: loaded, from: data, scope: split.scope())
        if !quiet { Console.error("scored \(result.matrix.total) recordings: \(result.scored)") }
        try figure.write(ConfusionMatrixChart(matrix: result.matrix, classNames: model.classNames), to: file)
        if !quiet { print(file) }
        try skipped.failIfAny()
    }
}
