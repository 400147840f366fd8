/// What a model file records of how its data was divided: the split, the validation part
/// carved from training, and which recordings (by ``Recording/identity``) it trained on and
/// which it held out, so that evaluation scores only recordings the model never learned from.
public struct SplitRecord: Codable, Sendable, Equatable {
    /// The split's text form: `random`, `official` or `speaker:NAME`.
    public var split: String
    /// The seed of a random split.
    public var seed: UInt64?
    /// The test fraction of a random split.
    public var testFraction: Double?
    /// The fraction of the training part that chose the epoch to keep; 0 when the test part
    /// did (the original project's protocol).
    public var validationFraction: Double
    /// Speakers of the test part that are absent from the training part (held-out voices).
    public var heldOutSpeakers: [String]
    /// Identities of the recordings trained on, validation part included.
    public var trainFiles: [String]
    /// Identities of the recordings held out for testing.
    public var testFiles: [String]

    /// The record of `split` applied to `recordings`: training rows (with validation) and test rows.
    public init(split: Split, validationFraction: Double, recordings: [Recording], train: [Int], test: [Int]) {
        self.split = split.description
        if case let .random(fraction, seed) = split {
            self.seed = seed
            testFraction = fraction
        }
        self.validationFraction = validationFraction
        let trainSpeakers = Set(train.compactMap { recordings[$0].speaker })
        heldOutSpeakers = Set(test.compactMap { recordings[$0].speaker }).subtracting(trainSpeakers).sorted()
        trainFiles = train.map { recordings[$0].identity }
        testFiles = test.map { recordings[$0].identity }
    }

    private enum CodingKeys: String, CodingKey {
        case split, seed
        case testFraction = "test_fraction"
        case validationFraction = "validation_fraction"
        case heldOutSpeakers = "held_out_speakers"
        case trainFiles = "train_files"
        case testFiles = "test_files"
    }
}
