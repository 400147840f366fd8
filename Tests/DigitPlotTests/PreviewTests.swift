import Foundation
import Testing
@testable import DigitPlot

/// Renders every chart with realistic inputs into `$DIGITPLOT_PREVIEW_DIR`, to look at.
/// Skipped unless that variable is set.
@Suite struct PreviewTests {
    static let folder = ProcessInfo.processInfo.environment["DIGITPLOT_PREVIEW_DIR"]

    @Test(.enabled(if: folder != nil)) func renderPreviews() throws {
        let folder = URL(fileURLWithPath: PreviewTests.folder!)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var charts: [(String, any Renderable)] = [
            ("waveplot", Waveplot(clip: Samples.spokenDigit(), digit: 0)),
            ("waveplot-raw", Waveplot(clip: Samples.spokenDigit(seconds: 0.2, sampleRate: 8000), title: "Short clip (raw samples)")),
            ("countplot", Countplot(counts: Samples.counts)),
            ("architecture", ArchitectureDiagram()),
            ("confusion", ConfusionMatrix(counts: Samples.confusion)),
            ("mfcc", MFCCHeatmap(mfcc: Samples.mfcc(), digit: 3)),
        ]
        let history = (try? PreviewTests.kerasHistory()) ?? Samples.history()
        charts.append(("accuracy", Curves(history: history, metric: "accuracy")))
        charts.append(("loss", Curves(history: history, metric: "loss")))
        for (name, chart) in charts {
            for ext in ["png", "svg", "pdf"] {
                try chart.render(to: folder.appendingPathComponent("\(name).\(ext)"))
            }
        }
    }

    /// The real Keras run in the shared samples, parsed ad hoc (`epoch,accuracy,loss,…`).
    static func kerasHistory() throws -> History {
        let text = try String(contentsOfFile: "/work/shared/samples/keras/csvlogger.csv", encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline)
        let names = lines[0].split(separator: ",").dropFirst().map(String.init)
        let values = lines.dropFirst().map { $0.split(separator: ",").dropFirst().map { Double($0)! } }
        return History(metricNames: names, values: values)
    }
}
