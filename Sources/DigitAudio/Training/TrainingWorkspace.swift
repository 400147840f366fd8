/// The preallocated memory of one training run: the network's parameters and gradients
/// in flat buffers, and every activation, dropout mask and gradient buffer for batches of
/// up to `capacity` rows. A training step allocates nothing.
///
/// Owned by one ``Trainer`` call and never shared between tasks.
final class TrainingWorkspace {
    /// The network's shape.
    let architecture: Architecture
    /// Largest number of rows a pass may take.
    let capacity: Int
    /// All parameters, laid out as ``Network/flatParameters``.
    let parameters: UnsafeMutableBufferPointer<Float>
    /// The gradient of the last training step, laid out as `parameters`.
    let gradients: UnsafeMutableBufferPointer<Float>
    /// Rows fed to the next pass: `capacity × inputs`.
    let input: UnsafeMutablePointer<Float>
    /// Class of each input row, for a training step.
    let labels: UnsafeMutablePointer<Int>

    private let shapes: [(inputs: Int, outputs: Int)]
    private let offsets: [(kernel: Int, bias: Int)]
    /// The convolutional front's passes and its layers' parameter offsets, when the network has one.
    private let convolution: ConvolutionPass?
    private let convolutionOffsets: [(kernel: Int, bias: Int)]
    private let activations: [Activation]
    private let dropouts: [Dropout]
    /// Per dense layer: its activated outputs, before dropout (`capacity × outputs`).
    private let activated: [UnsafeMutablePointer<Float>]
    /// Per dense layer with dropout: the dropout mask and the outputs after it.
    private let masks: [UnsafeMutablePointer<Float>?]
    private let dropped: [UnsafeMutablePointer<Float>?]
    /// Two buffers for gradients flowing between layers (`capacity × widest layer`, inputs included).
    private let gradientBuffers: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)
    /// Scratch room for the 16-bit draws of one dropout mask.
    private let draws: UnsafeMutablePointer<UInt16>
    private var allocations: [UnsafeMutableRawPointer] = []
    /// Charged with "forward", "loss" and "backward" by ``computeGradients(rows:generator:)``.
    var clock: StageClock?
    /// The second thread the products are split with, if any.
    let team: KernelTeam?

    /// Memory for training `network` (its parameters are copied in) on batches of up to
    /// `capacity` rows, its products split with `team` when there is one.
    init(network: Network, capacity: Int, team: KernelTeam? = nil) {
        self.team = team
        architecture = network.architecture
        self.capacity = capacity
        shapes = architecture.denseShapes
        let parameterOffsets = architecture.parameterOffsets
        offsets = parameterOffsets.dense
        convolutionOffsets = parameterOffsets.convolution
        convolution = architecture.convolution.map { ConvolutionPass(front: $0, capacity: capacity) }
        activations = architecture.activations
        dropouts = architecture.dropoutRates.map(Dropout.init(rate:))

        var allocations: [UnsafeMutableRawPointer] = []
        func floats(_ count: Int) -> UnsafeMutablePointer<Float> {
            let pointer = UnsafeMutablePointer<Float>.allocate(capacity: count)
            pointer.initialize(repeating: 0, count: count)
            allocations.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        let parameterCount = network.parameterCount
        parameters = UnsafeMutableBufferPointer(start: floats(parameterCount), count: parameterCount)
        gradients = UnsafeMutableBufferPointer(start: floats(parameterCount), count: parameterCount)
        _ = parameters.update(fromContentsOf: network.flatParameters)
        input = floats(capacity * architecture.inputs)
        let labelPointer = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        labelPointer.initialize(repeating: 0, count: capacity)
        allocations.append(UnsafeMutableRawPointer(labelPointer))
        labels = labelPointer
        activated = shapes.map { floats(capacity * $0.outputs) }
        masks = zip(shapes, dropouts).map { $1.isActive ? floats(capacity * $0.outputs) : nil }
        dropped = zip(shapes, dropouts).map { $1.isActive ? floats(capacity * $0.outputs) : nil }
        let widest = (shapes.map(\.outputs) + [shapes[0].inputs]).max()!
        gradientBuffers = (floats(capacity * widest), floats(capacity * widest))
        draws = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity * widest + 3)
        draws.initialize(repeating: 0, count: capacity * widest + 3)
        allocations.append(UnsafeMutableRawPointer(draws))
        self.allocations = allocations
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    /// Runs `rows` rows of ``input`` through the network and returns the probabilities
    /// (`rows × classes`, valid until the next pass). With `training`, dropout masks are
    /// drawn from `generator` and applied; without, the generator is untouched.
    @discardableResult
    func forward(rows: Int, training: Bool, generator: inout SeededGenerator) -> UnsafeMutablePointer<Float> {
        precondition(rows <= capacity, "batch larger than the workspace")
        return ForwardPass.run(
            input: denseInput(rows: rows), rows: rows, parameters: parameters.baseAddress!, shapes: shapes, offsets: offsets,
            activations: activations, outputs: { activated[$0] }, team: team
        ) { layer, output in
            guard training, let mask = masks[layer], let dropped = dropped[layer] else { return UnsafePointer(output) }
            let count = rows * shapes[layer].outputs
            dropouts[layer].fillMask(mask, count: count, draws: draws, generator: &generator)
            for i in 0..<count { dropped[i] = output[i] * mask[i] }
            return UnsafePointer(dropped)
        }
    }

    /// What the dense layers read: the convolutions' pooled output for `rows` rows of
    /// ``input``, or ``input`` itself without a front.
    private func denseInput(rows: Int) -> UnsafePointer<Float> {
        guard let convolution else { return UnsafePointer(input) }
        return UnsafePointer(convolution.forward(input: input, rows: rows, parameters: parameters.baseAddress!,
                                                 offsets: convolutionOffsets, team: team))
    }

    /// One training pass on `rows` rows of ``input`` with classes ``labels``: forward with
    /// dropout, then the gradient of the mean cross-entropy into ``gradients``.
    ///
    /// - Returns: the batch's summed loss and number of correct predictions (dropout on),
    ///   measured before the gradient is taken.
    func computeGradients(rows: Int, generator: inout SeededGenerator) -> (lossSum: Double, correct: Int) {
        let last = shapes.count - 1
        let probabilities = forward(rows: rows, training: true, generator: &generator)
        clock?.lap("forward (with dropout masks)")
        let classes = shapes[last].outputs
        let result = CategoricalCrossEntropy.evaluate(probabilities: probabilities, labels: labels, rows: rows, classes: classes)
        CategoricalCrossEntropy.gradient(inPlace: probabilities, labels: labels, rows: rows, classes: classes)
        clock?.lap("loss")

        var outputGradient = probabilities
        var spare = gradientBuffers.0
        for layer in stride(from: last, through: 0, by: -1) {
            let shape = shapes[layer]
            let layerInput: UnsafePointer<Float> = layer == 0 ? UnsafePointer(convolution?.output ?? input)
                : UnsafePointer(dropped[layer - 1] ?? activated[layer - 1])
            Dense.backward(
                input: layerInput, outputGradient: outputGradient, rows: rows,
                kernel: parameters.baseAddress! + offsets[layer].kernel, inputs: shape.inputs, outputs: shape.outputs,
                kernelGradient: gradients.baseAddress! + offsets[layer].kernel,
                biasGradient: gradients.baseAddress! + offsets[layer].bias,
                inputGradient: layer == 0 && convolution == nil ? nil : spare, team: team)
            guard layer > 0 else {
                convolution?.backward(outputGradient: spare, rows: rows, parameters: parameters.baseAddress!,
                                      offsets: convolutionOffsets, gradients: gradients.baseAddress!, team: team)
                break
            }
            let count = rows * shape.inputs
            if let mask = masks[layer - 1] {
                for i in 0..<count { spare[i] *= mask[i] }
            }
            activations[layer - 1].backpropagate(spare, outputs: activated[layer - 1], count: count)
            outputGradient = spare
            spare = spare == gradientBuffers.0 ? gradientBuffers.1 : gradientBuffers.0
        }
        clock?.lap("backward")
        return result
    }
}
