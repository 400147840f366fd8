import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

extension Curves.XAxis: ExpressibleByArgument {}

/// `digitviz curves LOG… -o DIR`: metrics against epochs or steps from training logs.
struct CurvesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curves",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw every metric of one or more training logs against epochs or steps: curves/loss.png, curves/accuracy.png, ….",
        discussion: """
            Reads, recognising each by its content: digitviz's run log; Keras CSVLogger files, \
            console output of model.fit (verbose 1 or 2, UTF-8 or UTF-16) and History.history \
            saved as JSON; PyTorch Lightning's metrics.csv; Hugging Face trainer_state.json; \
            TensorBoard event files or run folders (Keras' train/ and validation/ included).

            One figure per metric family (loss with val_loss, eval_loss…; accuracy; the \
            learning rate on its own; any other metric), named after it. The epoch with the \
            lowest validation loss, whose weights are kept, is marked. Epochs are numbered as \
            Keras' console numbers them, from 1 (a CSVLogger file's epoch 0 is epoch 1); a \
            resumed log starts where it starts. Several logs are drawn \
            together, one color per run, named by --label or the file or folder name.
            """
    )

    @Argument(help: ArgumentHelp("Training logs: files, or folders holding TensorBoard event files.", valueName: "log"),
              completion: .file())
    var logs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing; default curves/), one .png, .svg or .pdf file when one metric is drawn, or a .pdf of one page per metric.", valueName: "dir|file"),
            completion: .file())
    var output: String = "curves"

    @Option(name: .long, help: ArgumentHelp("A run's name in the legend, once per log in order (default: its file or folder name).", valueName: "name"))
    var label: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only this metric (a family such as loss, or a name in the log).", valueName: "name"))
    var metric: String?

    @Option(name: .customLong("x"), help: ArgumentHelp("The horizontal axis: epoch or step (default: epoch unless the log is per step).", valueName: "axis"))
    var xAxis: Curves.XAxis?

    @Option(name: .long, help: ArgumentHelp("Smoothing weight 0..<1 as TensorBoard's (raw values drawn faint below).", valueName: "weight"))
    var smooth: Double = 0

    @Flag(name: .long, help: "Log-scale y for loss and learning rate when every value is positive.")
    var logY = false

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    func validate() throws {
        guard !logs.isEmpty else { throw ValidationError("give at least one log") }
        guard smooth >= 0, smooth < 1 else { throw ValidationError("--smooth must be at least 0 and below 1") }
        guard label.isEmpty || label.count == logs.count else {
            throw ValidationError("give one --label per log (\(logs.count)), or none")
        }
    }

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the files written).")
    var quiet = false

    func run() throws {
        _ = try FigureOutput.resolve(output, count: nil)
        var runs: [Curves.Run] = []
        for log in logs {
            let history = try RunLogReader.read(contentsOf: URL(fileURLWithPath: log)) { Console.error("digitviz: warning: \($0)") }
            runs.append(Curves.Run(label: "", history: history))
        }
        let labels = label.isEmpty ? Curves.Run.labels(forPaths: logs) : label
        for index in runs.indices { runs[index].label = labels[index] }
        let charts = Curves.all(for: runs, metric: metric, xAxis: xAxis, smoothing: smooth, logY: logY)
        guard !charts.isEmpty else {
            let held = Curves.all(for: runs).map(\.metric)
            guard let metric, !held.isEmpty else {
                throw FileFormatError(file: logs.joined(separator: ", "), message: "no metric has a finite value (all NaN or infinite)")
            }
            throw FileFormatError(file: logs.joined(separator: ", "), message: "no metric '\(metric)'; the logs hold: \(held.joined(separator: ", "))")
        }
        let destination = try FigureOutput.resolve(output, count: charts.count, hint: "choose a metric with --metric, or ")
        let names = Curves.fileNames(for: charts.map(\.metric))
        let paths = try figure.write(zip(names, charts).map { ($0, $1.chart as any Renderable) }, to: destination)
        if !quiet { for path in paths { print(path) } }
    }
}
