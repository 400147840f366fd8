/// Scoring a trained model on rows of a feature table.
public enum ModelEvaluation {
    /// The confusion matrix of `model`'s predictions on `rows` of `table` (all rows by default).
    public static func confusionMatrix(of model: TrainedModel, on table: FeatureTable, rows: [Int]? = nil) -> ConfusionMatrix {
        let rows = rows ?? Array(0..<table.count)
        let classes = model.classNames.count
        let probabilities = model.predictProbabilities(batch: rows.flatMap { table.row($0) })
        let predicted = rows.indices.map { r in
            let scores = probabilities[(r * classes)..<((r + 1) * classes)]
            return scores.indices.max { scores[$0] < scores[$1] }! - r * classes
        }
        return ConfusionMatrix(truth: rows.map { table.labels[$0] }, predicted: predicted, classCount: classes)
    }

    /// The confusion matrix on the test part of `split` of `table`, or on every row without a split.
    ///
    /// - Throws: `InputError` when the split cannot be made.
    public static func confusionMatrix(of model: TrainedModel, on table: FeatureTable, split: Split?) throws -> ConfusionMatrix {
        let rows = try split.map { try $0.apply(to: table.recordings).test }
        return confusionMatrix(of: model, on: table, rows: rows)
    }
}
