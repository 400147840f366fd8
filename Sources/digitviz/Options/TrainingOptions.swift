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

    @Option(name: .long, help: "Fraction of the training part carved off to choose the epoch to keep (whole speakers when there are ten or more); 0 chooses it on the test part, as the original did.")
    var validationSplit: Double = ValidationSplit.standard.fraction

    @Flag(name: .customLong("standardize"), inversion: .prefixedNo,
          help: "Standardize features with the training set's statistics (--no-standardize: the original's recipe).")
    var standardize = true

    func validate() throws {
        do { try configuration().validate() } catch { throw ValidationError("\(error)") }
    }

    /// The trainer's configuration.
    func configuration() -> TrainingConfiguration {
        TrainingConfiguration(epochs: epochs, batchSize: batchSize, learningRate: learningRate, seed: seed,
                              standardize: standardize, validationFraction: validationSplit)
    }
}
