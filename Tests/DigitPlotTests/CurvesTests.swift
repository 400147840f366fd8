import DigitAudio
import Foundation
import Testing
@testable import DigitPlot

/// Curves of any log: families, axes, several runs, smoothing, log scale, speed, file names.
@Suite struct CurvesTests {
    /// A sparse step-based history: train loss every step, validation every 10 steps.
    func stepHistory(steps: Int = 40) -> History {
        var history = History()
        for step in 1...steps {
            let epoch = Double((step - 1) / 10)
            history.record("train_loss", value: 2 / Double(step), epoch: epoch, step: Double(step))
            if step % 10 == 0 { history.record("val_loss", value: 3 / Double(step) + (step == 20 ? -0.1 : 0), epoch: epoch, step: Double(step)) }
            if step % 10 == 1 { history.record("lr-Adam", value: 0.1 / Double(step), step: Double(step)) }
        }
        return history
    }

    /// Epochs as the console numbers them: a resumed CSVLogger log (epochs 100–103, printed
    /// "Epoch 101/…" to "Epoch 104/…") starts at 101; Hugging Face's epochs done stay as they are.
    /// The legend leaves its corner only for lines that pass under the box it will draw: at
    /// the default size, two short entries take about a tenth of the plot's height and a
    /// seventh of its width (the old estimate, a third of the width, moved it for lines
    /// that passed beside it).
    @Test func legendMovesOnlyForLinesUnderItsBox() {
        let xs = (0...100).map(Double.init)
        func corner(highLineFrom start: Int, to end: Int, at y: Double) -> LegendPlacement {
            let part = (start...end).map(Double.init)
            let marks: [any Mark] = [
                LineMark(x: xs, y: xs.map { _ in 0 }, name: "train"),
                LineMark(x: part, y: part.map { _ in y }, name: "validation"),
                LineMark(x: [0], y: [1]),
            ]
            return Curves.legendCorner(preferred: .upperRight, marks: marks, font: Theme.standard.legendFont,
                                       size: Size(width: 1500, height: 1000))
        }
        #expect(corner(highLineFrom: 70, to: 80, at: 0.97) == .upperRight, "a line along the top, left of the legend")
        #expect(corner(highLineFrom: 50, to: 100, at: 0.75) == .upperRight, "a line a quarter down the plot, below it")
        #expect(corner(highLineFrom: 90, to: 100, at: 0.97) == .upperLeft, "a line under it")
    }

    @Test func epochsAreNumberedAsTheConsoleDoes() throws {
        let resumed = try RunLogReader.read(text: "epoch,loss,val_loss\n100,0.5,0.6\n101,0.4,0.3\n102,0.3,0.4\n103,0.2,0.5\n", name: "r.csv")
        let chart = Curves(history: resumed, metric: "loss")
        #expect(chart.keptEpoch == 101)
        let lines = chart.figure.panels[0].marks.compactMap { $0 as? LineMark }
        #expect(lines.map(\.x) == [[101, 102, 103, 104], [101, 102, 103, 104]])
        let rules = chart.figure.panels[0].marks.compactMap { $0 as? RuleMark }
        #expect(rules.map(\.legendEntry?.label) == ["best epoch 102"])

        let state = #"{"log_history": [{"epoch": 1.0, "step": 5, "eval_loss": 0.5}, {"epoch": 2.0, "step": 10, "eval_loss": 0.4},"#
            + #" {"epoch": 3.0, "step": 15, "eval_loss": 0.45}, {"epoch": 4.0, "step": 20, "eval_loss": 0.47}, {"epoch": 4.0, "step": 20, "loss": 0.3}]}"#
        let hf = Curves(history: try RunLogReader.read(text: state, name: "trainer_state.json"), metric: "loss", keptEpoch: nil)
        let hfLines = hf.figure.panels[0].marks.compactMap { $0 as? LineMark }
        #expect(hfLines.first?.x == [1, 2, 3, 4])
    }

