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
    /// Wall time of the whole run, in seconds.
    public var seconds: Double

    /// Creates a result.
    public init(model: TrainedModel, history: History, bestEpoch: Int, stoppedEarly: Bool, seconds: Double) {
        self.model = model
        self.history = history
        self.bestEpoch = bestEpoch
        self.stoppedEarly = stoppedEarly
        self.seconds = seconds
    }
}
