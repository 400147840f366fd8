import FoundationEssentials

/// A whole training run as the command line makes it: train on a split, write the run log
/// as each epoch ends, and save the best model atomically at the end.
public struct TrainingRun {
    /// The recipe.
    public var trainer: Trainer
    /// Where the run log goes, if anywhere.
    public var logURL: URL?
    /// Where the model goes.
    public var modelURL: URL

    /// Describes a run.
    public init(trainer: Trainer, modelURL: URL, logURL: URL? = nil) {
        self.trainer = trainer
        self.modelURL = modelURL
        self.logURL = logURL
    }

    /// Trains on `features`, calling `onEpoch` after each epoch (return `false` to stop early:
    /// the best model so far is still saved and the log keeps every finished epoch).
    ///
    /// The log is opened when the first epoch ends, so a run that cannot start (one class,
    /// bad settings) leaves an existing log as it was. When the log cannot be opened or
    /// written (locked by another run, disk full), training stops, the best model so far is
    /// saved, and the error says so.
    ///
    /// - Throws: `InputError`, or `FileFormatError` when the log or model
    ///   cannot be written.
    public func run(on features: LabeledFeatures, split: Split, onEpoch: (EpochReport) -> Bool = { _ in true }) throws -> TrainingResult {
        try run(on: TrainingSet(features.table), featureConfiguration: features.configuration, split: split, onEpoch: onEpoch)
    }

    /// As ``run(on:split:onEpoch:)-(LabeledFeatures,_,_)``, on a training set whose
    /// training-only rows (augmented copies, extra recordings) join the rows trained on;
    /// `featureConfiguration` says how its features were made.
    public func run(
        on set: TrainingSet, featureConfiguration: FeatureConfiguration, split: Split,
        onEpoch: (EpochReport) -> Bool = { _ in true }
    ) throws -> TrainingResult {
        var log: RunLogWriter?
        var logError: FileFormatError?
        let result = try trainer.train(on: set, split: split, featureConfiguration: featureConfiguration) { report in
            do {
                // The log is the first network's history, as the result's.
                if report.member == 0 {
                    if log == nil, let logURL { log = try RunLogWriter(url: logURL, metricNames: EpochReport.metricNames) }
                    try log?.append(report.metrics.map(\.value))
                }
            } catch {
                logError = error as? FileFormatError ?? FileFormatError(url: logURL!, cannot: "write", because: error)
            }
            return onEpoch(report) && logError == nil
        }
        do { try log?.close() } catch { logError = logError ?? (error as? FileFormatError) }
        guard var logError else {
            try ModelFile.write(result.model, to: modelURL)
            return result
        }
        logError.message += "; training stopped after epoch \(result.history.epochs) of \(trainer.configuration.epochs), "
        do {
            try ModelFile.write(result.model, to: modelURL)
            logError.message += "the best model so far (epoch \(result.bestEpoch + 1)) is saved in \(modelURL.relativePath)"
        } catch {
            logError.message += "and the model could not be saved either (\(error))"
        }
        throw logError
    }
}