    @Test func severalPointsPerEpochDrawAgainstSteps() throws {
        let history = stepHistory()
        let charts = Curves.all(for: history)
        #expect(charts.map(\.metric) == ["loss", "learning_rate"])
        let loss = charts[0].chart
        #expect(loss.resolvedXAxis == .step)
        #expect(loss.documentTitle == "Model Loss vs Steps")
        #expect(loss.keptEpoch == 20)
        #expect(loss.figure.panels[0].legendEntries.map(\.label) == ["Train", "Validation", "best step 20"])
        var forced = loss
        forced.xAxis = .epoch
        #expect(forced.documentTitle == "Model Loss vs Epochs")
    }

    @Test func severalRunsGetOneColorEachAndTheirNames() throws {
        let runs = [Curves.Run(label: "adam", history: Samples.history(epochs: 20)),
                    Curves.Run(label: "sgd", history: Samples.history(epochs: 30, seed: 9))]
        let chart = try #require(Curves.all(for: runs, metric: "accuracy").first?.chart)
        let entries = chart.figure.panels[0].legendEntries
        #expect(entries.map(\.label) == ["adam train", "adam validation", "sgd train", "sgd validation"])
        #expect(entries[0].color == entries[1].color && entries[0].color != entries[2].color)
        #expect(chart.keptEpoch == nil)
    }

    @Test func nonFiniteValuesStayGapsNotZeros() {
        let history = History(metricNames: ["loss"], values: [[1], [.nan], [.infinity], [0.5]])
        let lines = Curves(history: history, metric: "loss").figure.panels[0].marks.compactMap { $0 as? LineMark }
        #expect(lines.count == 1)
        #expect(lines[0].y[1].isNaN && lines[0].y[2] == .infinity && !lines[0].y.contains(0))
        #expect(lines[0].bounds.y == 0.5...1)
    }

    @Test func smoothingIsTensorBoardsDebiasedAverage() {
        let values: [Double] = [1, 3, .nan, 2, 5]
        let smoothing = ExponentialSmoothing(weight: 0.5)
        let smoothed = smoothing.smooth(values)
        #expect(smoothed[0] == 1)  // debiased: the first value is not pulled towards 0
        #expect(smoothed[2].isNaN)
        // Skipping a non-finite value is the same as leaving it out.
        #expect(smoothing.smooth([1, 3, 2, 5]) == [smoothed[0], smoothed[1], smoothed[3], smoothed[4]])
        #expect(smoothed[4] > smoothed[3] && smoothed[4] < 5)
        #expect(ExponentialSmoothing(weight: 0).smooth(values).elementsEqual(values) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(smoothing.smooth([2, 2, 2]) == [2, 2, 2])
    }

    @Test func smoothedChartDrawsRawFaintUnderSmoothed() {
        var chart = Curves(history: Samples.history(epochs: 50), metric: "loss")
        chart.smoothing = 0.8
        let lines = chart.figure.panels[0].marks.compactMap { $0 as? LineMark }
        #expect(lines.count == 4)
        #expect(lines[0].name == nil && lines[0].color.alpha < 1 && lines[1].name == "Train" && lines[1].color.alpha == 1)
    }

    @Test func logScaleTicksAtDecadesWithRealLabels() throws {
        var history = History()
        for epoch in 0..<50 { history.append([("loss", 3 * pow(10, -Double(epoch) / 10))]) }
        var chart = Curves(history: history, metric: "loss")
        chart.logY = true
        let panel = chart.figure.panels[0]
        guard case let .explicit(ticks) = panel.yAxis.ticks else { Issue.record("no explicit ticks"); return }
        #expect(ticks.map(\.label) == ["1e-05", "0.0001", "0.001", "0.01", "0.1", "1", "10"])
        #expect(panel.yAxis.label == "Loss (log scale)")
        let line = try #require(panel.marks.first as? LineMark)
        #expect(abs(line.y[10] - log10(0.3)) < 1e-12)
        // Not every value positive: linear.
        history.append([("loss", -1)])
        chart = Curves(history: history, metric: "loss")
        chart.logY = true
        #expect(chart.figure.panels[0].yAxis.label == "Loss")
    }

