import CKernels

/// A fully connected layer, y = x · W + b, as Keras' `Dense` stores it.
///
/// The kernel `W` is `inputs × outputs`, row-major (Keras' and safetensors' `[in, out]`
/// layout), and the bias has `outputs` entries. The activation is not part of the layer:
/// the ``Network`` applies it.
public struct Dense: Sendable, Equatable {
    /// Number of inputs (rows of the kernel).
    public let inputs: Int
    /// Number of outputs (columns of the kernel).
    public let outputs: Int
    /// The weights, `inputs × outputs`, row-major.
    public var kernel: [Float]
    /// The bias, one per output.
    public var bias: [Float]

    /// A layer with the given weights.
    public init(inputs: Int, outputs: Int, kernel: [Float], bias: [Float]) {
        precondition(inputs > 0 && outputs > 0, "a dense layer needs inputs and outputs")
        precondition(kernel.count == inputs * outputs, "kernel must have inputs × outputs weights")
        precondition(bias.count == outputs, "bias must have one entry per output")
        self.inputs = inputs
        self.outputs = outputs
        self.kernel = kernel
        self.bias = bias
    }

    /// A layer initialized as Keras does by default: Glorot-uniform kernel, each weight
    /// uniform in ±√(6 / (inputs + outputs)) (Glorot & Bengio, 2010), and a zero bias.
    public init(inputs: Int, outputs: Int, generator: inout SeededGenerator) {
        let limit = Float((6.0 / Double(inputs + outputs)).squareRoot())
        let kernel = (0..<inputs * outputs).map { _ in generator.nextFloat(from: -limit, to: limit) }
        self.init(inputs: inputs, outputs: outputs, kernel: kernel, bias: [Float](repeating: 0, count: outputs))
    }

    /// Number of trainable numbers: kernel and bias.
    public var parameterCount: Int { Self.parameterCount(inputs: inputs, outputs: outputs) }

    /// Weights and biases of a dense layer of this shape: `inputs × outputs + outputs`.
    public static func parameterCount(inputs: Int, outputs: Int) -> Int { inputs * outputs + outputs }

    /// Computes `output = input · kernel + bias` for `rows` input rows (`rows × inputs` in,
    /// `rows × outputs` out, row-major), with CKernels' small-matrix product, split between
    /// `team`'s two threads when there is one.
    static func forward(
        input: UnsafePointer<Float>, rows: Int, kernel: UnsafePointer<Float>, bias: UnsafePointer<Float>,
        inputs: Int, outputs: Int, output: UnsafeMutablePointer<Float>, team: KernelTeam? = nil
    ) {
        ckernels_dense_forward(team?.pointer, input, rows, inputs, kernel, bias, outputs, output)
    }

    /// Given `outputGradient` = ∂L/∂output (`rows × outputs`), writes ∂L/∂kernel = inputᵀ · outputGradient,
    /// ∂L/∂bias = the column sums of outputGradient, and, when asked, ∂L/∂input = outputGradient · kernelᵀ.
    static func backward(
        input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>, rows: Int,
        kernel: UnsafePointer<Float>, inputs: Int, outputs: Int,
        kernelGradient: UnsafeMutablePointer<Float>, biasGradient: UnsafeMutablePointer<Float>,
        inputGradient: UnsafeMutablePointer<Float>?, team: KernelTeam? = nil
    ) {
        ckernels_dense_kernel_gradient(team?.pointer, input, outputGradient, rows, inputs, outputs, kernelGradient, biasGradient)
        if let inputGradient {
            ckernels_dense_input_gradient(team?.pointer, outputGradient, kernel, rows, inputs, outputs, inputGradient)
        }
    }
}
