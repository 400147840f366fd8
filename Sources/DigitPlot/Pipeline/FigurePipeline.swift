import DigitAudio
import FoundationEssentials

/// The figures pipeline: data → model → evaluation → every figure.
///
/// It scans the data once and computes its features once, trains a model on them or reads
/// one from a file, scores it on the test part of the split, and builds the ``FigureSet``;
/// ``FigureSet/render(into:format:size:scale:)`` then draws the figures on all cores.
/// `digitviz figures` and the README-figures test both run it.
public struct FigurePipeline {
    /// Where the model comes from.
    public enum ModelSource {
        /// Train one with `run` (which saves it, and its log); `onEpoch` sees each epoch and
        /// may stop training early by returning `false` (the best model so far is kept).
        case train(TrainingRun, featureConfiguration: FeatureConfiguration, onEpoch: (EpochReport) -> Bool)
        /// Read a model file, and the run log its curves come from when given.
        case file(model: URL, log: URL?)
    }

    /// What the pipeline made.
    public struct Output {
        /// Every figure, named.
        public var figures: FigureSet
        /// The model drawn (trained or read).
        public var model: TrainedModel
        /// The training history, when one was made or read.
        public var history: History?
        /// The model's confusion matrix on the test part (`nil` for the original's figures only).
        public var confusion: ConfusionMatrix?
        /// The training result, when the pipeline trained.
        public var training: TrainingResult?
        /// The features computed, with the recordings that could not be used.
        public var features: LabeledFeatures
        /// The cross-validation, when one was asked for and the data allowed it.
        public var crossValidation: CrossValidation.Report?
    }

    /// A folder of recordings.
    public var data: URL
    /// Where the model comes from.
    public var model: ModelSource
    /// The split of the training, when the pipeline trains.
    public var split: Split
    /// The recordings the confusion matrix scores: by default those the model did not train on.
    public var evaluationScope: EvaluationScope
    /// Only the original project's figures (no confusion matrix, no MFCC heatmaps).
    public var originalOnly: Bool
    /// When given, the recipe is also cross-validated and its chart added as `crossval`
    /// (skipped when the data cannot be divided so, say with fewer than two speakers).
    public var crossValidation: CrossValidation?
    /// Augmented copies of each training recording when the pipeline trains or cross-validates.
    public var augmentations: [Augmentation]
    /// Called with (files done, files in all) while features are computed.
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// Describes a run of the pipeline.
    public init(data: URL, model: ModelSource, split: Split = .standard, evaluationScope: EvaluationScope = .unseen, originalOnly: Bool = false,
                crossValidation: CrossValidation? = nil, augmentations: [Augmentation] = [],
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.data = data
        self.model = model
        self.split = split
        self.evaluationScope = evaluationScope
        self.originalOnly = originalOnly
        self.crossValidation = crossValidation
        self.augmentations = augmentations
        self.progress = progress
    }

    /// Runs the pipeline up to the figures (not yet drawn).
    ///
    /// - Throws: `FileFormatError` for unreadable data, model or log files; `InputError` when
    ///   the data cannot be split or trained on.
    public func run() throws -> Output {
        switch model {
        case let .train(run, configuration, onEpoch):
            let features = try LabeledFeatures(source: data, configuration: configuration, progress: progress)
            let set = trainingSet(from: features)
            let result = try run.run(on: set, featureConfiguration: configuration, split: split, onEpoch: onEpoch)
            guard !result.stoppedEarly else {
                // Stopped (Ctrl-C): the best model is saved; no figures of a half-trained model.
                return Output(figures: FigureSet(figures: []), model: result.model, history: result.history, confusion: nil,
                              training: result, features: features, crossValidation: nil)
            }
            return try output(model: result.model, history: result.history, features: features,
                              views: set.viewTable(speeds: result.model.testTimeSpeeds), set: set, training: result)
        case let .file(modelURL, logURL):
            let model = try ModelFile.read(from: modelURL)
            let history = try logURL.map { try RunLogReader.read(contentsOf: $0) }
            let features = try LabeledFeatures(source: data, configuration: model.featureConfiguration, views: model.views,
                                               progress: progress)
            FreeMemory.release()  // the feature pass's buffers, before the figures' surfaces
            let set = crossValidation.map { _ in trainingSet(features.table.firstView(width: model.architecture.inputs), from: features) }
            return try output(model: model, history: history, features: features, views: features.table, set: set, training: nil)
        }
    }

    /// `table` (the recordings of `features` as they are) with the augmented copies of its
    /// recordings (none for a features CSV).
    private func trainingSet(_ table: FeatureTable? = nil, from features: LabeledFeatures) -> TrainingSet {
        let set = TrainingSet(table ?? features.table)
        return features.isFromCSV ? set : set.augmented(with: augmentations, configuration: features.configuration)
    }

    /// The output for `model`: its confusion matrix on `views` (the recordings heard through
    /// every view of the model), and the cross-validation, when asked for, on `set`.
    private func output(model: TrainedModel, history: History?, features: LabeledFeatures, views: FeatureTable, set: TrainingSet?,
                        training: TrainingResult?) throws -> Output {
        let confusion = originalOnly ? nil : try ModelEvaluation.confusionMatrix(of: model, on: views, scope: evaluationScope).matrix
        var figures = try FigureSet(recordings: features.table.recordings, model: model, history: history,
                                    confusion: confusion, extras: !originalOnly)
        var report: CrossValidation.Report?
        if let crossValidation, let set, (try? crossValidation.makeFolds(of: features.table.recordings)) != nil {
            report = try crossValidation.run(on: set, featureConfiguration: features.configuration)
            figures.append(name: "crossval", chart: CrossValidationChart(report: report!, classNames: model.classNames))
        }
        return Output(figures: figures, model: model, history: history, confusion: confusion, training: training,
                      features: features, crossValidation: report)
    }
}
