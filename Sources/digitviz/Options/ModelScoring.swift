import DigitAudio

/// Scoring a model on a data set named on the command line.
enum ModelScoring {
    /// What a model predicted on the recordings a scope selects.
    struct Scored {
        /// Counts of true against predicted classes.
        var matrix: ConfusionMatrix
        /// Which recordings were scored, in words.
        var scored: String
        /// The recordings predicted wrongly, in table order: file, true and predicted class.
        var misclassified: [(file: String, truth: Int, predicted: Int)]
    }

    /// `model`'s predictions on the recordings of `loaded` (read from `source`) that `scope`
    /// selects; a data set that does not fit the model (labels it lacks, another width,
    /// nothing left to score) is an error naming `source`.
    static func score(_ model: TrainedModel, on loaded: LabeledFeatures, from source: String, scope: EvaluationScope) throws -> Scored {
        let table = loaded.table
        do {
            let (rows, predicted, scored) = try ModelEvaluation.predictions(of: model, on: table, scope: scope)
            let truth = rows.map { table.labels[$0] }
            let misses = rows.indices.filter { truth[$0] != predicted[$0] }
                .map { (file: table.recordings[rows[$0]].url.relativePath, truth: truth[$0], predicted: predicted[$0]) }
            return Scored(matrix: ConfusionMatrix(truth: truth, predicted: predicted, classCount: model.classNames.count),
                          scored: scored, misclassified: misses)
        } catch let error as InputError {
            throw FileFormatError(file: source, message: error.message)
        }
    }
}
