/// The outcome of ``Trainer/train(on:trainRows:validationRows:featureConfiguration:onEpoch:)``.
public struct TrainingResult: Sendable, Equatable {
    /// The model with the weights of ``bestEpoch`` restored.
    public var model: TrainedModel
    /// Per-epoch metrics: `accuracy`, `loss`, `val_accuracy`, `val_loss`.
    public var history: History
    /// The epoch (from 0) with the lowest validation loss, whose weights the model holds.
    public var bestEpoch: Int
    /// Whether the callback stopped training before the planned number of epochs.
    public var stoppedEarly: Bool
    /// Whether training stopped because the validation loss had not improved for
    /// ``TrainingConfiguration/patience`` epochs.
    public var stoppedByPatience = false
    /// Wall time of the whole run, in seconds.
    public var seconds: Double
    /// The kept weights' accuracy on the split's test part, when trained on a ``Split``.
    public var test: TestScore?

    /// Accuracy on recordings held out from training.
    public struct TestScore: Sendable, Equatable {
        /// The fraction classified correctly.
        public var accuracy: Double
        /// How many recordings were scored.
        public var recordings: Int

        /// Scores `model` on `rows` of `table` (one view or every view of each recording, see
        /// ``TrainedModel/accepts(width:)``).
        public init(model: TrainedModel, table: FeatureTable, rows: [Int]) {
            let predicted = model.predictClasses(batch: rows.flatMap { table.row($0) }, width: table.dimension)
            let correct = zip(rows, predicted).filter { table.labels[$0] == $1 }.count
            accuracy = rows.isEmpty ? 0 : Double(correct) / Double(rows.count)
            recordings = rows.count
        }
    }

    /// Creates a result.
    public init(model: TrainedModel, history: History, bestEpoch: Int, stoppedEarly: Bool, seconds: Double) {
        self.model = model
        self.history = history
        self.bestEpoch = bestEpoch
        self.stoppedEarly = stoppedEarly
        self.seconds = seconds
    }
}
