import FoundationEssentials
import Glibc

/// Everything needed to turn a recording's features into digit probabilities: the network,
/// the standardization fitted on its training set, the feature configuration the features
/// must be made with, and the class names. A model file holds exactly this.
public struct TrainedModel: Sendable, Equatable {
    /// The trained network (an ensemble's first).
    public var network: Network
    /// An ensemble's further networks, of the same architecture, trained with other seeds:
    /// the model's probabilities are the mean of every network's. Empty for one network.
    public var ensembleMembers: [Network]
    /// Applied to features before the network (the identity when trained without standardization).
    public var standardizer: Standardizer
    /// How features must be computed from audio for this model.
    public var featureConfiguration: FeatureConfiguration
    /// Name of each output class, in output order (``digitNames`` for digits).
    public var classNames: [String]
    /// Further string facts saved with the model, such as `best_epoch` or `split`.
    public var metadata: [String: String]
    /// The speeds the model also hears each recording at (test-time augmentation): a
    /// recording's probabilities are the geometric mean of its own and those of its copies
    /// played at these speeds (see ``views``). A model trained with
    /// ``TrainingConfiguration/testTimeSpeeds`` hears recordings at the speeds of its
    /// training copies; empty for none.
    public var testTimeSpeeds: [Double] {
        didSet { Self.check(testTimeSpeeds) }
    }

    /// The speeds a model may hear recordings at.
    public static let testTimeSpeedRange = 0.5...2.0

    private static func check(_ speeds: [Double]) {
        precondition(speeds.allSatisfy(testTimeSpeedRange.contains), "test-time speeds must lie in 0.5–2")
    }

    /// Creates a model; the standardizer must have the network's input size, the class
    /// names must match its outputs, and ensemble members must have its architecture.
    public init(
        network: Network, ensembleMembers: [Network] = [], standardizer: Standardizer,
        featureConfiguration: FeatureConfiguration = .standard, classNames: [String] = digitNames,
        metadata: [String: String] = [:], testTimeSpeeds: [Double] = []
    ) {
        precondition(standardizer.dimension == network.architecture.inputs, "standardizer size must equal the network's inputs")
        precondition(classNames.count == network.architecture.classes, "need one class name per output")
        precondition(ensembleMembers.allSatisfy { $0.architecture == network.architecture }, "ensemble members must share the architecture")
        self.network = network
        self.ensembleMembers = ensembleMembers
        self.standardizer = standardizer
        self.featureConfiguration = featureConfiguration
        self.classNames = classNames
        self.metadata = metadata
        Self.check(testTimeSpeeds)
        self.testTimeSpeeds = testTimeSpeeds
    }

    /// The network's shape.
    public var architecture: Architecture { network.architecture }

    /// Every network: ``network`` then ``ensembleMembers``.
    public var networks: [Network] { [network] + ensembleMembers }

    /// How a recording is heard: as it is, then played at each of ``testTimeSpeeds``. The
    /// features of a recording for this model are those of each view, one after another
    /// (``viewWidth`` numbers; ``FeatureExtractor/extract(_:augmentations:progress:)`` makes them).
    public var views: [Augmentation] { [.none] + testTimeSpeeds.map { Augmentation(speed: $0) } }

    /// The features of one recording heard through every view: ``views`` × the network's inputs.
    public var viewWidth: Int { views.count * architecture.inputs }

    /// Whether rows of `width` numbers can be predicted: one view (the network's inputs: a
    /// features CSV, or a model without test-time speeds) or every view (``viewWidth``).
    public func accepts(width: Int) -> Bool { width == architecture.inputs || width == viewWidth }

    /// Class probabilities (summing to 1) for one recording's features: one view or every view (see ``accepts(width:)``).
    public func predictProbabilities(features: [Float]) -> [Float] {
        precondition(accepts(width: features.count), "expected \(architecture.inputs) or \(viewWidth) features, got \(features.count)")
        return predictProbabilities(batch: features, width: features.count)
    }

    /// Class probabilities for row-major rows of `width` numbers (one view or every view, see
    /// ``accepts(width:)``), row-major (`rows × classes`). With every view, a row's
    /// probabilities are the normalised geometric mean of its views'.
    public func predictProbabilities(batch: [Float], width: Int) -> [Float] {
        precondition(accepts(width: width), "expected rows of \(architecture.inputs) or \(viewWidth) features, got \(width)")
        let probabilities = predictProbabilities(batch: batch)
        let viewCount = width / architecture.inputs, classes = classNames.count
        guard viewCount > 1 else { return probabilities }
        let rows = batch.count / width
        var combined = [Float](repeating: 0, count: rows * classes)
        for row in 0..<rows {
            var logSum = [Double](repeating: 0, count: classes)
            for view in 0..<viewCount {
                let start = (row * viewCount + view) * classes
                for c in 0..<classes { logSum[c] += log(Double(max(probabilities[start + c], CategoricalCrossEntropy.epsilon))) }
            }
            let peak = logSum.max()!
            let unnormalised = logSum.map { exp(($0 - peak) / Double(viewCount)) }
            let total = unnormalised.reduce(0, +)
            for c in 0..<classes { combined[row * classes + c] = Float(unnormalised[c] / total) }
        }
        return combined
    }

    /// Class probabilities for row-major feature vectors of one view (`rows × inputs`), row-major (`rows × classes`).
    public func predictProbabilities(batch: [Float]) -> [Float] {
        let standardized = standardizer.applied(to: batch)
        var sum = network.predictProbabilities(batch: standardized)
        guard !ensembleMembers.isEmpty else { return sum }
        for member in ensembleMembers {
            for (index, probability) in member.predictProbabilities(batch: standardized).enumerated() { sum[index] += probability }
        }
        let scale = 1 / Float(ensembleMembers.count + 1)
        return sum.map { $0 * scale }
    }

    /// The most probable class of each row of `width` numbers (one view or every view, see ``accepts(width:)``).
    public func predictClasses(batch: [Float], width: Int) -> [Int] {
        let classes = classNames.count
        let probabilities = predictProbabilities(batch: batch, width: width)
        return stride(from: 0, to: probabilities.count, by: classes).map { start in
            (start..<start + classes).max { probabilities[$0] < probabilities[$1] }! - start
        }
    }

    /// The most probable class of one feature vector and its probability.
    public func predict(features: [Float]) -> (classIndex: Int, probability: Float) {
        let probabilities = predictProbabilities(features: features)
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] }!
        return (best, probabilities[best])
    }

    /// How the model's data was split, when the model file says (models trained by digitviz
    /// before it recorded this carry only the split's name, under `split`).
    public var splitRecord: SplitRecord? {
        get { metadata["split_record"].flatMap { try? JSONValueDecoder.decode(SplitRecord.self, from: $0.utf8) } }
        set {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys  // the same file from the same training, byte for byte
            metadata["split_record"] = newValue.flatMap { try? String(decoding: encoder.encode($0), as: UTF8.self) }
            metadata["split"] = newValue?.split
        }
    }
}
