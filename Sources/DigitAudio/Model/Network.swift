/// A neural network: an optional ``ConvolutionFront`` over the input's frames, then
/// ``Dense`` layers with activations, softmax at the output.
///
/// Without convolutions it is the original project's multilayer perceptron. Dropout
/// belongs to training only (the ``Trainer`` applies it); inference is deterministic.
/// Matrix products go through the small-matrix kernels of CKernels, so a batch of rows
/// costs a few matrix multiplications: one 40-feature row through the original network
/// takes a few microseconds.
public struct Network: Sendable, Equatable {
    /// The shape of the network.
    public let architecture: Architecture
    /// The convolutions, from input to output, each as the dense layer it applies at every
    /// position (shaped as `architecture.convolution.kernelShapes`); empty without a front.
    public private(set) var convolutions: [Dense]
    /// The dense layers, from input to output, shaped as `architecture.denseShapes`.
    public private(set) var layers: [Dense]
    /// All parameters in one array, laid out as ``Architecture/parameterOffsets``: each
    /// convolution's kernel then bias, then each dense layer's. Kept beside the layers, so
    /// that a prediction reads them in place instead of gathering them every time.
    private(set) var flatParameters: [Float]

    /// A freshly initialized network: Glorot-uniform kernels (a convolution's fan-in and
    /// fan-out are those of its dense layer, `width × channels` and `filters`) and zero
    /// biases, layer by layer from input to output, drawn from `generator`.
    public init(architecture: Architecture, generator: inout SeededGenerator) {
        precondition(architecture.problem == nil, architecture.problem ?? "")
        self.architecture = architecture
        self.convolutions = (architecture.convolution?.kernelShapes ?? []).map {
            Dense(inputs: $0.inputs, outputs: $0.outputs, generator: &generator)
        }
        self.layers = architecture.denseShapes.map { Dense(inputs: $0.inputs, outputs: $0.outputs, generator: &generator) }
        flatParameters = Self.flat(convolutions + layers, count: architecture.parameterCount)
    }

    /// A network with the given layers, which must match the architecture's shapes.
    public init(architecture: Architecture, convolutions: [Dense] = [], layers: [Dense]) {
        precondition(architecture.problem == nil, architecture.problem ?? "")
        func fits(_ layers: [Dense], _ shapes: [(inputs: Int, outputs: Int)]) -> Bool {
            layers.count == shapes.count && zip(layers, shapes).allSatisfy { $0.inputs == $1.inputs && $0.outputs == $1.outputs }
        }
        precondition(fits(convolutions, architecture.convolution?.kernelShapes ?? []), "convolutions do not match the architecture")
        precondition(fits(layers, architecture.denseShapes), "layers do not match the architecture")
        self.architecture = architecture
        self.convolutions = convolutions
        self.layers = layers
        flatParameters = Self.flat(convolutions + layers, count: architecture.parameterCount)
    }

    /// Total trainable parameters.
    public var parameterCount: Int { architecture.parameterCount }

    /// Class probabilities for `rows` feature vectors given row-major in `batch`
    /// (`rows × inputs`), returned row-major (`rows × classes`); each row sums to 1.
    public func predictProbabilities(batch: [Float]) -> [Float] {
        let inputs = architecture.inputs
        precondition(batch.count % inputs == 0, "batch length must be a multiple of \(inputs)")
        let rows = batch.count / inputs
        guard rows > 0 else { return [] }
        let shapes = architecture.denseShapes
        let buffers = shapes.map { shape in
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: rows * shape.outputs)
            buffer.initialize(repeating: 0, count: rows * shape.outputs)
            return buffer
        }
        defer { for buffer in buffers { buffer.deallocate() } }
        let offsets = architecture.parameterOffsets
        let convolution = architecture.convolution.map { ConvolutionPass(front: $0, capacity: rows) }
        return batch.withUnsafeBufferPointer { input in
            flatParameters.withUnsafeBufferPointer { parameters in
                let denseInput = convolution.map {
                    UnsafePointer($0.forward(input: input.baseAddress!, rows: rows, parameters: parameters.baseAddress!,
                                             offsets: offsets.convolution))
                } ?? input.baseAddress!
                let output = ForwardPass.run(
                    input: denseInput, rows: rows, parameters: parameters.baseAddress!, shapes: shapes,
                    offsets: offsets.dense, activations: architecture.activations, outputs: { buffers[$0] })
                return Array(UnsafeBufferPointer(start: output, count: rows * architecture.classes))
            }
        }
    }

    // MARK: - Flat parameters (training)

    /// `layers`' kernels and biases, one after the other.
    private static func flat(_ layers: [Dense], count: Int) -> [Float] {
        var flat: [Float] = []
        flat.reserveCapacity(count)
        for layer in layers {
            flat += layer.kernel
            flat += layer.bias
        }
        return flat
    }

    /// Replaces every parameter from a flat array laid out as ``flatParameters``.
    mutating func setFlatParameters(_ flat: UnsafeBufferPointer<Float>) {
        precondition(flat.count == parameterCount, "wrong number of parameters")
        let offsets = architecture.parameterOffsets
        func load(_ layers: inout [Dense], _ offsets: [(kernel: Int, bias: Int)]) {
            for (index, offset) in offsets.enumerated() {
                layers[index].kernel = Array(flat[offset.kernel ..< offset.bias])
                layers[index].bias = Array(flat[offset.bias ..< offset.bias + layers[index].outputs])
            }
        }
        load(&convolutions, offsets.convolution)
        load(&layers, offsets.dense)
        flatParameters = Array(flat)
    }
}

/// The network's earlier name, from when it could only be a multilayer perceptron.
@available(*, deprecated, renamed: "Network")
public typealias MLP = Network
