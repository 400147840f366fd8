import DigitAudio
import Foundation

/// Every figure of a data set and a model, named as `digitviz figures` writes them.
///
/// The original project's figures: `0` … `9` (waveplots), `countplot`, `graph` (architecture)
/// and one per training metric (`accuracy`, `loss`, … when a history is given). Beyond
/// them: `confusion` (when a confusion matrix is given) and `mfcc-0` … `mfcc-9`.
public struct FigureBook {
    /// The figures in drawing order, each with its file name (without extension).
    public private(set) var figures: [(name: String, chart: any Renderable)] = []
    /// Digits without a readable recording, whose waveplot and heatmap are missing.
    public let missingDigits: [Int]
    /// Example recordings skipped because they could not be read.
    public let failures: [FileFormatError]

    /// Draws the figures of `recordings` for `model`, with curves from `history` and the
    /// heatmap of `confusion` when given; `extras` adds the figures beyond the original's.
    ///
    /// - Throws: `FileFormatError` when an example recording cannot be decoded.
    public init(recordings: [Recording], model: TrainedModel, history: History?,
                confusion: ConfusionMatrix? = nil, extras: Bool = true) throws {
        let examples = try DigitExamples(recordings: recordings)
        missingDigits = examples.missingDigits
        failures = examples.failures
        for (digit, chart) in examples.waveplots { figures.append((String(digit), chart)) }
        figures.append(("countplot", Countplot(recordings: recordings)))
        figures.append(("graph", ArchitectureDiagram(architecture: model.architecture)))
        for curve in history.map(Curves.all(for:)) ?? [] { figures.append((curve.metric, curve.chart)) }
        guard extras else { return }
        if let confusion {
            figures.append(("confusion", ConfusionMatrixChart(matrix: confusion, classNames: model.classNames,
                                                              title: "Confusion Matrix (test split)")))
        }
        for (digit, chart) in examples.mfccHeatmaps { figures.append(("mfcc-\(digit)", chart)) }
    }
}
