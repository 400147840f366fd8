/// A multilayer perceptron: ``Dense`` layers with activations, softmax at the output.
///
/// Dropout belongs to training only (the ``Trainer`` applies it); inference is
/// deterministic. Matrix products go through the small-matrix kernels of CKernels, so a
/// batch of rows costs a few matrix multiplications: one 40-feature row through the
/// default network takes a few microseconds.
public struct MLP: Sendable, Equatable {
    /// The shape of the network.
    public let architecture: Architecture
    /// The dense layers, from input to output, shaped as `architecture.denseShapes`.
    public private(set) var layers: [Dense]

    /// A freshly initialized network: Glorot-uniform kernels and zero biases, layer by layer,
    /// drawn from `generator`.
    public init(architecture: Architecture, generator: inout SeededGenerator) {
        precondition(architecture.problem == nil, architecture.problem ?? "")
        self.architecture = architecture
        self.layers = architecture.denseShapes.map { Dense(inputs: $0.inputs, outputs: $0.outputs, generator: &generator) }
    }

    /// A network with the given layers, which must match the architecture's shapes.
    public init(architecture: Architecture, layers: [Dense]) {
        precondition(architecture.problem == nil, architecture.problem ?? "")
        let shapes = architecture.denseShapes
        precondition(layers.count == shapes.count
            && zip(layers, shapes).allSatisfy { $0.inputs == $1.inputs && $0.outputs == $1.outputs },
            "layers do not match the architecture")
        self.architecture = architecture
        self.layers = layers
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
        let parameters = flatParameters
        return batch.withUnsafeBufferPointer { input in
            parameters.withUnsafeBufferPointer { parameters in
                let output = ForwardPass.run(
                    input: input.baseAddress!, rows: rows, parameters: parameters.baseAddress!, shapes: shapes,
                    offsets: flatOffsets, activations: architecture.activations, outputs: { buffers[$0] })
                return Array(UnsafeBufferPointer(start: output, count: rows * architecture.classes))
            }
        }
    }

    // MARK: - Flat parameters (training)

    /// All parameters in one array: layer 0's kernel then bias, then layer 1's, and so on.
    var flatParameters: [Float] { layers.flatMap { $0.kernel + $0.bias } }

    /// Where each layer's kernel and bias start in ``flatParameters``.
    var flatOffsets: [(kernel: Int, bias: Int)] {
        var offset = 0
        return layers.map { layer in
            defer { offset += layer.parameterCount }
            return (offset, offset + layer.inputs * layer.outputs)
        }
    }

    /// Replaces every parameter from a flat array laid out as ``flatParameters``.
    mutating func setFlatParameters(_ flat: UnsafeBufferPointer<Float>) {
        precondition(flat.count == parameterCount, "wrong number of parameters")
        for (index, offsets) in flatOffsets.enumerated() {
            let layer = layers[index]
            layers[index].kernel = Array(flat[offsets.kernel ..< offsets.bias])
            layers[index].bias = Array(flat[offsets.bias ..< offsets.bias + layer.outputs])
        }
    }
}
