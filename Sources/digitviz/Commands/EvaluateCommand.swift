import ArgumentParser
import DigitAudio

/// `digitviz evaluate MODEL DATA`: accuracy, per-class scores and the confusion matrix.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        _superCommandName: DigitViz.commandName,
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

    @Flag(name: .long, help: "Print the results as JSON: ours, and scikit-learn's classification_report(output_dict=True) under classification_report.")
    var json = false

    @Flag(name: .long, help: "Also list the recordings predicted wrongly: file, true digit, predicted digit.")
    var misclassified = false

    @Flag(name: .shortAndLong, help: "Print only the results (no progress, no line saying which recordings were scored).")
    var quiet = false

    func run() throws {
        let skipped = SkippedFiles()
        let model = try ModelLoading.load(self.model)
        let loaded = try model.load(data, modelPath: self.model, quiet: quiet || json, skipped: skipped)
        let result = try ModelScoring.score(model, on: loaded, from: data, scope: split.scope())
        let report = EvaluationReport(matrix: result.matrix, classNames: json ? model.classNames : model.classNames.map(Console.printable))
        if !quiet { Console.error("\(result.matrix.total) recordings: \(result.scored)") }
        if json {
            let misses = misclassified ? result.misclassified.map { EvaluationJSON.Miss(file: $0.file, true: $0.truth, predicted: $0.predicted) } : nil
            try StandardStream.output.write(EvaluationJSON(report: report, scored: result.scored, misclassified: misses).data())
            print()
        } else {
            print(report)
            if misclassified {
                print("\nmisclassified: \(result.misclassified.count)\nfile\ttrue\tpredicted")
                for miss in result.misclassified { print("\(Console.printable(miss.file))\t\(miss.truth)\t\(miss.predicted)") }
            }
        }
        try skipped.failIfAny()
    }
}
