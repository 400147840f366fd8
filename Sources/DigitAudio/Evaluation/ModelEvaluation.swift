/// Scoring a trained model on rows of a feature table.
public enum ModelEvaluation {
    /// The confusion matrix of `model`'s predictions on `rows` of `table` (all rows by default).
    public static func confusionMatrix(of model: TrainedModel, on table: FeatureTable, rows: [Int]? = nil) -> ConfusionMatrix {
        let rows = rows ?? Array(0..<table.count)
        let predicted = model.predictClasses(batch: rows.flatMap { table.row($0) })
        return ConfusionMatrix(truth: rows.map { table.labels[$0] }, predicted: predicted, classCount: model.classNames.count)
    }

    /// The confusion matrix on the rows `scope` selects, with the phrase saying which.
    ///
    /// - Throws: ``InputError`` as ``EvaluationScope/rows(of:for:)``.
    public static func confusionMatrix(of model: TrainedModel, on table: FeatureTable, scope: EvaluationScope) throws
        -> (matrix: ConfusionMatrix, scored: String) {
        let (rows, description) = try scope.rows(of: table, for: model)
        return (confusionMatrix(of: model, on: table, rows: rows), description)
    }
}
