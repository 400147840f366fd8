import Glibc

/// Categorical cross-entropy on softmax outputs, with accuracy, as Keras reports them.
///
/// The loss of one sample of class `c` is −log(clip(p_c, ε, 1 − ε)) with ε = 1e-7, as Keras
/// clips probabilities. Its gradient with respect to the output layer's pre-softmax values
/// is p − y (the softmax and the loss differentiated together, as TensorFlow does when the
/// probabilities come from a softmax); averaged over a batch it is (p − y) / rows.
public enum CategoricalCrossEntropy {
    /// The clipping bound on probabilities, Keras' `epsilon()`.
    public static let epsilon: Float = 1e-7

    /// The loss of one sample whose true class has probability `probability`.
    @inline(__always)
    public static func loss(probabilityOfTrueClass probability: Float) -> Float {
        -log(min(max(probability, epsilon), 1 - epsilon))
    }

    /// Summed loss and number of correct argmax predictions over `rows` rows of `classes` probabilities.
    static func evaluate(
        probabilities: UnsafePointer<Float>, labels: UnsafePointer<Int>, rows: Int, classes: Int
    ) -> (lossSum: Double, correct: Int) {
        var lossSum = 0.0, correct = 0
        for row in 0..<rows {
            let p = probabilities + row * classes
            var best = 0
            for j in 1..<classes where p[j] > p[best] { best = j }
            if best == labels[row] { correct += 1 }
            lossSum += Double(loss(probabilityOfTrueClass: p[labels[row]]))
        }
        return (lossSum, correct)
    }

    /// Turns probabilities into the gradient of the mean batch loss with respect to the
    /// pre-softmax values, in place: (p − onehot(label)) / rows.
    static func gradient(inPlace probabilities: UnsafeMutablePointer<Float>, labels: UnsafePointer<Int>, rows: Int, classes: Int) {
        let scale = 1 / Float(rows)
        for row in 0..<rows {
            let p = probabilities + row * classes
            p[labels[row]] -= 1
            for j in 0..<classes { p[j] *= scale }
        }
    }
}
