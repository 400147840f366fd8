import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials
import Synchronization

/// `digitviz crossval DATA`: how well the recipe does on recordings it never saw.
struct CrossvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crossval",
        _superCommandName: DigitViz.commandName,
        abstract: "Cross-validate the training recipe: one model per fold, scored on the recordings it never saw.",
        discussion: """
            By default each speaker is held out in turn (leave one speaker out): the honest \
            measure of how the model does on a new voice. --folds K makes K folds stratified \
            by digit instead, which share speakers between training and test. Each fold's \
            kept epoch is chosen on a validation part carved from its training part \
            (--validation-split, whole speakers when there are ten or more), never on the \
            fold itself. Folds train in parallel on all cores.

            Prints a table (accuracy, macro F1 and recordings per fold, the mean and spread) \
            and draws the per-fold accuracies beside the confusion matrix of all folds.
            """
    )

    /// How folds are made on the command line.
    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case speaker
    }

    @Argument(help: ArgumentHelp("A folder of recordings, or a CSV written by 'digitviz features'.", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .long, help: "Hold out one group at a time (default: speaker).")
    var by: Grouping?

    @Option(name: .long, help: ArgumentHelp("K folds stratified by digit instead of one per speaker.", valueName: "k"))
    var folds: Int?

    @Option(name: .long, help: "Seed of the stratified folds.")
    var foldSeed: UInt64 = Split.defaultSeed

    @Option(name: .shortAndLong, help: ArgumentHelp("The figure to write (.png, .svg or .pdf), or a folder to write crossval.png into.", valueName: "file"), completion: .file())
    var output: String = "crossval.png"

    @Option(name: .long, help: "Folds trained at once (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup(title: "Training")
    var training: TrainingOptions

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @OptionGroup(title: "Features")
    var features: FeatureOptions

    @Flag(name: .long, help: "The original project's recipe: 40 MFCCs averaged over time, not standardized.")
    var original = false

    @Flag(name: .long, help: "Print the results as JSON on standard output.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print only the results.")
    var quiet = false

    func validate() throws {
        if by != nil && folds != nil { throw ValidationError("give --by speaker or --folds K, not both") }
        if let folds, folds < 2 { throw ValidationError("--folds must be at least 2") }
        if training.validationSplit == 0 { throw ValidationError("crossval chooses each fold's epoch on a validation part: --validation-split must be above 0") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        try training.checkOriginal(original)
    }

    func run() throws {
        let output = try FigureOutput.file(for: self.output, defaultName: "crossval.png")
        let started = Date()
        let loaded = try features.load(data, defaults: original ? .standard : training.network.features, quiet: quiet || json)
        var recipe = training.configuration()
        if original {  // not the original's epoch choice on the test part: that would be no cross-validation
            recipe.standardize = false
        }
        let crossValidation = CrossValidation(
            folds: folds.map { .stratified($0, seed: foldSeed) } ?? .bySpeaker, trainer: Trainer(configuration: recipe),
            validation: ValidationSplit(fraction: recipe.validationFraction, seed: recipe.seed))
        let foldCount = try crossValidation.makeFolds(of: loaded.table.recordings).count
        let bar = ProgressBar(total: foldCount, unit: "folds")
        let finished = Counter()
        let set = try training.trainingSet(loaded, original: original, quiet: quiet || json)
        let report = try crossValidation.run(on: set, featureConfiguration: loaded.configuration, threads: threads) { _ in
            if !quiet && !json { bar.update(finished.increment(), of: foldCount) }
        }
        bar.finish()
        let chart = CrossValidationChart(report: report)
        try figure.write(chart, to: output)
        if json {
            try StandardStream.output.write(CrossValidationJSON(report: report, figure: output).encoded())
            print()
        } else {
            print(CrossValidationTable(report: report))
        }
        if !quiet {
            Console.error(String(cFormat: "%d folds in %.1f s; figure: ", foldCount, Date().timeIntervalSince(started)) + output)
        }
        if loaded.skippedCount > 0 {
            Console.error("\(loaded.skippedCount) files skipped")
            throw ExitCode.failure
        }
    }
}

/// A thread-safe count of finished folds.
private final class Counter: Sendable {
    private let count = Mutex(0)
    func increment() -> Int { count.withLock { $0 += 1; return $0 } }
}
