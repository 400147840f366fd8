import DigitAudio
import Foundation

/// Loading a data set's features for a command: a progress bar on a terminal and one
/// stderr line per skipped file.
enum DataLoading {
    /// The features of `source` (a folder of recordings or a features CSV) made with
    /// `configuration`; skipped files go to `skipped` (a fresh list by default).
    static func load(_ source: String, configuration: FeatureConfiguration, threads: Int? = nil, quiet: Bool = false,
                     skipped: SkippedFiles = SkippedFiles()) throws -> LabeledFeatures {
        let bar = ProgressBar(total: 0, unit: "files")
        let progress: (@Sendable (Int, Int) -> Void)? = quiet ? nil : { @Sendable done, total in bar.update(done, of: total) }
        let loaded = try LabeledFeatures(source: URL(fileURLWithPath: source), configuration: configuration,
                                         threads: threads, progress: progress)
        bar.finish()
        skipped.report(loaded)
        return loaded
    }
}

extension FeatureOptions {
    /// Loads a data set's features to train on: a CSV with its recipe, recordings as the
    /// options say, `defaults` filling what they leave out (see ``FeatureSelection``).
    func load(_ source: String, defaults: FeatureConfiguration, threads: Int? = nil, quiet: Bool = false,
              skipped: SkippedFiles = SkippedFiles()) throws -> LabeledFeatures {
        let configuration = try FeatureSelection.forTraining(source, options: self, defaults: defaults) { note in
            if !quiet { Console.error(note) }
        }
        return try DataLoading.load(source, configuration: configuration, threads: threads, quiet: quiet, skipped: skipped)
    }
}

extension TrainedModel {
    /// Loads a data set's features for this model (read from `path`): recordings analysed
    /// as it was trained, a CSV only if its recipe is the model's (see ``FeatureSelection``).
    func load(_ source: String, modelPath path: String, quiet: Bool = false,
              skipped: SkippedFiles = SkippedFiles()) throws -> LabeledFeatures {
        let configuration = try FeatureSelection.forModel(self, at: path, source: source)
        return try DataLoading.load(source, configuration: configuration, quiet: quiet, skipped: skipped)
    }
}
