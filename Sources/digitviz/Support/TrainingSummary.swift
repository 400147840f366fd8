import DigitAudio
import FoundationEssentials

/// What a training run ended with, as `train` reports it: on the console and, with
/// `--json`, as one JSON object on standard output. Epochs count from 1, as the console's
/// "Epoch 1/200" (the run log's `epoch` column counts from 0, as Keras' CSVLogger).
struct TrainingSummary: Encodable {
    /// The kept epoch (lowest validation loss), from 1.
    var bestEpoch: Int
    /// Epochs planned.
    var epochs: Int
    /// Epochs trained (fewer when stopped early).
    var epochsTrained: Int
    /// Whether Ctrl-C stopped the run early.
    var stoppedEarly: Bool
    /// Whether the run stopped when the validation loss no longer improved (`--patience`).
    var stoppedByPatience: Bool
    /// Networks in the model (`--ensemble`); the epochs and metrics are the first one's.
    var networks: Int
    /// The kept epoch's metrics.
    var accuracy: Double?
    var loss: Double?
    var valAccuracy: Double?
    var valLoss: Double?
    /// The kept weights on the test part, when the split has one.
    var testAccuracy: Double?
    var testRecordings: Int?
    /// Wall times, in seconds: the training alone, and the whole command.
    var trainingSeconds: Double
    var totalSeconds: Double
    /// The files written.
    var model: String
    var log: String?
    /// The data trained on, its split and its feature recipe.
    var data: String
    var split: String?
    var features: FeatureConfiguration

    init(result: TrainingResult, epochs: Int, totalSeconds: Double, model: String, log: String?, data: String) {
        let best = result.history.values[result.bestEpoch]
        func metric(_ name: String) -> Double? {
            result.history.metricNames.firstIndex(of: name).map { best[$0] }.flatMap { $0.isFinite ? $0 : nil }
        }
        bestEpoch = result.bestEpoch + 1
        self.epochs = epochs
        epochsTrained = result.history.epochs
        stoppedEarly = result.stoppedEarly
        stoppedByPatience = result.stoppedByPatience
        networks = result.model.networks.count
        accuracy = metric("accuracy")
        loss = metric("loss")
        valAccuracy = metric("val_accuracy")
        valLoss = metric("val_loss")
        testAccuracy = result.test?.accuracy
        testRecordings = result.test?.recordings
        trainingSeconds = result.seconds
        self.totalSeconds = totalSeconds
        self.model = model
        self.log = log
        self.data = data
        split = result.model.splitRecord?.split ?? result.model.metadata["split"]
        features = result.model.featureConfiguration
    }

    private enum CodingKeys: String, CodingKey {
        case bestEpoch = "best_epoch", epochs, epochsTrained = "epochs_trained", stoppedEarly = "stopped_early"
        case stoppedByPatience = "stopped_by_patience", networks
        case accuracy, loss, valAccuracy = "val_accuracy", valLoss = "val_loss"
        case testAccuracy = "test_accuracy", testRecordings = "test_recordings"
        case trainingSeconds = "training_seconds", totalSeconds = "total_seconds"
        case model, log, data, split, features
    }

    /// The summary as pretty-printed JSON with Keras' snake_case keys (`best_epoch`, `val_loss`,
    /// …); `features` is the recipe as the model file and the features' recipe file hold it.
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
