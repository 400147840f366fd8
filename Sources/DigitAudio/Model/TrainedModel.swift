import FoundationEssentials

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

    /// Creates a model; the standardizer must have the network's input size, the class
    /// names must match its outputs, and ensemble members must have its architecture.
    public init(
        network: Network, ensembleMembers: [Network] = [], standardizer: Standardizer,
        featureConfiguration: FeatureConfiguration = .standard, classNames: [String] = digitNames,
        metadata: [String: String] = [:]
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
    }

    /// The network's shape.
    public var architecture: Architecture { network.architecture }

    /// Every network: ``network`` then ``ensembleMembers``.
    public var networks: [Network] { [network] + ensembleMembers }

    /// Class probabilities (summing to 1) for one feature vector of the network's input size.
    public func predictProbabilities(features: [Float]) -> [Float] {
        precondition(features.count == architecture.inputs, "expected \(architecture.inputs) features, got \(features.count)")
        return predictProbabilities(batch: features)
    }

    /// Class probabilities for row-major feature vectors (`rows × inputs`), row-major (`rows × classes`).
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

    /// The most probable class of each row-major feature vector (`rows × inputs`).
    public func predictClasses(batch: [Float]) -> [Int] {
        let classes = classNames.count
        let probabilities = predictProbabilities(batch: batch)
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
        get { metadata["split_record"].flatMap { try? JSONDecoder().decode(SplitRecord.self, from: Data($0.utf8)) } }
        set {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys  // the same file from the same training, byte for byte
            metadata["split_record"] = newValue.flatMap { try? String(decoding: encoder.encode($0), as: UTF8.self) }
            metadata["split"] = newValue?.split
        }
    }
}
