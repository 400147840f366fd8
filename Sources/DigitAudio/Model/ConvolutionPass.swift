/// The forward and backward passes of a ``ConvolutionFront`` over raw buffers, with every
/// intermediate kept for batches of up to `capacity` rows, so a training step allocates
/// nothing. Shared by inference (``Network/predictProbabilities(batch:)``) and training
/// (`TrainingWorkspace`).
///
/// Each convolution runs as a dense layer over "patches": the `width` frames under each
/// position, copied into one row (im2col), so the same small-matrix kernels of CKernels do
/// the work and sum in one fixed order. Its backward pass adds each patch's gradient back
/// onto the frames it came from (col2im).
final class ConvolutionPass {
    /// The layers run.
    let front: ConvolutionFront
    /// Largest number of rows a pass may take.
    let capacity: Int
    /// Per row, one number per filter of the last layer, after the global pooling (valid after ``forward``).
    let output: UnsafeMutablePointer<Float>

    private let shapes: [ConvolutionFront.LayerShape]
    /// Per layer: its patches (`rows × positions × patchSize`).
    private let patches: [UnsafeMutablePointer<Float>]
    /// Per layer: its activated outputs (`rows × positions × filters`).
    private let activated: [UnsafeMutablePointer<Float>]
    /// Per layer with pooling: the pooled outputs and the position each came from.
    private let pooled: [UnsafeMutablePointer<Float>?]
    private let pooledFrom: [UnsafeMutablePointer<Int32>?]
    /// The position each global maximum came from (`rows × filters`), for `.max`.
    private let globalFrom: UnsafeMutablePointer<Int32>
    /// Gradient buffers: two for values flowing between layers, one for patches.
    private let gradientBuffers: (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>)
    private let patchGradient: UnsafeMutablePointer<Float>
    private var allocations: [UnsafeMutableRawPointer] = []

