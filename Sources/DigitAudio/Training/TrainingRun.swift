import Foundation

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
    /// - Throws: `InputError`, `InputError`, or `FileFormatError` when the log or model
    ///   cannot be written.
    public func run(on features: LabeledFeatures, split: Split, onEpoch: (EpochReport) -> Bool = { _ in true }) throws -> TrainingResult {
        let log = try logURL.map { try RunLogWriter(url: $0, metricNames: EpochReport.metricNames) }
        var logError: Error?
        let result = try trainer.train(on: features.table, split: split, featureConfiguration: features.configuration) { report in
            do { try log?.append(report.metrics.map(\.value)) } catch { logError = error }
            return onEpoch(report) && logError == nil
        }
        try log?.close()
        if let logError { throw logError }
        try ModelFile.write(result.model, to: modelURL)
        return result
    }
}
