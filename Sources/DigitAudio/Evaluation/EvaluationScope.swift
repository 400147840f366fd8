/// Which recordings of a data set an evaluation scores.
public enum EvaluationScope: Sendable, Equatable {
    /// Every recording the model did not train on: with a model that records its split
    /// (``TrainedModel/splitRecord``), its test part plus any recording it never saw; a
    /// data set the model never saw is scored whole. The default.
    case unseen
    /// The test part of this split.
    case testPart(Split)
    /// Every recording, training data included.
    case all

    /// The rows of `table` to score for `model`, and a phrase saying which they are.
    ///
    /// - Throws: ``InputError`` when the split fails, or when every recording was trained on.
    public func rows(of table: FeatureTable, for model: TrainedModel) throws -> (rows: [Int], description: String) {
        let everything = Array(0..<table.count)
        switch self {
        case .all:
            return (everything, "every recording, training data included")
        case .testPart(let split):
            return (try split.apply(to: table.recordings).test, "the test part of split \(split)")
        case .unseen:
            guard let record = model.splitRecord else {
                // Older models name their split only; its defaults reproduce the test part.
                if let name = model.metadata["split"], let split = try? Split(parsing: name),
                   let test = try? split.apply(to: table.recordings).test {
                    return (test, "the test part of split \(split) (as the model file names it)")
                }
                return (everything, "every recording (the model file does not say what it trained on)")
            }
            let trained = Set(record.trainFiles)
            let rows = everything.filter { !trained.contains(table.recordings[$0].identity) }
            guard !rows.isEmpty else {
                throw InputError("the model trained on every recording given; --split all scores them anyway")
            }
            if rows.count == table.count { return (rows, "every recording (the model never trained on any)") }
            return (rows, "the recordings the model did not train on (split \(record.split))")
        }
    }
}
