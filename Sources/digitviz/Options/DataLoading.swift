import ArgumentParser
import DigitAudio
import FoundationEssentials

/// Loading a data set's features for a command: a progress bar on a terminal and one
/// stderr line per skipped file.
enum DataLoading {
    /// The features of `source` (a folder of recordings or a features CSV) made with
    /// `configuration`; skipped files go to `skipped` (a fresh list by default).
    static func load(_ source: String, configuration: FeatureConfiguration, threads: Int? = nil, views: [Augmentation] = [.none],
                     quiet: Bool = false, skipped: SkippedFiles = SkippedFiles()) throws -> LabeledFeatures {
        let bar = ProgressBar(total: 0, unit: "files")
        let progress: (@Sendable (Int, Int) -> Void)? = quiet ? nil : { @Sendable done, total in bar.update(done, of: total) }
        let loaded = try LabeledFeatures(source: URL(fileURLWithPath: source), configuration: configuration,
                                         threads: threads, views: views, progress: progress)
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
    /// as it was trained and heard through its ``views``, a CSV only if its recipe is the
    /// model's (see ``FeatureSelection``).
    func load(_ source: String, modelPath path: String, quiet: Bool = false,
              skipped: SkippedFiles = SkippedFiles()) throws -> LabeledFeatures {
        let configuration = try FeatureSelection.forModel(self, at: path, source: source)
        return try DataLoading.load(source, configuration: configuration, views: views, quiet: quiet, skipped: skipped)
    }
}

extension TrainingOptions {
    /// `loaded` with the ``extra`` folders' recordings (featurised as `loaded` was) and
    /// augmented copies of its recordings as training-only rows. Features read from a CSV
    /// get no copies: an error when augmentation was asked for, a note otherwise.
    func trainingSet(_ loaded: LabeledFeatures, original: Bool, quiet: Bool, skipped: SkippedFiles = SkippedFiles()) throws -> TrainingSet {
        var extraRows = FeatureTable(dimension: loaded.table.dimension)
        for folder in extra {
            extraRows.append(contentsOf: try DataLoading.load(folder, configuration: loaded.configuration, quiet: quiet, skipped: skipped).table)
        }
        let set = TrainingSet(table: loaded.table, extra: extraRows)
        let augmentations = augmentations(original: original)
        guard !augmentations.isEmpty else { return set }
        guard !loaded.isFromCSV else {
            if augmentationGiven {
                throw ValidationError("--augment makes copies from the recordings' audio: give a folder of recordings, not a features CSV")
            }
            if !quiet { Console.error("note: no augmented copies (they need the recordings, not a features CSV)") }
            return set
        }
        let bar = ProgressBar(total: 0, unit: "augmented files")
        let augmented = set.augmented(with: augmentations, configuration: loaded.configuration,
                                      progress: quiet ? nil : { @Sendable done, total in bar.update(done, of: total) })
        bar.finish()
        return augmented
    }
}
