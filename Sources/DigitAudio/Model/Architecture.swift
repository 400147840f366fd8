/// The shape of a network: input size, an optional ``ConvolutionFront``, hidden layers,
/// and output classes.
///
/// Without a convolutional front it is a multilayer perceptron, the original project's
/// kind. Each hidden layer is a ``Dense`` layer, its activation, then ``Dropout`` when the
/// rate is above zero; the output layer is a ``Dense`` layer with softmax over `classes`.
/// With a front, the dense layers take its pooled output instead of the input row. As JSON
/// (the model file's `architecture` metadata) it reads, for the default:
/// `{"classes":10,"hidden":[{"activation":"relu","dropout":0.25,"units":128},…],"inputs":40,"output_activation":"softmax"}`.
public struct Architecture: Codable, Sendable, Equatable {
    /// One hidden layer: ``Dense`` with `units` outputs, `activation`, then dropout at `dropout`.
    public struct HiddenLayer: Codable, Sendable, Equatable {
        /// Number of neurons.
        public var units: Int
        /// The nonlinearity after the dense layer; any but softmax.
        public var activation: Activation
        /// Dropout rate after the activation, in [0, 1); 0 for none.
        public var dropout: Double

        /// Creates a hidden layer description.
        public init(units: Int, activation: Activation = .relu, dropout: Double = 0) {
            self.units = units
            self.activation = activation
            self.dropout = dropout
        }
    }

    /// The original project's hidden layers: 128, 256, 128 ReLU units, each with dropout 0.25.
    public static let originalHiddenLayers = [128, 256, 128].map { HiddenLayer(units: $0, activation: .relu, dropout: 0.25) }

    /// Length of the input feature vector.
    public var inputs: Int
    /// Convolutions over the input's frames before the dense layers; `nil` for an MLP.
    public var convolution: ConvolutionFront?
    /// The hidden layers, from input to output.
    public var hidden: [HiddenLayer]
    /// Number of output classes (softmax outputs).
    public var classes: Int
    /// The output layer's activation; always softmax (stored so the file is self-describing).
    public var outputActivation: Activation { .softmax }

    /// Creates an architecture; the defaults are the original's (40 → 128 → 256 → 128 → 10).
    public init(inputs: Int = 40, convolution: ConvolutionFront? = nil,
                hidden: [HiddenLayer] = Architecture.originalHiddenLayers, classes: Int = 10) {
        self.inputs = inputs
        self.convolution = convolution
        self.hidden = hidden
        self.classes = classes
    }

    /// The original project's network.
    public static let original = Architecture()

    /// The (inputs, outputs) of every dense layer, from input to output.
    public var denseShapes: [(inputs: Int, outputs: Int)] {
        let sizes = [convolution?.outputs ?? inputs] + hidden.map(\.units) + [classes]
        return zip(sizes, sizes.dropFirst()).map { ($0, $1) }
    }

    /// The activation after every dense layer, from input to output.
    public var activations: [Activation] { hidden.map(\.activation) + [.softmax] }

    /// The dropout rate after every dense layer (0 after the output layer).
    public var dropoutRates: [Double] { hidden.map(\.dropout) + [0] }

    /// Trainable parameters (weights and biases) of every dense layer, from input to output.
    public var denseParameterCounts: [Int] { denseShapes.map { Dense.parameterCount(inputs: $0.inputs, outputs: $0.outputs) } }

    /// Total trainable parameters: the convolutions' then the dense layers'.
    public var parameterCount: Int { (convolution?.parameterCount ?? 0) + denseParameterCounts.reduce(0, +) }

    /// Where each layer's kernel and bias start in one flat array of all parameters: the
    /// convolutions first, then the dense layers, each kernel followed by its bias.
    var parameterOffsets: (convolution: [(kernel: Int, bias: Int)], dense: [(kernel: Int, bias: Int)]) {
        var offset = 0
        func place(_ shapes: [(inputs: Int, outputs: Int)]) -> [(kernel: Int, bias: Int)] {
            shapes.map { shape in
                defer { offset += Dense.parameterCount(inputs: shape.inputs, outputs: shape.outputs) }
                return (offset, offset + shape.inputs * shape.outputs)
            }
        }
        let convolution = place(convolution?.kernelShapes ?? [])
        return (convolution, place(denseShapes))
    }

    /// The first inconsistency, if any: non-positive sizes, fewer than two classes, a softmax
    /// hidden layer, or a dropout rate outside [0, 1).
    public var problem: String? {
        if inputs < 1 { return "inputs must be positive, got \(inputs)" }
        if classes < 2 { return "need at least two classes, got \(classes)" }
        if let convolution {
            if let problem = convolution.problem { return problem }
            if convolution.inputs != inputs {
                return "the convolutions take \(convolution.frames) frames × \(convolution.channels) channels, not \(inputs) inputs"
            }
        }
        for (i, layer) in hidden.enumerated() {
            if layer.units < 1 { return "hidden layer \(i) must have units, got \(layer.units)" }
            if !layer.activation.isElementwise { return "hidden layer \(i) cannot use \(layer.activation.rawValue)" }
            if !(layer.dropout >= 0 && layer.dropout < 1) {
                return "hidden layer \(i) dropout must be in [0, 1), got \(layer.dropout)"
            }
        }
        return nil
    }

    private enum CodingKeys: String, CodingKey {
        case inputs, convolution, hidden, classes
        case outputActivation = "output_activation"
    }

    /// Decodes an architecture, rejecting an output activation other than softmax.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        inputs = try container.decode(Int.self, forKey: .inputs)
        convolution = try container.decodeIfPresent(ConvolutionFront.self, forKey: .convolution)
        hidden = try container.decode([HiddenLayer].self, forKey: .hidden)
        classes = try container.decode(Int.self, forKey: .classes)
        if let output = try container.decodeIfPresent(Activation.self, forKey: .outputActivation), output != .softmax {
            throw DecodingError.dataCorruptedError(forKey: .outputActivation, in: container,
                                                   debugDescription: "output activation must be softmax")
        }
    }

    /// Encodes the architecture, output activation included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(inputs, forKey: .inputs)
        try container.encodeIfPresent(convolution, forKey: .convolution)
        try container.encode(hidden, forKey: .hidden)
        try container.encode(classes, forKey: .classes)
        try container.encode(outputActivation, forKey: .outputActivation)
    }
}
