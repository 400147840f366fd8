import ArgumentParser
import DigitAudio
import DigitPlot
import Foundation

/// `digitviz figures DATA -o DIR`: every figure in one run.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Draw every figure of a data set: waveplots, countplot, architecture, curves, confusion matrix, MFCC heatmaps.",
        discussion: """
            Writes DIR/0.png … 9.png (waveplots), countplot.png, graph.png (architecture), \
            accuracy.png and loss.png (curves), confusion.png (on the test split) and \
            mfcc-0.png … mfcc-9.png. Without --model it first trains one on DATA and writes \
            DIR/model.safetensors and DIR/run.log; with --model (and --log for the curves) it \
            draws from them, which makes the figures reproducible byte for byte.
            """
    )

    @Argument(help: ArgumentHelp("A folder of recordings.", valueName: "data"))
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String = "img"

    @Option(name: .long, help: ArgumentHelp("Draw from this model instead of training one.", valueName: "file.safetensors"))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("With --model: the run log to draw the curves from.", valueName: "file"))
    var log: String?

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @OptionGroup(title: "Training (without --model)")
    var training: TrainingOptions

    @OptionGroup(title: "Figures")
    var figure: FigureOptions

    @Flag(name: .long, help: "Only the original project's figures: 10 waveplots, countplot, architecture, accuracy and loss.")
    var original = false

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func validate() throws {
        if log != nil && model == nil { throw ValidationError("--log goes with --model (without a model, one is trained and its log written)") }
    }

    func run() throws {
        let started = Date()
        let skipped = SkippedFiles()
        let scan = try DatasetScanner().scan(URL(fileURLWithPath: data))
        let readable = scan.readableRecordings()
        skipped.report(scan.unreadable + readable.failures)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        Interruption.stopGracefully()
        let (trained, history, interrupted) = try modelAndHistory(in: URL(fileURLWithPath: output), skipped: skipped)
        if interrupted {
            Console.error("interrupted during training: the best model so far is saved in \(output)/model.safetensors; no figures drawn")
            throw ExitCode(130)
        }
        var confusion: ConfusionMatrix?
        if !original {
            let features = try DataLoading.load(data, configuration: trained.featureConfiguration, quiet: true, skipped: skipped)
            confusion = try ModelScoring.confusionMatrix(of: trained, on: features, from: data, split: split.value() ?? split.defaultSplit)
        }
        let book = try FigureBook(recordings: readable.recordings, model: trained, history: history, confusion: confusion, extras: !original)
        skipped.report(book.failures)
        try figure.write(book.figures, in: output)
        if !quiet {
            let accuracy = confusion.map { String(format: " (test accuracy %.1f %%)", 100 * $0.accuracy) } ?? ""
            Console.error(String(format: "%d figures → %@ in %.2f s", book.figures.count, output, Date().timeIntervalSince(started)) + accuracy)
        }
        if !book.missingDigits.isEmpty {
            Console.error("no recordings of digit(s) \(book.missingDigits.map(String.init).joined(separator: ", ")): their waveplots are missing")
            throw ExitCode.failure
        }
        if Interruption.isRequested {
            Console.error("interrupted: every figure was finished first")
            throw ExitCode(130)
        }
        try skipped.failIfAny()
    }

    /// The given model and log, or a model trained on DATA with its history (saved in
    /// `folder`), and whether Ctrl-C stopped the training early (as in `train`).
    private func modelAndHistory(in folder: URL, skipped: SkippedFiles) throws -> (TrainedModel, History?, interrupted: Bool) {
        if let model {
            return (try ModelLoading.load(model), try log.map { try RunLogReader.read(contentsOf: URL(fileURLWithPath: $0)) }, false)
        }
        let features = try DataLoading.load(data, configuration: .digitviz, quiet: quiet, skipped: skipped)
        let run = TrainingRun(trainer: Trainer(configuration: training.configuration()),
                              modelURL: folder.appendingPathComponent("model.safetensors"),
                              logURL: folder.appendingPathComponent("run.log"))
        let result = try run.run(on: features, split: try split.value() ?? split.defaultSplit) { _ in !Interruption.isRequested }
        return (result.model, result.history, result.stoppedEarly)
    }
}
