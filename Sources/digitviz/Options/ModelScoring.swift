import DigitAudio
import Foundation

/// Scoring a model on a data set named on the command line.
enum ModelScoring {
    /// The confusion matrix of `model` on the recordings of `loaded` (read from `source`) that
    /// `scope` selects, with the phrase saying which; a data set that does not fit the model
    /// (labels it lacks, another width, nothing left to score) is an error naming `source`.
    static func confusionMatrix(of model: TrainedModel, on loaded: LabeledFeatures, from source: String, scope: EvaluationScope) throws
        -> (matrix: ConfusionMatrix, scored: String) {
        do {
            return try ModelEvaluation.confusionMatrix(of: model, on: loaded.table, scope: scope)
        } catch let error as InputError {
            throw FileFormatError(file: source, message: error.message)
        }
    }
}
