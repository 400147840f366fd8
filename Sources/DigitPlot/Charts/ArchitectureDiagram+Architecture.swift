import DigitAudio

extension ArchitectureDiagram {
    /// The diagram of a network (the original project's by default): input, then per
    /// hidden layer its dense units and activation and its dropout (when non-zero), then the
    /// softmax output; parameters per dense layer as the network counts them.
    public init(architecture: Architecture = .original, title: String = "Model Architecture") {
        var layers: [Layer] = [.input(units: architecture.inputs)]
        let shapes = architecture.denseShapes
        for (index, shape) in shapes.enumerated() {
            layers.append(.dense(units: shape.outputs, activation: architecture.activations[index].rawValue,
                                 parameters: architecture.denseParameterCounts[index]))
            if architecture.dropoutRates[index] > 0 { layers.append(.dropout(rate: architecture.dropoutRates[index])) }
        }
        self.init(layers: layers, title: title)
    }
}
