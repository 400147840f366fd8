/// The forward pass of a network's dense layers over raw buffers, the one shared by inference
/// (``Network/predictProbabilities(batch:)``) and training: for each dense layer,
/// `output = activation(input · kernel + bias)`.
///
/// Parameters are laid out as ``Network/flatParameters``. Training applies dropout between
/// layers through `feed`, which is given each layer's activated output and returns what
/// the next layer reads; inference feeds outputs on unchanged.
enum ForwardPass {
    /// Runs `rows` rows of `input` through the layers and returns the last layer's output
    /// (`rows × classes`, softmax probabilities).
    ///
    /// - Parameters:
    ///   - shapes: each dense layer's inputs and outputs.
    ///   - offsets: where each layer's kernel and bias start in `parameters`.
    ///   - outputs: per layer, room for `rows × outputs` activated values.
    ///   - team: a second thread for the products, if any.
    ///   - feed: maps a layer's index and activated output to the next layer's input.
    static func run(
        input: UnsafePointer<Float>, rows: Int, parameters: UnsafePointer<Float>,
        shapes: [(inputs: Int, outputs: Int)], offsets: [(kernel: Int, bias: Int)], activations: [Activation],
        outputs: (Int) -> UnsafeMutablePointer<Float>,
        team: KernelTeam? = nil,
        feed: (Int, UnsafeMutablePointer<Float>) -> UnsafePointer<Float> = { UnsafePointer($1) }
    ) -> UnsafeMutablePointer<Float> {
        var layerInput = input
        var output = outputs(0)
        for (layer, shape) in shapes.enumerated() {
            output = outputs(layer)
            Dense.forward(
                input: layerInput, rows: rows, kernel: parameters + offsets[layer].kernel,
                bias: parameters + offsets[layer].bias, inputs: shape.inputs, outputs: shape.outputs, output: output,
                team: team)
            activations[layer].apply(to: output, rows: rows, columns: shape.outputs)
            layerInput = feed(layer, output)
        }
        return output
    }
}
