/// The convolutional layers a network may put before its dense layers: 1-D convolutions
/// over time on a recording's sequence of frames, then a pooling over all remaining time.
///
/// The input row is `frames × channels` numbers, frame by frame (frame 0's channels, then
/// frame 1's, …), as ``FeatureConfiguration/Pooling/sequence`` makes them. Each layer
/// slides `width` frames at a time ("valid": no padding, stride 1), applies ReLU, then
/// keeps the largest value of every `pool` consecutive positions (max pooling, when
/// `pool` > 1). Finally every filter's values over the remaining positions are averaged
/// or maximised (``GlobalPooling``), which gives the dense layers one number per filter
/// of the last layer, wherever in time the word's features fell.
///
/// A layer's kernel is laid out as Keras' `Conv1D` stores it, `[width, channels, filters]`
/// row-major, which is a ``Dense`` kernel of `width × channels` inputs: one position's
/// output is a dense layer applied to the `width` frames under it.
public struct ConvolutionFront: Codable, Sendable, Equatable {
    /// One convolution: `filters` outputs per position over `width` frames, ReLU, then max
    /// pooling by `pool` positions (1 for none).
    public struct Layer: Codable, Sendable, Equatable {
        /// Output channels.
        public var filters: Int
        /// Frames seen by one position.
        public var width: Int
        /// Positions merged by max pooling after the activation (1: none).
        public var pool: Int

        /// Creates a layer description.
        public init(filters: Int, width: Int = 3, pool: Int = 1) {
            self.filters = filters
            self.width = width
            self.pool = pool
        }
    }

    /// How the last layer's positions become one number per filter.
    public enum GlobalPooling: String, Codable, Sendable, CaseIterable {
        /// The mean over positions.
        case mean
        /// The largest value over positions.
        case max
    }

    /// The sizes one layer works with, derived from the front and its input.
    struct LayerShape: Equatable {
        /// Frames and channels of the layer's input.
        var framesIn: Int, channelsIn: Int
        /// Frames seen by one position, and output channels.
        var width: Int, filters: Int
        /// Positions of the convolution, and after max pooling.
        var positions: Int, pooledPositions: Int
        /// Max pooling size (1: none).
        var pool: Int
        /// Inputs of the equivalent dense layer: `width × channelsIn`.
        var patchSize: Int { width * channelsIn }
    }

    /// Frames in the input row.
    public var frames: Int
    /// Numbers per frame (the feature coefficients).
    public var channels: Int
    /// The convolutions, from input to output.
    public var layers: [Layer]
    /// How the last layer's positions are pooled.
    public var globalPooling: GlobalPooling

    /// Creates a convolutional front.
    public init(frames: Int, channels: Int, layers: [Layer], globalPooling: GlobalPooling = .max) {
        self.frames = frames
        self.channels = channels
        self.layers = layers
        self.globalPooling = globalPooling
    }

    /// digitviz's convolutional layers: three of 64 filters over 3 frames, the first two
    /// followed by max pooling by 2, then the maximum over time. Leaving one FSDD speaker
    /// out, the third layer (a word's 32 frames seen 18 frames at a time instead of 8) raised
    /// the mean from 88.9 % to 89.5 % and the worst speaker from 81.9 % to 84.1 %.
    public static let standardLayers = [Layer(filters: 64, width: 3, pool: 2), Layer(filters: 64, width: 3, pool: 2),
                                        Layer(filters: 64, width: 3)]

    /// Numbers in an input row: `frames × channels`.
    public var inputs: Int { frames * channels }

    /// Numbers handed to the dense layers: the last layer's filters.
    public var outputs: Int { layers.last?.filters ?? channels }

    /// Every layer's sizes, from input to output, up to the first layer with a non-positive
    /// size or wider (after the pooling before it) than what is left of the input: all
    /// of them when ``problem`` is `nil`.
    var shapes: [LayerShape] {
        var result: [LayerShape] = []
        var frames = frames, channels = channels
        for layer in layers {
            let positions = frames - layer.width + 1
            guard layer.filters >= 1, layer.width >= 1, layer.pool >= 1, positions >= layer.pool else { break }
            let shape = LayerShape(framesIn: frames, channelsIn: channels, width: layer.width, filters: layer.filters,
                                   positions: positions, pooledPositions: positions / layer.pool, pool: layer.pool)
            result.append(shape)
            frames = shape.pooledPositions
            channels = layer.filters
        }
        return result
    }

    /// Frames left after the last layer, over which the global pooling runs.
    var finalPositions: Int { shapes.last?.pooledPositions ?? frames }

    /// Positions of each convolution (before its max pooling), from input to output.
    public var positions: [Int] { shapes.map(\.positions) }

    /// The (inputs, outputs) of the dense layer each convolution is: `width × channels` in, `filters` out.
    public var kernelShapes: [(inputs: Int, outputs: Int)] { shapes.map { ($0.patchSize, $0.filters) } }

    /// Trainable parameters of every layer: kernels and biases.
    public var parameterCount: Int {
        kernelShapes.reduce(0) { $0 + Dense.parameterCount(inputs: $1.inputs, outputs: $1.outputs) }
    }

    /// The first inconsistency, if any: no layers, non-positive sizes, or a layer wider
    /// (after the pooling before it) than what is left of the input.
    public var problem: String? {
        if frames < 1 || channels < 1 { return "a convolution needs frames and channels, got \(frames) × \(channels)" }
        if layers.isEmpty { return "a convolutional front needs at least one layer" }
        let fitting = shapes
        guard fitting.count < layers.count else { return nil }
        let i = fitting.count, layer = layers[i]
        if layer.filters < 1 || layer.width < 1 || layer.pool < 1 {
            return "convolution \(i) needs positive filters, width and pool, got \(layer.filters), \(layer.width), \(layer.pool)"
        }
        let left = fitting.last?.pooledPositions ?? frames
        return "convolution \(i) spans \(layer.width) frames and pools \(layer.pool), but only \(left) frames reach it"
    }

    private enum CodingKeys: String, CodingKey {
        case frames, channels, layers
        case globalPooling = "global_pooling"
    }
}
