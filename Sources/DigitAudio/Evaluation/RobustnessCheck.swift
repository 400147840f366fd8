import FoundationEssentials

/// How a model's accuracy holds up when the same recordings reach it in other
/// ``RecordingCondition``s: other rates, channels, bit depths, silence, loudness, noise.
public struct RobustnessCheck: Sendable {
    /// The score under one condition.
    public struct Result: Sendable {
        /// The condition.
        public var condition: RecordingCondition
        /// Predictions on the rewritten recordings.
        public var confusion: ConfusionMatrix
        /// Accuracy under the condition.
        public var accuracy: Double { confusion.accuracy }
    }

    /// The conditions checked, in order.
    public var conditions: [RecordingCondition]
    /// Seed of the conditions' randomness (recording `i` uses `seed + i`).
    public var seed: UInt64
    /// Worker threads for features.
    public var threads: Int?

    /// Describes a check of `conditions` (the whole suite by default).
    public init(conditions: [RecordingCondition] = RecordingCondition.suite, seed: UInt64 = 1, threads: Int? = nil) {
        self.conditions = conditions
        self.seed = seed
        self.threads = threads
    }

    /// Scores `model` on `recordings` rewritten under each condition, one after another,
    /// in a temporary folder removed at the end. Recordings that cannot be decoded are
    /// left out of every condition.
    ///
    /// - Parameters:
    ///   - model: the model scored; features are made as its file says.
    ///   - recordings: the recordings rewritten, with their digits.
    ///   - onCondition: called as each condition is scored.
    /// - Throws: ``InputError`` when a recording's digit is not one of the model's classes,
    ///   `FileFormatError` when the temporary files cannot be written.
    public func run(model: TrainedModel, recordings: [Recording], onCondition: (Result) -> Void = { _ in }) throws -> [Result] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digitviz-robustness-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let clips = recordings.enumerated().compactMap { index, recording in
            (try? AudioDecoder.decode(recording.url)).map { (index, recording, $0) }
        }
        let extractor = FeatureExtractor(configuration: model.featureConfiguration, threads: threads)
        var results: [Result] = []
        for condition in conditions {
            var urls: [URL] = []
            for (index, _, clip) in clips {
                let url = folder.appendingPathComponent("\(index).wav")
                try condition.write(clip, to: url, seed: seed &+ UInt64(index))
                urls.append(url)
            }
            var table = FeatureTable(dimension: model.viewWidth)
            for ((_, recording, _), features) in zip(clips, extractor.extract(urls, augmentations: model.views)) {
                if case .success(let vectors) = features {
                    let row = Array(vectors.joined())
                    if row.count == table.dimension { table.append(features: row, recording: recording) }
                }
            }
            let result = Result(condition: condition, confusion: try ModelEvaluation.confusionMatrix(of: model, on: table))
            onCondition(result)
            results.append(result)
        }
        return results
    }
}
