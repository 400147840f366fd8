import DigitAudio

/// One metric family (accuracy, loss, learning rate, …) of one or more training runs,
/// against epochs or steps, as the original's "Model Accuracy vs Epochs" and "Model Loss
/// vs Epochs" figures.
///
/// With one run, each split gets its color: accuracy train blue and validation red with the
/// legend lower right; loss train orange and validation green with the legend upper right;
/// other metrics tab10's first two colors; further splits (test, evaluation sets) the next
/// unused tab10 colors. With several runs, each run gets one tab10 color, its training
/// series solid and the others dashed, named by run in the legend.
///
/// Epochs are numbered as Keras' console numbers them, from 1 ("Epoch 1/200"), whatever the
/// log counts from (`EpochNumbering` in DigitAudio); a log that starts later (a resumed run) starts later.
/// The epoch whose weights were kept (the lowest validation loss, which Keras' best-weights
/// restoring keeps) is marked with a dashed rule and a dot on the validation curve. The legend
/// moves to another corner when lines pass under its usual one and fewer do there. Non-finite
/// values leave gaps. With ``smoothing`` above 0 each series is drawn faint and its
/// TensorBoard-style smoothed line (``ExponentialSmoothing``) over it. With ``logY`` a family
/// of positive values is drawn on a log scale, ticks at the decades.
public struct Curves: ComposedChart {
    /// Colors and legend corner for one kind of metric.
    public struct Style: Sendable, Hashable {
        /// Training curve color.
        public var train: Color
        /// Validation curve color.
        public var validation: Color
        /// Legend corner.
        public var legend: LegendPlacement

        /// Creates a style.
        public init(train: Color, validation: Color, legend: LegendPlacement) {
            self.train = train
            self.validation = validation
            self.legend = legend
        }

        /// The original's style for a metric name: accuracy-like, loss-like or other.
        public static func forMetric(_ metric: String) -> Style {
            let name = metric.lowercased()
            if name.contains("loss") || name.contains("error") {
                return Style(train: Palette.tab10(1), validation: Palette.tab10(2), legend: .upperRight)
            }
            if name.contains("acc") {
                return Style(train: Palette.tab10(0), validation: Palette.tab10(3), legend: .lowerRight)
            }
            return Style(train: Palette.tab10(0), validation: Palette.tab10(1), legend: .upperRight)
        }
    }

    /// What the horizontal axis counts.
    public enum XAxis: String, Sendable, CaseIterable {
        /// Epochs (fractional for Hugging Face logs).
        case epoch
        /// Global optimisation steps.
        case step
    }

    /// One run: its history and the name the legend gives it.
    public struct Run: Sendable {
        /// Legend name (a file or folder name).
        public var label: String
        /// The run's metrics.
        public var history: History

        /// Creates a run.
        public init(label: String, history: History) {
            self.label = label
            self.history = history
        }
    }

    /// The runs drawn, one color each when there are several.
    public var runs: [Run]
    /// The metric family drawn, e.g. `accuracy` or `loss` (all its splits are drawn).
    public var metric: String
    /// The horizontal axis, or `nil` to choose (see ``resolvedXAxis``).
    public var xAxis: XAxis?
    /// The epoch (or step) to mark as kept (single run), as the log records it, or `nil` for
    /// none. Epochs are drawn as the console numbers them (see `EpochNumbering` in DigitAudio): a
    /// `CSVLogger` epoch 197 is drawn and labelled 198, as "Epoch 198/200" printed it.
    public var keptEpoch: Double?
    /// Exponential smoothing weight in 0..<1 (0 draws the raw values only).
    public var smoothing: Double = 0
    /// Whether to use a log-scale y axis when every value is positive.
    public var logY = false
    /// Colors and legend corner.
    public var style: Style
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates curves of one run marking the epoch with the lowest validation loss (if any).
    public init(history: History, metric: String) {
        self.init(runs: [Run(label: "", history: history)], metric: metric)
    }

    /// Creates curves of one run marking `keptEpoch`, or nothing when `nil`.
    public init(history: History, metric: String, keptEpoch: Int?) {
        self.init(runs: [Run(label: "", history: history)], metric: metric)
        self.keptEpoch = keptEpoch.map(Double.init)
    }

    /// Creates curves of several runs; with one run the best epoch is marked on `xAxis`.
    public init(runs: [Run], metric: String, xAxis: XAxis? = nil, smoothing: Double = 0, logY: Bool = false) {
        self.runs = runs
        self.metric = metric
        self.xAxis = xAxis
        self.smoothing = smoothing
        self.logY = logY
        self.style = .forMetric(metric)
        if runs.count == 1 { keptEpoch = Self.best(in: runs[0].history, on: resolvedXAxis) }
    }

