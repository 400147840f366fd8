/// What the ``Trainer`` tells its callback at the end of each epoch.
public struct EpochReport: Sendable, Equatable {
    /// The epoch just finished, from 0.
    public var epoch: Int
    /// The number of epochs planned.
    public var epochs: Int
    /// Mean training accuracy over the epoch's batches (dropout on), as Keras reports it.
    public var accuracy: Double
    /// Mean training loss over the epoch's batches (dropout on).
    public var loss: Double
    /// Accuracy on the validation rows at the end of the epoch.
    public var validationAccuracy: Double
    /// Loss on the validation rows at the end of the epoch.
    public var validationLoss: Double
    /// Wall time of the epoch, validation included, in seconds.
    public var seconds: Double
    /// Which network of an ensemble is training, from 0 (see
    /// ``TrainingConfiguration/ensembleSize``); the run's history is the first one's.
    public var member = 0
    /// How many networks the run trains one after another (1 without an ensemble).
    public var members = 1

    /// Creates a report.
    public init(epoch: Int, epochs: Int, accuracy: Double, loss: Double, validationAccuracy: Double,
                validationLoss: Double, seconds: Double, member: Int = 0, members: Int = 1) {
        self.member = member
        self.members = members
        self.epoch = epoch
        self.epochs = epochs
        self.accuracy = accuracy
        self.loss = loss
        self.validationAccuracy = validationAccuracy
        self.validationLoss = validationLoss
        self.seconds = seconds
    }

    /// The metric names of ``metrics``, in order: the columns of a run log.
    public static let metricNames = ["accuracy", "loss", "val_accuracy", "val_loss"]

    /// The metrics under Keras' names, in `CSVLogger`'s column order:
    /// `accuracy`, `loss`, `val_accuracy`, `val_loss`.
    public var metrics: [(name: String, value: Double)] {
        Array(zip(Self.metricNames, [accuracy, loss, validationAccuracy, validationLoss]))
    }
}
