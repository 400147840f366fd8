/// The kinds of network digitviz trains, each with the features it reads.
public enum NetworkKind: String, Codable, Sendable, CaseIterable {
    /// The original project's multilayer perceptron, on features pooled into one vector
    /// (digitviz's recipe: 20 MFCCs by five segments).
    case mlp
    /// Convolutions over the word's frames (``ConvolutionFront/standardLayers``), then a
    /// dense layer, on the same front end's MFCC frames
    /// (``FeatureConfiguration/digitvizFrames``: the word's middle 32 frames).
    case cnn

    /// The features it trains on unless told otherwise.
    public var features: FeatureConfiguration {
        switch self {
        case .mlp: .digitviz
        case .cnn: .digitvizFrames
        }
    }

    /// Its convolutions: none for the MLP.
    public var convolutionLayers: [ConvolutionFront.Layer] {
        switch self {
        case .mlp: []
        case .cnn: ConvolutionFront.standardLayers
        }
    }

    /// Its hidden dense layers: the original's for the MLP; one of 64 ReLU units with
    /// dropout 0.25 after the convolutions.
    public var hiddenLayers: [Architecture.HiddenLayer] {
        switch self {
        case .mlp: Architecture.originalHiddenLayers
        case .cnn: [Architecture.HiddenLayer(units: 64, activation: .relu, dropout: 0.25)]
        }
    }

    /// Epochs without a lower validation loss before training stops: none for the MLP,
    /// which trains its 200 epochs as the original did (stopping it after 30 cost about two
    /// points on new voices, within the spread of seeds); ``TrainingConfiguration/standardPatience``
    /// for the convolutional network, whose best epoch comes early.
    public var patience: Int? {
        switch self {
        case .mlp: nil
        case .cnn: TrainingConfiguration.standardPatience
        }
    }

    /// The network as trained on its ``features`` with ten classes.
    public var architecture: Architecture {
        let configuration = TrainingConfiguration(hiddenLayers: hiddenLayers, convolutionLayers: convolutionLayers)
        // The kind's own features always fit its layers.
        return try! configuration.architecture(dimension: features.dimension, features: features, classes: digitNames.count)
    }
}
