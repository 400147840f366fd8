/// Precision, recall, F1 score and support of one class, or an average of them over classes.
public struct ClassMetrics: Sendable, Equatable, Codable {
    /// Of the samples predicted as the class, the fraction that belong to it (0 if none was).
    public var precision: Double
    /// Of the samples of the class, the fraction predicted as it (0 if it has none).
    public var recall: Double
    /// The harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double
    /// The number of samples that truly belong to the class (for an average: all samples).
    public var support: Int

    /// Creates metrics from their values.
    public init(precision: Double, recall: Double, f1: Double, support: Int) {
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.support = support
    }
}
