import FoundationEssentials

/// The feature table of a data set, from a folder of recordings or from a features CSV,
/// with what could not be used.
public struct LabeledFeatures: Sendable {
    /// One row per usable recording.
    public var table: FeatureTable
    /// How the features were made.
    public var configuration: FeatureConfiguration
    /// Recordings that could not be decoded, and files with audio names that are not
    /// regular files, one error each.
    public var failures: [FileFormatError]
    /// Audio files without a digit in their name or folder.
    public var unlabeled: [URL]
    /// Whether the features were read from a features CSV rather than computed from audio.
    public var isFromCSV: Bool

    /// Loads `source`: a features CSV (`.csv`, made with `configuration`) or a folder or file of
    /// recordings, whose features are computed on `threads` threads. A CSV's recipe file
    /// (``FeatureRecipeFile``), when it has one, must record `configuration`.
    ///
    /// - Parameters:
    ///   - source: a features CSV, a folder of recordings (searched recursively) or one recording.
    ///   - configuration: how the features are computed, or were computed for a CSV.
    ///   - threads: worker threads for audio; all active processors when `nil`.
    ///   - views: how each recording is heard (a model's ``TrainedModel/views``): a row of
    ///     recordings is the features of every view, one after another; a CSV's rows are
    ///     one view whatever this says.
    ///   - progress: for audio, called with (files done, files in all).
    /// - Throws: `FileFormatError` when the source is missing, holds no recordings, none could
    ///   be read, or a CSV's width or recipe file does not match `configuration`.
    public init(
        source: URL, configuration: FeatureConfiguration, threads: Int? = nil, views: [Augmentation] = [.none],
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws {
        self.configuration = configuration
        isFromCSV = Self.isFeaturesCSV(source)
        if isFromCSV {
            table = try FeatureTable(contentsOf: source)
            let recorded = try FeatureRecipeFile.configuration(of: source)
            if let recorded, recorded.dimension != table.dimension {
                throw FileFormatError(url: FeatureRecipeFile.url(for: source), message: "describes \(recorded.dimension) "
                    + "features per row but \(source.lastPathComponent) has \(table.dimension): it belongs to other features")
            }
            if let recorded, recorded != configuration {
                let settings = FeatureRecipeFile.differences(between: recorded, and: configuration)
                throw FileFormatError(url: source, message: "was made with other feature settings than asked "
                    + "(\(settings.joined(separator: ", ")) differ; see \(FeatureRecipeFile.url(for: source).lastPathComponent))")
            }
            guard table.dimension == configuration.dimension else {
                throw FileFormatError(url: source, message: "has \(table.dimension) features per row, but "
                    + "\(configuration.coefficients) coefficients pooled by \(configuration.pooling.rawValue) make "
                    + "\(configuration.dimension): give the options the CSV was made with (--pooling, --coefficients)")
            }
            failures = []
            unlabeled = []
            return
        }
        let scan = try DatasetScanner().scan(source)
        let total = scan.recordings.count
        var perFile: (@Sendable (Int) -> Void)?
        if let progress { perFile = { @Sendable done in progress(done, total) } }
        let results = FeatureExtractor(configuration: configuration, threads: threads)
            .extract(scan.recordings.map(\.url), augmentations: views, progress: perFile)
        var rows: [Float] = []
        var kept: [Recording] = []
        var failures = scan.unreadable
        for (recording, result) in zip(scan.recordings, results) {
            switch result {
            case .success(let vectors):
                rows += vectors.joined()
                kept.append(recording)
            case .failure(let error):
                failures.append(error)
            }
        }
        guard !kept.isEmpty else {
            throw FileFormatError(url: source, message: "none of its \(total) recordings could be read")
        }
        table = FeatureTable(dimension: configuration.dimension * views.count, features: rows, recordings: kept)
        self.failures = failures
        unlabeled = scan.unlabeled
    }

    /// Whether `source` is read as a features CSV (its extension is `.csv`) rather than as recordings.
    public static func isFeaturesCSV(_ source: URL) -> Bool {
        source.pathExtension.lowercased() == "csv"
    }

    /// Files skipped: unreadable plus unlabeled.
    public var skippedCount: Int { failures.count + unlabeled.count }
}