    @Test func columnExtremesKeepEveryColumnsRangeAndGaps() throws {
        var random = SystemRandomNumberGenerator()
        let x = (0..<10_000).map { Double($0) / 50 }
        var y = x.map { _ in Double.random(in: -1...1, using: &random) }
        y[5_000] = .nan
        let runs = ColumnExtremes.runs(x: x, y: y) { Point(x: $0, y: $1) }
        #expect(runs.count == 2)  // broken at the NaN, never joined through it
        #expect(runs.map(\.count) == [100, 100])  // the NaN is column 100's first point
        let points = zip(x, y).filter { $0.1.isFinite }
        let columns = Dictionary(grouping: points) { Int($0.0) }
        for span in runs.joined() {
            let inColumn = try #require(columns[Int(span.x)])
            #expect(span.x == Double(Int(span.x)) + 0.5)
            #expect(span.low == inColumn.map(\.1).min() && span.high == inColumn.map(\.1).max())
        }
    }

    @Test func hundredThousandNoisyEpochsDrawInWellUnderASecond() throws {
        var random = SystemRandomNumberGenerator()
        var history = History()
        for epoch in 0..<100_000 {
            let noise = Double.random(in: -0.1...0.1, using: &random)
            history.append([("loss", 1 / (1 + Double(epoch) / 1000) + noise), ("val_loss", 1.1 / (1 + Double(epoch) / 1000) + noise)])
        }
        let chart = Curves(history: history, metric: "loss")
        let small = Curves(history: Samples.history(epochs: 10), metric: "loss")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("curves-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: url) }
        let clock = ContinuousClock()
        func fastest(_ chart: Curves) throws -> Duration {
            try (0..<3).map { _ in try clock.measure { try chart.render(to: url) } }.min()!
        }
        let (dense, sparse) = (try fastest(chart), try fastest(small))
        // The cost is set by the plot's width, not the points: a 10-epoch chart is the yardstick,
        // as debug builds and a loaded machine slow both alike. Measured in a debug build alone:
        // 10 epochs 0.13 s, 100,000 epochs 0.3 s (0.95 s when the full polyline was stroked);
        // in a release build `digitviz curves` reads and draws a 100,000-epoch CSV in 0.4 s.
        #expect(dense < sparse * 4, "\(dense) for 100,000 epochs, \(sparse) for 10")
    }

    @Test func fileNamesNeverLeaveTheFolder() {
        let names = Curves.fileNames(for: ["../../x", "loss", "Loss", "rewards/format/mean", "", "..", "a\u{0}b", "/etc/passwd"])
        #expect(names == ["_.._x", "loss", "Loss-2", "rewards_format_mean", "metric", "metric-2", "a_b", "_etc_passwd"])
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") })
    }
}

@Suite struct CurvesRunLabelTests {
    @Test func runsAreNamedByFileOrFolderAndParentWhenAmbiguous() {
        #expect(Curves.Run.labels(forPaths: ["logs/adam.log", "runs/tb/", "x/metrics.csv"]) == ["adam", "tb", "metrics"])
        #expect(Curves.Run.labels(forPaths: ["a/version_0/metrics.csv", "a/version_1/metrics.csv"]) == ["version_0/metrics", "version_1/metrics"])
    }
}

@Suite struct CurvesLegendTests {
    @Test func everySplitOfOneRunHasItsOwnColor() throws {
        var history = History()
        for epoch in 0..<5 {
            for set in 0..<6 { history.record("eval_g\(set)_accuracy", value: 0.1 * Double(set) + 0.01 * Double(epoch), epoch: Double(epoch), family: "accuracy", split: "validation g\(set)") }
        }
        let entries = Curves(history: history, metric: "accuracy").figure.panels[0].legendEntries
        #expect(entries.count == 6 && Set(entries.map(\.color)).count == 6)
    }

    @Test func legendLeavesACornerThatLinesPassUnder() {
        // A rising accuracy leaves the lower right free; a falling one runs under it.
        let rising = History(metricNames: ["accuracy"], values: (0..<20).map { [Double($0) / 20] })
        #expect(Curves(history: rising, metric: "accuracy").figure.panels[0].legendPlacement == .lowerRight)
        let falling = History(metricNames: ["accuracy"], values: (0..<20).map { [1 - Double($0) / 20] })
        #expect(Curves(history: falling, metric: "accuracy").figure.panels[0].legendPlacement != .lowerRight)
    }
}
