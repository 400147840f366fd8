import DigitAudio

extension ArchitectureDiagram {
    /// The diagram of a network (the original project's by default): input, then each
    /// convolution with its max pooling and the global pooling when the network has them,
    /// then per hidden layer its dense units and activation and its dropout (when
    /// non-zero), then the softmax output; parameters per layer as the network counts them.
    public init(architecture: Architecture = .original, title: String = "Model Architecture") {
        var layers: [Layer] = [.input(units: architecture.inputs)]
        if let front = architecture.convolution {
            layers = [.sequence(frames: front.frames, channels: front.channels)]
            for (index, layer) in front.layers.enumerated() {
                let shape = front.kernelShapes[index]
                layers.append(.convolution(filters: layer.filters, width: layer.width, positions: front.positions[index],
                                           activation: "relu", parameters: shape.inputs * shape.outputs + shape.outputs))
                if layer.pool > 1 {
                    layers.append(.pooling(name: "MaxPooling1D", description: "The largest of every \(layer.pool) positions"))
                }
            }
            switch front.globalPooling {
            case .max: layers.append(.pooling(name: "GlobalMaxPooling1D", description: "The largest of all positions"))
            case .mean: layers.append(.pooling(name: "GlobalAveragePooling1D", description: "The mean of all positions"))
            }
        }
        let shapes = architecture.denseShapes
        for (index, shape) in shapes.enumerated() {
            layers.append(.dense(units: shape.outputs, activation: architecture.activations[index].rawValue,
                                 parameters: architecture.denseParameterCounts[index]))
            if architecture.dropoutRates[index] > 0 { layers.append(.dropout(rate: architecture.dropoutRates[index])) }
        }
        self.init(layers: layers, title: title)
    }
}
