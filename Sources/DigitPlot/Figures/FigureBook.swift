import DigitAudio
import Foundation

/// Every figure of a data set and a model, named as `digitviz figures` writes them:
/// `0` … `9` (waveplots), `countplot`, `graph` (architecture), one per training metric
/// (`accuracy`, `loss`, … when a history is given), `confusion` (on the split's test part)
/// and `mfcc-0` … `mfcc-9`.
public struct FigureBook {
    /// The figures in drawing order, each with its file name (without extension).
    public private(set) var figures: [(name: String, chart: any Renderable)] = []
    /// Digits without a recording, whose waveplot and heatmap are missing.
    public let missingDigits: [Int]
    /// The model's confusion matrix on the test part of the split.
    public let confusion: ConfusionMatrix

    /// Draws the figures of `recordings` (whose features are `features`, made with the
    /// model's configuration) for `model`, with curves from `history` when given.
    ///
    /// - Throws: `FileFormatError` when an example recording cannot be decoded, `SplitError`
    ///   when the split cannot be made.
    public init(recordings: [Recording], features: FeatureTable, model: TrainedModel, history: History?, split: Split) throws {
        let examples = try DigitExamples(recordings: recordings)
        missingDigits = examples.missingDigits
        confusion = try ModelEvaluation.confusionMatrix(of: model, on: features, split: split)
        for (digit, chart) in examples.waveplots { figures.append((String(digit), chart)) }
        figures.append(("countplot", Countplot(recordings: recordings)))
        figures.append(("graph", ArchitectureDiagram(architecture: model.architecture)))
        for curve in history.map(Curves.all(for:)) ?? [] { figures.append((curve.metric, curve.chart)) }
        figures.append(("confusion", ConfusionMatrixChart(matrix: confusion, classNames: model.classNames,
                                                          title: "Confusion Matrix (test split)")))
        for (digit, chart) in examples.mfccHeatmaps { figures.append(("mfcc-\(digit)", chart)) }
    }
}
