import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

/// `digitviz figures DATA -o DIR`: every figure in one run.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw every figure of a data set: waveplots, countplot, architecture, curves, confusion matrix, MFCC heatmaps.",
        discussion: """
            Writes DIR/0.png … 9.png (waveplots), countplot.png, graph.png (architecture), \
            accuracy.png and loss.png (curves), confusion.png (on the test split) and \
            mfcc-0.png … mfcc-9.png. Without --model it first trains one on DATA and writes \
            DIR/model.safetensors and DIR/run.log, and cross-validates the recipe by speaker \
            (crossval.png, when DATA has two or more speakers; --no-crossval skips it); with \
            --model (and --log for the curves) it draws from them, which makes the figures \
            reproducible byte for byte.
            """
    )

    @Argument(help: ArgumentHelp("A folder of recordings.", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing; default figures/). Never img/ unless asked: make figures redraws the README's.", valueName: "dir"), completion: .directory)
    var output: String = "figures"

    @Option(name: .long, help: ArgumentHelp("Draw from this model instead of training one.", valueName: "file.safetensors"), completion: .file(extensions: ["safetensors"]))
    var model: String?

    @Option(name: .long, help: ArgumentHelp("With --model: the run log to draw the curves from.", valueName: "file"), completion: .file())
    var log: String?

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @OptionGroup(title: "Training (without --model)")
    var training: TrainingOptions

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @Flag(name: .long, help: "Only the original project's figures: 10 waveplots, countplot, architecture, accuracy and loss.")
    var originalFigures = false

    @Flag(name: .customLong("crossval"), inversion: .prefixedNo,
          help: "When training: also cross-validate by speaker (data with two or more speakers) and draw crossval.png.")
    var crossValidate = true

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func validate() throws {
        if figure.title != nil { throw ValidationError("--title names one figure; figures draws many") }
        if log != nil && model == nil { throw ValidationError("--log goes with --model (without a model, one is trained and its log written)") }
        if !training.extra.isEmpty { throw ValidationError("figures trains on DATA alone: train with --extra, then draw with --model") }
    }

    func run() throws {
        let started = Date()
        let skipped = SkippedFiles()
        guard case .folder = try FigureOutput.resolve(output, count: nil) else {
            throw FileFormatError(file: output, message: "figures writes a model, a run log and many figures here: give a folder")
        }
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bar = ProgressBar(total: 0, unit: "files")
        let pipeline = FigurePipeline(
            data: URL(fileURLWithPath: data), model: try modelSource(in: folder), split: try split.value() ?? split.defaultSplit,
            evaluationScope: model == nil ? .unseen : try split.scope(),
            originalOnly: originalFigures,
            crossValidation: model == nil && crossValidate && !originalFigures
                ? CrossValidation(folds: .bySpeaker, trainer: Trainer(configuration: training.configuration())) : nil,
            augmentations: training.augmentations(original: false),
            progress: quiet ? nil : { @Sendable done, total in bar.update(done, of: total) })
        let made = try pipeline.run()
        bar.finish()
        skipped.report(made.features)
        skipped.report(made.figures.failures)
        if let training = made.training, training.stoppedEarly {
            Console.error("interrupted during training: the best model so far is saved in \(output)/model.safetensors; no figures drawn")
            throw ExitCode(130)
        }
        try figure.write(made.figures.figures, to: .folder(output))
        if !quiet {
            let accuracy = made.confusion.map { String(cFormat: " (test accuracy %.1f %%)", 100 * $0.accuracy) } ?? ""
            Console.error("\(made.figures.figures.count) figures → \(output)" + String(cFormat: " in %.2f s", Date().timeIntervalSince(started)) + accuracy)
        }
        if Interruption.isRequested {
            Console.error("interrupted: every figure was finished first")
            throw ExitCode(130)
        }
        if !made.figures.missingDigits.isEmpty {
            Console.error("no recordings of digit(s) \(made.figures.missingDigits.map(String.init).joined(separator: ", ")): their waveplots are missing")
        }
        try skipped.failIfAny()
        if !made.figures.missingDigits.isEmpty { throw ExitCode.failure }
    }

    /// The given model and log, or a model to train on DATA (saved with its log in `folder`);
    /// Ctrl-C stops the training after the current epoch, keeping the best model, as in `train`.
    private func modelSource(in folder: URL) throws -> FigurePipeline.ModelSource {
        if let model {
            return .file(model: URL(fileURLWithPath: model), log: log.map { URL(fileURLWithPath: $0) })
        }
        var trainer = Trainer(configuration: training.configuration())
        trainer.threads = ProcessInfo.processInfo.activeProcessorCount  // nothing else runs meanwhile
        let run = TrainingRun(trainer: trainer,
                              modelURL: folder.appendingPathComponent("model.safetensors"),
                              logURL: folder.appendingPathComponent("run.log"))
        Interruption.stopGracefully()
        return .train(run, featureConfiguration: training.network.features, onEpoch: { _ in !Interruption.isRequested })
    }
}
