import ArgumentParser
import DigitAudio

/// The training recipe; defaults are the original's.
struct TrainingOptions: ParsableArguments {
    @Option(name: .long, help: "Passes over the training set.")
    var epochs: Int = 200

    @Option(name: .long, help: "Samples per gradient step.")
    var batchSize: Int = 16

    @Option(name: .long, help: "Adam's learning rate.")
    var learningRate: Float = 1e-3

    @Option(name: .long, help: "Seed of weight initialisation, shuffling and dropout.")
    var seed: UInt64 = 42

    @Flag(name: .customLong("standardize"), inversion: .prefixedNo,
          help: "Standardize features with the training set's statistics (--no-standardize: the original's recipe).")
    var standardize = true

    func validate() throws {
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard learningRate > 0, learningRate.isFinite else { throw ValidationError("--learning-rate must be positive") }
    }

    /// The trainer's configuration.
    func configuration() -> TrainingConfiguration {
        TrainingConfiguration(epochs: epochs, batchSize: batchSize, learningRate: learningRate, seed: seed, standardize: standardize)
    }
}
