/// The settings of a training run; the defaults are the original project's.
public struct TrainingConfiguration: Codable, Sendable, Equatable {
    /// Passes over the training set (200).
    public var epochs: Int
    /// Samples per gradient step (16); the last batch of an epoch may be smaller.
    public var batchSize: Int
    /// Adam's learning rate (0.001).
    public var learningRate: Float
    /// AdamW's decoupled weight decay (0: the original's plain Adam); see ``Adam/weightDecay``.
    public var weightDecay: Float
    /// How many networks to train, with seeds `seed`, `seed + 1`, …, whose probabilities
    /// the model averages (1: one network, the original's recipe).
    public var ensembleSize: Int
    /// Seeds the one generator behind initialization, shuffling and dropout: the same seed
    /// gives bit-identical results on the same machine.
    public var seed: UInt64
    /// Whether features are standardized with statistics of the training rows (default true).
    public var standardize: Bool
    /// The hidden layers (the original's 128, 256, 128 ReLU with dropout 0.25).
    public var hiddenLayers: [Architecture.HiddenLayer]
    /// Stop when the validation loss has not improved for this many epochs, as Keras'
    /// `EarlyStopping(patience=…)` does; `nil` (the original's recipe) trains every epoch.
    public var patience: Int?
    /// digitviz's patience: 30 epochs without a lower validation loss.
    public static let standardPatience = 30
    /// Convolutions over the features' frames before the hidden layers; empty (the
    /// default) for the original's MLP. They need features pooled as
    /// ``FeatureConfiguration/Pooling/frames`` or ``FeatureConfiguration/Pooling/sequence``,
    /// whose frames and coefficients they read.
    public var convolutionLayers: [ConvolutionFront.Layer]
    /// How the last convolution's positions are pooled, when there are convolutions.
    public var globalPooling: ConvolutionFront.GlobalPooling
    /// The fraction of the training part carved off to choose the epoch to keep (0.1, as a
    /// ``ValidationSplit``); 0 chooses it on the test part, as the original project did.
    public var validationFraction: Double
    /// Whether the model also hears each recording at the speeds of the training set's speed
    /// copies (test-time augmentation, see ``TrainedModel/testTimeSpeeds``; default false:
    /// it costs a prediction two more analyses for a gain within the spread of seeds on
    /// digitviz's convolutional recipe).
    public var testTimeSpeeds: Bool

    /// Creates a configuration.
    public init(
        epochs: Int = 200, batchSize: Int = 16, learningRate: Float = 1e-3, seed: UInt64 = 42,
        standardize: Bool = true, hiddenLayers: [Architecture.HiddenLayer] = Architecture.originalHiddenLayers,
        validationFraction: Double = ValidationSplit.standard.fraction,
        convolutionLayers: [ConvolutionFront.Layer] = [], globalPooling: ConvolutionFront.GlobalPooling = .max,
        patience: Int? = nil, weightDecay: Float = 0, ensembleSize: Int = 1, testTimeSpeeds: Bool = false
    ) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.seed = seed
        self.standardize = standardize
        self.hiddenLayers = hiddenLayers
        self.validationFraction = validationFraction
        self.convolutionLayers = convolutionLayers
        self.globalPooling = globalPooling
        self.patience = patience
        self.weightDecay = weightDecay
        self.ensembleSize = ensembleSize
        self.testTimeSpeeds = testTimeSpeeds
    }

    /// The speeds a model trained on `set` with this configuration hears recordings at:
    /// the set's speed copies' (``TrainingSet/testTimeSpeeds``), or none.
    public func testTimeSpeeds(of set: TrainingSet) -> [Double] {
        testTimeSpeeds ? set.testTimeSpeeds : []
    }

    /// The network for features of `dimension` numbers made by `features`: the hidden
    /// layers, after the convolutions when there are any.
    ///
    /// - Throws: ``InputError`` when there are convolutions and the features are not a
    ///   sequence of frames of that size.
    public func architecture(dimension: Int, features: FeatureConfiguration, classes: Int) throws -> Architecture {
        guard !convolutionLayers.isEmpty else { return Architecture(inputs: dimension, hidden: hiddenLayers, classes: classes) }
        guard features.pooling.isSequence, features.dimension == dimension else {
            throw InputError("a convolutional network needs features pooled as a sequence of frames (--pooling frames or sequence), "
                + "not \(features.pooling.rawValue)")
        }
        let front = ConvolutionFront(frames: features.segmentCount, channels: features.coefficients,
                                     layers: convolutionLayers, globalPooling: globalPooling)
        return Architecture(inputs: dimension, convolution: front, hidden: hiddenLayers, classes: classes)
    }

    /// Throws the first setting out of range: epochs and batch size below 1, or a learning
    /// rate that is not positive and finite, a negative weight decay, an ensemble outside 1–10 (the network is checked by ``Architecture/problem``).
    public func validate() throws {
        guard epochs >= 1 else { throw InputError("epochs must be at least 1, got \(epochs)") }
        guard batchSize >= 1 else { throw InputError("batch size must be at least 1, got \(batchSize)") }
        guard learningRate > 0, learningRate.isFinite else { throw InputError("learning rate must be positive, got \(learningRate)") }
        if let patience, patience < 1 { throw InputError("patience must be at least 1 epoch, got \(patience)") }
        guard (1...10).contains(ensembleSize) else { throw InputError("an ensemble has 1 to 10 networks, got \(ensembleSize)") }
        guard weightDecay >= 0, weightDecay * learningRate < 1 else {
            throw InputError("weight decay must be at least 0 and below 1 / learning rate, got \(weightDecay)")
        }
        guard validationFraction >= 0, validationFraction < 1 else {
            throw InputError("validation split must be at least 0 and below 1, got \(validationFraction)")
        }
    }
}
