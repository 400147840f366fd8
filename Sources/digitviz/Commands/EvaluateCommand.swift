import ArgumentParser
import DigitAudio
import Foundation

/// `digitviz evaluate MODEL DATA`: accuracy, per-class scores and the confusion matrix.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a model on labelled recordings: accuracy, precision/recall/F1 per digit, confusion matrix.",
        discussion: """
            Features are computed as the model file says they were for training. By default \
            only recordings the model did not train on are scored: the test part of its split \
            when DATA is what it trained on (the model file lists its training recordings), \
            every recording of a data set it never saw. --split all scores every recording; \
            --split KIND scores the test part of that split.
            """
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"), completion: .file(extensions: ["safetensors"]))
    var model: String

    @Argument(help: ArgumentHelp("A folder of recordings, or a features CSV made with the model's settings.", valueName: "data"), completion: .file())
    var data: String

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    func run() throws {
        let skipped = SkippedFiles()
        let model = try ModelLoading.load(self.model)
        let loaded = try model.load(data, modelPath: self.model, quiet: json, skipped: skipped)
        let (matrix, scored) = try ModelScoring.confusionMatrix(of: model, on: loaded, from: data, scope: split.scope())
        let report = EvaluationReport(matrix: matrix, classNames: json ? model.classNames : model.classNames.map(Console.printable))
        if json {
            FileHandle.standardOutput.write(try report.json())
            print()
        } else {
            print("\(matrix.total) recordings: \(scored)\n")
            print(report)
        }
        try skipped.failIfAny()
    }
}
