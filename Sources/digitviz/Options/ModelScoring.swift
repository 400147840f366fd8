import DigitAudio
import Foundation

/// Scoring a model on a data set named on the command line.
enum ModelScoring {
    /// The confusion matrix of `model` on `loaded` (read from `source`), on the test part of
    /// `split` or on every recording; an ``EvaluationError`` (labels the model lacks) names `source`.
    static func confusionMatrix(of model: TrainedModel, on loaded: LabeledFeatures, from source: String, split: Split?) throws -> ConfusionMatrix {
        do {
            return try ModelEvaluation.confusionMatrix(of: model, on: loaded.table, split: split)
        } catch let error as EvaluationError {
            throw FileFormatError(file: source, message: error.message)
        }
    }
}
