/// An ``EvaluationReport`` as scikit-learn's `classification_report(y_true, y_pred,
/// output_dict=True, zero_division=0)` returns it, so that Python code reading one reads
/// the other:
///
/// ```json
/// {"0": {"precision": 1.0, "recall": 0.5, "f1-score": 0.67, "support": 2}, …,
///  "accuracy": 0.9, "macro avg": {…}, "weighted avg": {…}}
/// ```
///
/// Classes are keyed by their label as a string (`"0"` … `"9"`), as scikit-learn keys them
/// without `target_names`.
public struct ScikitLearnReport: Encodable, Sendable, Equatable {
    /// The report rendered.
    public var report: EvaluationReport

    /// scikit-learn's form of `report`.
    public init(_ report: EvaluationReport) {
        self.report = report
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    private struct Scores: Encodable {
        var metrics: ClassMetrics
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(metrics.precision, forKey: Key("precision"))
            try container.encode(metrics.recall, forKey: Key("recall"))
            try container.encode(metrics.f1, forKey: Key("f1-score"))
            try container.encode(metrics.support, forKey: Key("support"))
        }
    }

    /// Encodes the dictionary: one entry per class label, then `accuracy`, `macro avg` and `weighted avg`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (label, item) in report.classes.enumerated() {
            try container.encode(Scores(metrics: item.metrics), forKey: Key(String(label)))
        }
        try container.encode(report.accuracy, forKey: Key("accuracy"))
        try container.encode(Scores(metrics: report.macroAverage), forKey: Key("macro avg"))
        try container.encode(Scores(metrics: report.weightedAverage), forKey: Key("weighted avg"))
    }
}
