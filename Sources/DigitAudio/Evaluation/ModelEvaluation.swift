/// Scoring a trained model on rows of a feature table.
public enum ModelEvaluation {
    /// The confusion matrix of `model`'s predictions on `rows` of `table` (all rows by default).
    ///
    /// - Throws: ``InputError`` when a row's label is not one of the model's classes
    ///   (a two-class model on ten-digit data), or the table's width is neither the model's
    ///   input nor its views' (``TrainedModel/accepts(width:)``).
    public static func confusionMatrix(of model: TrainedModel, on table: FeatureTable, rows: [Int]? = nil) throws -> ConfusionMatrix {
        let rows = rows ?? Array(0..<table.count)
        let predicted = try predictions(of: model, on: table, rows: rows)
        return ConfusionMatrix(truth: rows.map { table.labels[$0] }, predicted: predicted, classCount: model.classNames.count)
    }

    /// The class `model` predicts for each of `rows` of `table`, in order.
    ///
    /// - Throws: ``InputError`` as ``confusionMatrix(of:on:rows:)``.
    public static func predictions(of model: TrainedModel, on table: FeatureTable, rows: [Int]) throws -> [Int] {
        let classes = model.classNames.count
        guard model.accepts(width: table.dimension) else {
            throw InputError("the data has \(table.dimension) features per recording but the model takes \(model.architecture.inputs)")
        }
        let unknown = Set(rows.map { table.labels[$0] }.filter { !(0..<classes).contains($0) }).sorted()
        if !unknown.isEmpty {
            throw InputError("the data has label\(unknown.count == 1 ? "" : "s") \(unknown.map(String.init).joined(separator: ", ")) "
                + "but the model knows only \(classes) classes (0–\(classes - 1))")
        }
        return model.predictClasses(batch: rows.flatMap { table.row($0) }, width: table.dimension)
    }

    /// The confusion matrix on the rows `scope` selects, with the phrase saying which.
    ///
    /// - Throws: ``InputError`` as ``EvaluationScope/rows(of:for:)`` or the other overload.
    public static func confusionMatrix(of model: TrainedModel, on table: FeatureTable, scope: EvaluationScope) throws
        -> (matrix: ConfusionMatrix, scored: String) {
        let scored = try predictions(of: model, on: table, scope: scope)
        return (ConfusionMatrix(truth: scored.rows.map { table.labels[$0] }, predicted: scored.predicted,
                                classCount: model.classNames.count), scored.scored)
    }

    /// The rows `scope` selects, the class `model` predicts for each, and the phrase saying which.
    ///
    /// - Throws: ``InputError`` as ``EvaluationScope/rows(of:for:)`` or ``predictions(of:on:rows:)``.
    public static func predictions(of model: TrainedModel, on table: FeatureTable, scope: EvaluationScope) throws
        -> (rows: [Int], predicted: [Int], scored: String) {
        let (rows, description) = try scope.rows(of: table, for: model)
        return (rows, try predictions(of: model, on: table, rows: rows), description)
    }
}