    /// Memory for running `front` on batches of up to `capacity` rows.
    init(front: ConvolutionFront, capacity: Int) {
        precondition(front.problem == nil, front.problem ?? "")
        self.front = front
        self.capacity = capacity
        shapes = front.shapes
        var allocations: [UnsafeMutableRawPointer] = []
        func floats(_ count: Int) -> UnsafeMutablePointer<Float> {
            let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
            pointer.initialize(repeating: 0, count: max(count, 1))
            allocations.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        func indices(_ count: Int) -> UnsafeMutablePointer<Int32> {
            let pointer = UnsafeMutablePointer<Int32>.allocate(capacity: max(count, 1))
            pointer.initialize(repeating: 0, count: max(count, 1))
            allocations.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        patches = shapes.map { floats(capacity * $0.positions * $0.patchSize) }
        activated = shapes.map { floats(capacity * $0.positions * $0.filters) }
        pooled = shapes.map { $0.pool > 1 ? floats(capacity * $0.pooledPositions * $0.filters) : nil }
        pooledFrom = shapes.map { $0.pool > 1 ? indices(capacity * $0.pooledPositions * $0.filters) : nil }
        output = floats(capacity * front.outputs)
        globalFrom = indices(capacity * front.outputs)
        let widest = shapes.map { max($0.positions * $0.filters, $0.framesIn * $0.channelsIn) }.max() ?? 0
        gradientBuffers = (floats(capacity * widest), floats(capacity * widest))
        patchGradient = floats(capacity * (shapes.map { $0.positions * $0.patchSize }.max() ?? 0))
        self.allocations = allocations
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    /// Runs `rows` rows of `input` (`rows × frames × channels`) through the layers, reading
    /// layer `i`'s kernel and bias at `parameters + offsets[i]`, and returns ``output``;
    /// the products are split between `team`'s threads when there is one.
    @discardableResult
    func forward(input: UnsafePointer<Float>, rows: Int, parameters: UnsafePointer<Float>,
                 offsets: [(kernel: Int, bias: Int)], team: KernelTeam? = nil) -> UnsafeMutablePointer<Float> {
        precondition(rows <= capacity, "batch larger than the convolution's workspace")
        var layerInput = input
        for (l, shape) in shapes.enumerated() {
            let rowLength = shape.framesIn * shape.channelsIn
            for r in 0..<rows {
                for p in 0..<shape.positions {
                    (patches[l] + (r * shape.positions + p) * shape.patchSize)
                        .update(from: layerInput + r * rowLength + p * shape.channelsIn, count: shape.patchSize)
                }
            }
            Dense.forward(input: patches[l], rows: rows * shape.positions, kernel: parameters + offsets[l].kernel,
                          bias: parameters + offsets[l].bias, inputs: shape.patchSize, outputs: shape.filters,
                          output: activated[l], team: team)
            Activation.relu.apply(to: activated[l], rows: rows * shape.positions, columns: shape.filters)
            if let pooled = pooled[l], let from = pooledFrom[l] {
                maxPool(activated[l], rows: rows, shape: shape, into: pooled, from: from)
                layerInput = UnsafePointer(pooled)
            } else {
                layerInput = UnsafePointer(activated[l])
            }
        }
        poolGlobally(layerInput, rows: rows)
        return output
    }

    /// Given ∂L/∂``output`` (`rows × filters`) for the rows of the last ``forward``, writes
    /// every layer's kernel and bias gradient at `gradients + offsets[i]` (products split
    /// between `team`'s threads when there is one).
    func backward(outputGradient: UnsafePointer<Float>, rows: Int, parameters: UnsafePointer<Float>,
                  offsets: [(kernel: Int, bias: Int)], gradients: UnsafeMutablePointer<Float>, team: KernelTeam? = nil) {
        let filters = front.outputs, positions = front.finalPositions
        var gradient = gradientBuffers.0
        gradient.update(repeating: 0, count: rows * positions * filters)
        for r in 0..<rows {
            for f in 0..<filters {
                let g = outputGradient[r * filters + f]
                switch front.globalPooling {
                case .mean:
                    let share = g / Float(positions)
                    for t in 0..<positions { gradient[(r * positions + t) * filters + f] = share }
                case .max:
                    gradient[(r * positions + Int(globalFrom[r * filters + f])) * filters + f] = g
                }
            }
        }
        for l in shapes.indices.reversed() {
            let shape = shapes[l]
            if let from = pooledFrom[l] {
                let spread = other(gradient)
                spread.update(repeating: 0, count: rows * shape.positions * shape.filters)
                for i in 0..<rows * shape.pooledPositions * shape.filters {
                    spread[Int(from[i])] = gradient[i]
                }
                gradient = spread
            }
            let count = rows * shape.positions * shape.filters
            Activation.relu.backpropagate(gradient, outputs: activated[l], count: count)
            Dense.backward(input: patches[l], outputGradient: gradient, rows: rows * shape.positions,
                           kernel: parameters + offsets[l].kernel, inputs: shape.patchSize, outputs: shape.filters,
                           kernelGradient: gradients + offsets[l].kernel, biasGradient: gradients + offsets[l].bias,
                           inputGradient: l == 0 ? nil : patchGradient, team: team)
            guard l > 0 else { break }
            let inputGradient = other(gradient)
            let rowLength = shape.framesIn * shape.channelsIn
            inputGradient.update(repeating: 0, count: rows * rowLength)
            for r in 0..<rows {
                for p in 0..<shape.positions {
                    let source = patchGradient + (r * shape.positions + p) * shape.patchSize
                    let target = inputGradient + r * rowLength + p * shape.channelsIn
                    for i in 0..<shape.patchSize { target[i] += source[i] }
                }
            }
            gradient = inputGradient
        }
    }

    /// The gradient buffer that is not `buffer`.
    private func other(_ buffer: UnsafeMutablePointer<Float>) -> UnsafeMutablePointer<Float> {
        buffer == gradientBuffers.0 ? gradientBuffers.1 : gradientBuffers.0
    }

    /// Max pooling by `shape.pool` positions; `from` records the flat index in `values` each
    /// maximum came from (the first on ties).
    private func maxPool(_ values: UnsafePointer<Float>, rows: Int, shape: ConvolutionFront.LayerShape,
                         into pooled: UnsafeMutablePointer<Float>, from: UnsafeMutablePointer<Int32>) {
        let filters = shape.filters
        for r in 0..<rows {
            for q in 0..<shape.pooledPositions {
                for f in 0..<filters {
                    var best = (r * shape.positions + q * shape.pool) * filters + f
                    for k in 1..<shape.pool {
                        let index = (r * shape.positions + q * shape.pool + k) * filters + f
                        if values[index] > values[best] { best = index }
                    }
                    let target = (r * shape.pooledPositions + q) * filters + f
                    pooled[target] = values[best]
                    from[target] = Int32(best)
                }
            }
        }
    }

    /// The global pooling of the last layer's `rows × finalPositions × filters` values into ``output``.
    private func poolGlobally(_ values: UnsafePointer<Float>, rows: Int) {
        let filters = front.outputs, positions = front.finalPositions
        for r in 0..<rows {
            for f in 0..<filters {
                switch front.globalPooling {
                case .mean:
                    var sum: Float = 0
                    for t in 0..<positions { sum += values[(r * positions + t) * filters + f] }
                    output[r * filters + f] = sum / Float(positions)
                case .max:
                    var best = 0
                    for t in 1..<max(positions, 1) where values[(r * positions + t) * filters + f]
                        > values[(r * positions + best) * filters + f] { best = t }
                    output[r * filters + f] = values[(r * positions + best) * filters + f]
                    globalFrom[r * filters + f] = Int32(best)
                }
            }
        }
    }
}
