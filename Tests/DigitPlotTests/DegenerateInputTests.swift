import DigitAudio
import Testing
@testable import DigitPlot

/// Empty and constant inputs render without trapping, with sensible axes.
@Suite struct DegenerateInputTests {
    static let charts: [NamedChart] = [
        NamedChart(name: "empty clip", chart: Waveplot(clip: AudioClip(samples: [], sampleRate: 8_000), title: "Empty")),
        NamedChart(name: "silent clip", chart: Waveplot(clip: AudioClip(samples: [Float](repeating: 0, count: 50_000), sampleRate: 8_000), digit: 9)),
        NamedChart(name: "no counts", chart: Countplot(counts: [])),
        NamedChart(name: "zero counts", chart: Countplot(counts: [0, 0, 0])),
        NamedChart(name: "empty history", chart: Curves(history: History(), metric: "loss")),
        NamedChart(name: "absent metric", chart: Curves(history: Samples.history(epochs: 3), metric: "auc")),
        NamedChart(name: "one epoch with nan", chart: Curves(history: History(metricNames: ["loss", "val_loss"], values: [[.nan, 1]]), metric: "loss")),
        NamedChart(name: "empty matrix", chart: Heatmap(values: [], title: "Empty")),
        NamedChart(name: "constant matrix", chart: Heatmap(values: [[2, 2], [2, 2]], title: "Constant", annotated: true)),
        NamedChart(name: "no layers", chart: ArchitectureDiagram(layers: [])),
    ]

    @Test(arguments: charts)
    func rendersAValidPNG(_ named: NamedChart) throws {
        let image = try #require(DecodedImage(png: named.chart.data(format: .png, size: Size(width: 480, height: 320))))
        #expect(image.width == 480 && image.height == 320)
    }
}
