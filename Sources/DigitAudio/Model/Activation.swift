import FoundationEssentials
import Glibc

/// A layer's elementwise (or, for softmax, row-wise) nonlinearity, named as in Keras.
public enum Activation: String, Codable, Sendable, CaseIterable {
    /// max(0, x).
    case relu
    /// tanh(x).
    case tanh
    /// 1 / (1 + e^−x).
    case sigmoid
    /// x, unchanged.
    case linear
    /// e^x / Σ e^x over each row (a batch row is one sample); shifted by the row's maximum
    /// for stability. Only for the output layer, where it pairs with cross-entropy.
    case softmax

    /// Whether a hidden layer may use it (all but softmax, whose gradient is taken with the loss).
    public var isElementwise: Bool { self != .softmax }

    /// Applies the activation in place to a `rows × columns` row-major matrix.
    func apply(to values: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        let count = rows * columns
        switch self {
        case .relu:
            for i in 0..<count { values[i] = max(values[i], 0) }
        case .tanh:
            for i in 0..<count { values[i] = Glibc.tanh(values[i]) }
        case .sigmoid:
            for i in 0..<count { values[i] = 1 / (1 + exp(-values[i])) }
        case .linear:
            break
        case .softmax:
            for row in 0..<rows {
                let x = values + row * columns
                var peak = -Float.infinity
                for j in 0..<columns { peak = max(peak, x[j]) }
                var sum: Float = 0
                for j in 0..<columns {
                    x[j] = exp(x[j] - peak)
                    sum += x[j]
                }
                let scale = 1 / sum
                for j in 0..<columns { x[j] *= scale }
            }
        }
    }

    /// Multiplies `gradient` in place by the derivative at the activation's outputs `outputs`
    /// (an elementwise activation's derivative is a function of its output).
    func backpropagate(_ gradient: UnsafeMutablePointer<Float>, outputs: UnsafePointer<Float>, count: Int) {
        switch self {
        case .relu:
            for i in 0..<count {
                let g = gradient[i]  // loaded unconditionally so the loop vectorizes
                gradient[i] = outputs[i] > 0 ? g : 0
            }
        case .tanh:
            for i in 0..<count { gradient[i] *= 1 - outputs[i] * outputs[i] }
        case .sigmoid:
            for i in 0..<count { gradient[i] *= outputs[i] * (1 - outputs[i]) }
        case .linear:
            break
        case .softmax:
            preconditionFailure("softmax is differentiated together with the cross-entropy loss")
        }
    }
}
