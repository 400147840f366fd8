import CKernels
import Glibc

/// The Adam optimizer (Kingma & Ba, 2015) in Keras' form.
///
/// At step t (from 1), for each parameter with gradient g:
/// m ← m + (g − m)(1 − β₁), v ← v + (g² − v)(1 − β₂),
/// α = lr · √(1 − β₂ᵗ) / (1 − β₁ᵗ), and θ ← θ − α · m / (√v + ε).
/// The bias correction is folded into α and ε is added to √v uncorrected, exactly as Keras.
/// With a weight decay λ it is Keras' `AdamW` (Loshchilov & Hutter, 2019): before each
/// update every parameter shrinks, θ ← θ − θ · λ · lr, apart from the gradient.
public struct Adam: Sendable, Equatable {
    /// The learning rate (Keras' default 0.001).
    public var learningRate: Float
    /// Decay of the first moment (0.9).
    public var beta1: Float
    /// Decay of the second moment (0.999).
    public var beta2: Float
    /// Added to √v (Keras' default 1e-7).
    public var epsilon: Float
    /// AdamW's decoupled weight decay λ (0: plain Adam).
    public var weightDecay: Float
    /// Number of updates applied so far.
    public private(set) var step = 0
    private var firstMoment: [Float]
    private var secondMoment: [Float]

    /// An optimizer for `parameterCount` parameters with Keras' defaults unless given.
    public init(parameterCount: Int, learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-7,
                weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.weightDecay = weightDecay
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        firstMoment = [Float](repeating: 0, count: parameterCount)
        secondMoment = [Float](repeating: 0, count: parameterCount)
    }

    /// Applies one update to all parameters, given their gradients (both of `parameterCount`).
    public mutating func update(parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>) {
        update(parameters: parameters, gradients: gradients, team: nil)
    }

    /// As ``update(parameters:gradients:)``, split between `team`'s two threads when there is one.
    mutating func update(parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>,
                         team: KernelTeam?) {
        precondition(parameters.count == firstMoment.count && gradients.count == firstMoment.count,
                     "parameter count does not match the optimizer")
        step += 1
        let t = Double(step)
        let alpha = Float(Double(learningRate) * (1 - pow(Double(beta2), t)).squareRoot() / (1 - pow(Double(beta1), t)))
        let oneMinusBeta1 = 1 - beta1, oneMinusBeta2 = 1 - beta2, epsilon = self.epsilon
        if weightDecay > 0 {
            let shrink = weightDecay * learningRate
            for index in parameters.indices { parameters[index] -= parameters[index] * shrink }
        }
        firstMoment.withUnsafeMutableBufferPointer { m in
            secondMoment.withUnsafeMutableBufferPointer { v in
                ckernels_adam_update(team?.pointer, parameters.baseAddress!, gradients.baseAddress!, m.baseAddress!, v.baseAddress!,
                                     parameters.count, alpha, oneMinusBeta1, oneMinusBeta2, epsilon)
            }
        }
    }
}