    /// The metric as a heading: "accuracy" is "Accuracy", "top_k_accuracy" "Top k accuracy".
    public var metricTitle: String {
        let words = metric.replacing("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// 1500 × 1000, the original's size.
    public var defaultSize: Size { Size(width: 1500, height: 1000) }
    /// "Model Accuracy vs Epochs" and the like.
    public var documentTitle: String? { "Model \(metricTitle) vs \(resolvedXAxis == .epoch ? "Epochs" : "Steps")" }

    /// The series of the family in each run, training splits first.
    var seriesByRun: [[MetricSeries]] {
        runs.map { run in
            let family = run.history.series(inFamily: metric)
            return family.filter { $0.split.hasPrefix(MetricName.train) } + family.filter { !$0.split.hasPrefix(MetricName.train) }
        }
    }

    /// The axis drawn. A series is drawn only against an axis it records (points without a
    /// value on it are left out). The given axis is used when some series records it, else
    /// the other one. Otherwise epochs, unless no series records them, or a series has several
    /// points in one epoch, or the epochs span fewer than 3 (Hugging Face's few fractional
    /// epochs), or more series record only steps than record epochs: then steps.
    public var resolvedXAxis: XAxis {
        let all = Array(seriesByRun.joined())
        let withEpochs = all.filter(\.hasEpochs)
        let withSteps = all.filter(\.hasSteps)
        if let xAxis {
            return xAxis == .epoch ? (withEpochs.isEmpty && !withSteps.isEmpty ? .step : .epoch)
                                   : (withSteps.isEmpty ? .epoch : .step)
        }
        if withSteps.isEmpty { return .epoch }
        if withEpochs.isEmpty { return .step }
        let increasing = withEpochs.allSatisfy { zip($0.epochs, $0.epochs.dropFirst()).allSatisfy { $0 < $1 } }
        let epochs = withEpochs.flatMap(\.epochs)
        let span = (epochs.max() ?? 0) - (epochs.min() ?? 0)
        let stepsOnly = withSteps.filter { !$0.hasEpochs }.count
        return increasing && span >= 3 && withEpochs.count >= stepsOnly ? .epoch : .step
    }

    /// The x value of the lowest validation loss on `axis`, or `nil` without one (or when the
    /// validation loss does not record that axis).
    public static func best(in history: History, on axis: XAxis) -> Double? {
        guard let loss = history.validationLoss else { return nil }
        let xs = axis == .step ? loss.steps : loss.epochs
        var best: Int?
        for index in loss.values.indices where loss.values[index].isFinite && xs[index].isFinite {
            if best == nil || loss.values[index] < loss.values[best!] { best = index }
        }
        return best.map { xs[$0] }
    }

    /// Lines (or dots for single points) per run and split, the kept epoch, the legend.
    public var figure: Figure {
        let axis = resolvedXAxis
        let scale = logY ? LogScaleTicks(values: seriesByRun.joined().flatMap(\.values)) : nil
        var marks: [any Mark] = []
        var validationPoint: Double?
        let colors = colorsBySplit
        // Epochs are drawn and labelled as the console numbers them ("Epoch 1/200" is 1).
        let keptX = axis == .epoch && runs.count == 1 ? keptEpoch.map(runs[0].history.epochNumbering.consoleNumber) : keptEpoch
        for (runIndex, family) in seriesByRun.enumerated() {
            for series in family {
                let xs = axis == .step ? series.steps : series.epochs.map(runs[runIndex].history.epochNumbering.consoleNumber)
                let ys = scale.map { s in series.values.map(s.position) } ?? series.values
                let color = runs.count == 1 ? colors[series.split] ?? style.train : Palette.tab10(runIndex)
                let name = legendName(of: series, run: runs[runIndex])
                let stroke: StrokeStyle = runs.count > 1 && !series.split.hasPrefix(MetricName.train) ? .dashed : .line
                marks += Self.marks(x: xs, y: ys, name: name, color: color, style: stroke, smoothing: smoothing)
                if series.split == MetricName.validation, let keptX, let index = xs.firstIndex(of: keptX) {
                    validationPoint = ys[index]
                }
            }
        }
        if let keptEpoch = keptX {
            let unit = axis == .epoch ? "epoch" : "step"
            let label = keptEpoch == keptEpoch.rounded() ? String(Int(keptEpoch)) : String(cFormat: "%g", keptEpoch)
            marks.append(RuleMark(x: keptEpoch, color: theme.referenceLine, name: "best \(unit) \(label)"))
            if let value = validationPoint, value.isFinite {
                marks.append(PointMark(x: keptEpoch, y: value, color: style.validation))
            }
        }
        let yLabel = scale == nil ? metricTitle : "\(metricTitle) (log scale)"
        let panel = Panel(title: documentTitle, marks: marks)
            .xAxis(Axis(label: axis == .epoch ? "Epochs" : "Steps", ticks: .integers))
            .yAxis(scale.map { Axis(label: yLabel, ticks: .explicit($0.ticks)) } ?? Axis(label: yLabel))
            .legend(Self.legendCorner(preferred: style.legend, marks: marks, font: theme.legendFont, size: defaultSize))
        return Figure(size: defaultSize, theme: theme, panel: panel)
    }

    /// The style's legend corner, unless lines pass under it and another corner has fewer
    /// points; long lines are sampled. The legend's box is estimated from `Legend`'s layout
    /// in `font` (its spacings, rows about 1.2 em high, labels about 0.55 em a character:
    /// a little wider than DejaVu Sans' average) against a plot area of about 90% × 85% of
    /// a figure of `size`.
    static func legendCorner(preferred: LegendPlacement, marks: [any Mark], font: Font, size: Size) -> LegendPlacement {
        let lines = marks.compactMap { $0 as? LineMark }
        let labels = marks.compactMap(\.legendEntry).map(\.label)
        guard let xs = lines.map(\.bounds.x).reduce(nil, DataBounds.union),
              let ys = lines.map(\.bounds.y).reduce(nil, DataBounds.union), !labels.isEmpty else { return preferred }
        let em = font.pixelSize, rows = Double(labels.count)
        let longest = Double(labels.map(\.count).max() ?? 0)
        // Padding 0.6 em on each side, the handle 2 em and its gap 0.8 em, the inset 0.5 em.
        let width = min((4.5 + 0.55 * longest) * em / (0.9 * size.width), 0.9)
        let height = min((1.7 + 1.2 * rows + 0.5 * (rows - 1)) * em / (0.85 * size.height), 0.9)
        func pointsUnder(_ corner: LegendPlacement) -> Int {
            let left = corner == .upperLeft || corner == .lowerLeft
            let top = corner == .upperLeft || corner == .upperRight
            let xLow = left ? xs.lowerBound : xs.upperBound - width * (xs.upperBound - xs.lowerBound)
            let xHigh = left ? xs.lowerBound + width * (xs.upperBound - xs.lowerBound) : xs.upperBound
            let yLow = top ? ys.upperBound - height * (ys.upperBound - ys.lowerBound) : ys.lowerBound
            let yHigh = top ? ys.upperBound : ys.lowerBound + height * (ys.upperBound - ys.lowerBound)
            var count = 0
            for line in lines {
                // An estimate: at most about 2,000 points of a line are looked at.
                for index in stride(from: 0, to: line.x.count, by: max(line.x.count / 2000, 1)) {
                    let (x, y) = (line.x[index], line.y[index])
                    if x >= xLow && x <= xHigh && y >= yLow && y <= yHigh { count += 1 }
                }
            }
            return count
        }
        let preferredCount = pointsUnder(preferred)
        guard preferredCount > 0 else { return preferred }
        let others: [LegendPlacement] = [.upperRight, .upperLeft, .lowerRight, .lowerLeft]
        let best = others.map { ($0, pointsUnder($0)) }.min { $0.1 < $1.1 }!
        return best.1 < preferredCount ? best.0 : preferred
    }

    /// Single run: train and validation in the style's colors; other splits (a learning rate,
    /// test, evaluation sets) in whichever of those is unused, then in unused tab10 colors.
    private var colorsBySplit: [String: Color] {
        let splits = seriesByRun.joined().map(\.split)
        var colors: [String: Color] = [:]
        if splits.contains(MetricName.train) { colors[MetricName.train] = style.train }
        if splits.contains(MetricName.validation) { colors[MetricName.validation] = style.validation }
        var taken = Set(colors.values)
        var unused = ([style.train, style.validation] + Palette.tab10).filter { taken.insert($0).inserted }.makeIterator()
        for split in splits where colors[split] == nil {
            colors[split] = unused.next() ?? Color.gray
        }
        return colors
    }

    /// "Train", "Validation", "Test (step)", "Validation g0", a learning rate's own name; with
    /// several runs the run's label first ("a train"), or the label alone when the family has
    /// one split.
    private func legendName(of series: MetricSeries, run: Run) -> String {
        let roles = [MetricName.train, MetricName.validation, MetricName.test]
        let split = roles.contains { series.split.hasPrefix($0) }
            ? series.split.prefix(1).uppercased() + series.split.dropFirst() : series.split
        guard runs.count > 1 else { return split }
        let splits = Set(seriesByRun.joined().map(\.split))
        return splits.count == 1 ? run.label : "\(run.label) \(series.split)"
    }

    /// The marks of one series: a dot for a single point, else a line; when smoothed, the
    /// raw line faint and unnamed under the smoothed one.
    static func marks(x: [Double], y: [Double], name: String, color: Color, style: StrokeStyle, smoothing: Double) -> [any Mark] {
        var xs: [Double] = [], ys: [Double] = []
        xs.reserveCapacity(x.count)
        ys.reserveCapacity(y.count)
        for index in x.indices where x[index].isFinite {
            xs.append(x[index])
            ys.append(y[index])
        }
        if xs.count == 1 {
            return ys[0].isFinite ? [PointMark(x: xs[0], y: ys[0], radius: 4, color: color, name: name)] : []
        }
        guard smoothing > 0 else { return [LineMark(x: xs, y: ys, name: name, color: color, style: style)] }
        return [
            LineMark(x: xs, y: ys, color: color.opacity(0.25), style: style),
            LineMark(x: xs, y: ExponentialSmoothing(weight: smoothing).smooth(ys), name: name, color: color, style: style),
        ]
    }
}
