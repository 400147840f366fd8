import DigitAudio
import Testing
@testable import DigitPlot

@Suite struct ChartModelTests {
    @Test func architectureCountsParameters() {
        let diagram = ArchitectureDiagram()
        #expect(diagram.parameterCounts == [0, 5_248, 0, 33_024, 0, 32_896, 0, 1_290])
        #expect(diagram.totalParameters == 72_458)
        // The counts are the network's own: 80 inputs (digitviz's recipe), two classes.
        let small = ArchitectureDiagram(architecture: Architecture(inputs: 80, classes: 2))
        #expect(small.parameterCounts == [0, 10_368, 0, 33_024, 0, 32_896, 0, 258])
        #expect(small.totalParameters == Architecture(inputs: 80, classes: 2).parameterCount)
    }

    @Test func architectureDrawsConvolutionsAndPooling() {
        let architecture = NetworkKind.cnn.architecture
        let diagram = ArchitectureDiagram(architecture: architecture)
        #expect(diagram.layers == [
            .sequence(frames: 32, channels: 20),
            .convolution(filters: 64, width: 3, positions: 30, activation: "relu", parameters: 3_904),
            .pooling(name: "MaxPooling1D", description: "The largest of every 2 positions"),
            .convolution(filters: 64, width: 3, positions: 13, activation: "relu", parameters: 12_352),
            .pooling(name: "MaxPooling1D", description: "The largest of every 2 positions"),
            .convolution(filters: 64, width: 3, positions: 4, activation: "relu", parameters: 12_352),
            .pooling(name: "GlobalMaxPooling1D", description: "The largest of all positions"),
            .dense(units: 64, activation: "relu", parameters: 4_160), .dropout(rate: 0.25),
            .dense(units: 10, activation: "softmax", parameters: 650),
        ])
        #expect(diagram.totalParameters == architecture.parameterCount)
    }

    @Test func curvesFollowTheOriginalStyle() throws {
        let history = Samples.history()
        let accuracy = Curves(history: history, metric: "accuracy")
        #expect(accuracy.documentTitle == "Model Accuracy vs Epochs")
        #expect(accuracy.style == Curves.Style(train: Color(hex: 0x1F77B4), validation: Color(hex: 0xD62728), legend: .lowerRight))
        let best = try #require(history.bestEpoch(monitor: "val_loss"))
        #expect(accuracy.keptEpoch == Double(best))
        let panel = accuracy.figure.panels[0]
        // Labelled as the console numbers epochs: the log's epoch 0 is "Epoch 1/…".
        #expect(panel.legendEntries.map(\.label) == ["Train", "Validation", "best epoch \(best + 1)"])
        let loss = Curves(history: history, metric: "loss")
        #expect(loss.documentTitle == "Model Loss vs Epochs")
        #expect(loss.style == Curves.Style(train: Color(hex: 0xFF7F0E), validation: Color(hex: 0x2CA02C), legend: .upperRight))
    }

    @Test func curvesWithoutValidationDrawTrainOnly() {
        let history = History(metricNames: ["loss"], values: [[2.0], [1.0], [0.5]])
        let curves = Curves(history: history, metric: "loss")
        #expect(curves.keptEpoch == nil)
        #expect(curves.figure.panels[0].legendEntries.map(\.label) == ["Train"])
    }

    @Test func countplotLabelsEveryBarIncludingZero() {
        let panel = Countplot(counts: Samples.counts).figure.panels[0]
        let labels = panel.marks.compactMap { ($0 as? TextMark)?.text }
        #expect(labels == Samples.counts.map(String.init))
        let allZero = Countplot(counts: [0, 0, 0]).figure.panels[0]
        #expect(allZero.yAxis.domain == 0...1)
    }

    @Test func heatmapChoosesColormapBySign() {
        let mixed = Heatmap(values: [[-2, 1], [0.5, 3]], title: "t")
        #expect(mixed.resolvedColormap == .coolwarm)
        #expect(mixed.resolvedValueDomain == -3...3)
        let positive = Heatmap(values: [[0, 1], [2, 3]], title: "t")
        #expect(positive.resolvedColormap == .viridis)
        #expect(positive.resolvedValueDomain == 0...3)
    }

    @Test func mfccColorsSpanTheCoefficientsAfterC0() {
        let chart = MFCCHeatmap(mfcc: [[-500, -300], [40, -60], [10, 5]], sampleRate: 22_050, title: "t")
        #expect(chart.colorRange == -60...60)
        #expect(chart.figure.panels[0].colorbar?.extendsBelow == true)
        #expect(chart.figure.panels[0].colorbar?.extendsAbove == false)
    }

    @Test func annotationTextContrastsWithItsCell() {
        #expect(Colormap.viridis.color(at: 0).contrastingText == .white)
        #expect(Colormap.viridis.color(at: 1).contrastingText == .black)
        #expect(Colormap.coolwarm.color(at: 0.5).contrastingText == .black)
    }

    @Test func colormapsMatchMatplotlibAtTheirEnds() {
        #expect(Colormap.viridis.color(at: 0).rgb24 == 0x440154)
        #expect(Colormap.viridis.color(at: 1).rgb24 == 0xFDE725)
        #expect(Colormap.coolwarm.color(at: 0.5).rgb24 == 0xDDDCDC)
        #expect(Colormap.coolwarm.color(at: -3) == Colormap.coolwarm.color(at: 0))
    }

    @Test func domainsGetMarginsThatStopAtStickyBaselines() {
        let panel = Panel { BarMark(x: 0, y: 10); LineMark(x: [0, 1], y: [2, 4]) }
        #expect(panel.xAxis.resolvedDomain(marks: panel.marks, horizontal: false) == 0...10.5)
        let line = Panel { LineMark(x: [0, 10], y: [1, 1]) }
        let domain = line.yAxis.resolvedDomain(marks: line.marks, horizontal: false)
        #expect(domain.lowerBound < 1 && domain.upperBound > 1)
    }

    /// A bar's value label hangs under the mean line when that line would strike through it
    /// (a bar a little above the mean), else from the bar's top.
    @Test func crossValidationLabelsStayClearOfTheMeanLine() {
        #expect(CrossValidationChart.valueLabelTop(bar: 100, mean: 97.8) == 97.8)
        #expect(CrossValidationChart.valueLabelTop(bar: 97.5, mean: 97.8) == 97.5, "the line passes above the bar")
        #expect(CrossValidationChart.valueLabelTop(bar: 100, mean: 90) == 100, "the line passes below the label")
        #expect(CrossValidationChart.valueLabelTop(bar: 6, mean: 3) == 6, "too short a bar to hang the label lower")
    }
}
