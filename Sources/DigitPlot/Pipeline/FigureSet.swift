import DigitAudio
import Dispatch
import FoundationEssentials
import Synchronization

/// Every figure of a data set and a model, named as `digitviz figures` writes them.
///
/// The original project's figures: `0` … `9` (waveplots), `countplot`, `graph` (architecture)
/// and one per training metric (`accuracy`, `loss`, … when a history is given). Beyond
/// them: `confusion` (when a confusion matrix is given) and `mfcc-0` … `mfcc-9`.
public struct FigureSet {
    /// The figures in drawing order, each with its file name (without extension).
    public private(set) var figures: [(name: String, chart: any Renderable)] = []
    /// Digits without a readable recording, whose waveplot and heatmap are missing.
    public let missingDigits: [Int]
    /// Example recordings skipped because they could not be read.
    public let failures: [FileFormatError]

    /// A set of the given figures.
    public init(figures: [(name: String, chart: any Renderable)], missingDigits: [Int] = [], failures: [FileFormatError] = []) {
        self.figures = figures
        self.missingDigits = missingDigits
        self.failures = failures
    }

    /// Adds a figure at the end.
    public mutating func append(name: String, chart: any Renderable) {
        figures.append((name, chart))
    }

    /// The waveplot of each digit's example: `0` … `9`.
    public init(waveplotsOf examples: DigitExamples) {
        self.init(figures: examples.waveplots.map { (String($0.digit), $0.chart) }, missingDigits: examples.missingDigits,
                  failures: examples.failures)
    }

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

    /// Draws every figure into `folder` (created if missing) as `name.ext`, on all cores, each
    /// at `size` (its own default size when `nil`), and returns the files in order. Each file
    /// is written atomically; the first error, if any, is thrown after every figure has been tried.
    @discardableResult
    public func render(into folder: URL, format: OutputFormat = .png, size: Size? = nil, scale: Double = 1) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let urls = figures.map { folder.appendingPathComponent("\($0.name).\(format.rawValue)") }
        let errors = Mutex<[Int: any Error]>([:])
        let charts = figures.map(\.chart)
        DispatchQueue.concurrentPerform(iterations: charts.count) { index in
            do {
                try charts[index].render(to: urls[index], size: size, scale: scale)
            } catch {
                errors.withLock { $0[index] = error }
            }
            FreeMemory.release()  // this figure's surface, so that peak memory is two figures' at most
        }
        if let first = errors.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
        return urls
    }
}
