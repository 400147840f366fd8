import ArgumentParser
import DigitAudio
import Foundation

/// `digitviz evaluate MODEL DATA`: accuracy, per-class scores and the confusion matrix.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure a model on labelled recordings: accuracy, precision/recall/F1 per digit, confusion matrix.",
        discussion: """
            Features are computed as the model file says they were for training. Without \
            --split every recording of DATA is used; with one, only its test part (use the \
            same split and seed as training to score the held-out recordings).
            """
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"))
    var model: String

    @Argument(help: ArgumentHelp("A folder of recordings, or a features CSV made with the model's settings.", valueName: "data"))
    var data: String

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    func run() throws {
        let skipped = SkippedFiles()
        let model = try ModelLoading.load(self.model)
        let loaded = try DataLoading.load(data, configuration: model.featureConfiguration, quiet: json, skipped: skipped)
        let matrix = try ModelScoring.confusionMatrix(of: model, on: loaded, from: data, split: split.value())
        let report = EvaluationReport(matrix: matrix, classNames: json ? model.classNames : model.classNames.map(Console.printable))
        if json {
            FileHandle.standardOutput.write(try report.json())
            print()
        } else {
            print("\(matrix.total) recordings\(split.split.map { " (test part of split \($0))" } ?? "")\n")
            print(report)
        }
        try skipped.failIfAny()
    }
}
