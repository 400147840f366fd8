/// Counts of (true class, predicted class) pairs, and the scores derived from them.
///
/// Scores follow scikit-learn's `precision_recall_fscore_support` and
/// `classification_report` with `zero_division=0`: a ratio whose denominator is 0 counts as
/// 0. Averages run over all `classCount` classes, including those with no samples.
public struct ConfusionMatrix: Sendable, Equatable {
    /// The number of classes; class indices run from 0 to `classCount - 1`.
    public let classCount: Int
    /// `counts[truth][predicted]`: how many samples of class `truth` were predicted as `predicted`.
    public private(set) var counts: [[Int]]

    /// An empty matrix for `classCount` classes.
    public init(classCount: Int) {
        precondition(classCount > 0, "a confusion matrix needs at least one class")
        self.classCount = classCount
        counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
    }

    /// The matrix of paired true and predicted class indices.
    ///
    /// - Precondition: both arrays have the same length and hold indices below `classCount`.
    public init(truth: [Int], predicted: [Int], classCount: Int) {
        precondition(truth.count == predicted.count, "\(truth.count) true labels but \(predicted.count) predictions")
        self.init(classCount: classCount)
        for (actual, guess) in zip(truth, predicted) { add(truth: actual, predicted: guess) }
    }

    /// Counts one sample of class `truth` predicted as `predicted`.
    public mutating func add(truth: Int, predicted: Int) {
        precondition(counts.indices.contains(truth) && counts.indices.contains(predicted),
                     "class index out of 0..<\(classCount): \(truth), \(predicted)")
        counts[truth][predicted] += 1
    }

    /// Adds every count of `other`, a matrix of the same classes.
    public mutating func add(_ other: ConfusionMatrix) {
        precondition(other.classCount == classCount, "\(other.classCount) classes added to \(classCount)")
        for (truth, row) in other.counts.enumerated() {
            for (predicted, count) in row.enumerated() { counts[truth][predicted] += count }
        }
    }

    /// The number of samples counted.
    public var total: Int { counts.joined().reduce(0, +) }

    /// The fraction of samples predicted correctly (0 for an empty matrix).
    public var accuracy: Double {
        ratio(counts.indices.reduce(0) { $0 + counts[$1][$1] }, total)
    }

    /// Precision, recall, F1 and support of class `index`.
    public func metrics(of index: Int) -> ClassMetrics {
        let truePositives = counts[index][index]
        let support = counts[index].reduce(0, +)
        let predicted = counts.reduce(0) { $0 + $1[index] }
        return ClassMetrics(
            precision: ratio(truePositives, predicted),
            recall: ratio(truePositives, support),
            f1: ratio(2 * truePositives, support + predicted),
            support: support)
    }

    /// The metrics of every class, in class order.
    public var classMetrics: [ClassMetrics] { (0..<classCount).map(metrics(of:)) }

    /// The unweighted mean of each metric over the classes; support is the total.
    public var macroAverage: ClassMetrics { average { _ in 1 } }

    /// The mean of each metric over the classes weighted by their support; support is the total.
    public var weightedAverage: ClassMetrics { average { Double($0.support) } }

    /// The average of the class metrics with the given weights (0 if the weights sum to 0).
    private func average(weight: (ClassMetrics) -> Double) -> ClassMetrics {
        let all = classMetrics
        let weights = all.map(weight)
        let sum = weights.reduce(0, +)
        func mean(_ value: (ClassMetrics) -> Double) -> Double {
            sum == 0 ? 0 : zip(all, weights).reduce(0) { $0 + value($1.0) * $1.1 } / sum
        }
        return ClassMetrics(precision: mean(\.precision), recall: mean(\.recall), f1: mean(\.f1), support: total)
    }

    /// `numerator / denominator`, or 0 when the denominator is 0.
    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}
