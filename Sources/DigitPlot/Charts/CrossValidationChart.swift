/// The result of a cross-validation: the accuracy of each fold's model on its held-out
/// part as bars, with the mean as a dashed line, beside the confusion matrix of all folds
/// added (every recording scored once, by a model that never trained on it).
public struct CrossValidationChart: ComposedChart {
    /// One bar per fold.
    public struct Bar: Sendable, Hashable {
        /// The fold's name: the held-out speaker, or "fold N".
        public var name: String
        /// Accuracy on the held-out part, 0…1.
        public var accuracy: Double

        /// Creates a bar.
        public init(name: String, accuracy: Double) {
            self.name = name
            self.accuracy = accuracy
        }
    }

    /// The folds, in order.
    public var bars: [Bar]
    /// `summedConfusion[true][predicted]` over all folds.
    public var summedConfusion: [[Int]]
    /// Class names of the confusion matrix.
    public var labels: [String]
    /// What the bars are per: "held-out speaker" or "fold".
    public var foldLabel: String
    /// Title above the bars.
    public var title: String
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates the chart.
    public init(bars: [Bar], summedConfusion: [[Int]], labels: [String]? = nil,
                foldLabel: String = "Held-out speaker", title: String = "Cross-validation: accuracy on unseen recordings") {
        precondition(!bars.isEmpty, "a cross-validation has folds")
        self.bars = bars
        self.summedConfusion = summedConfusion
        self.labels = labels ?? summedConfusion.indices.map(String.init)
        self.foldLabel = foldLabel
        self.title = title
    }

    /// 2200 × 1000: the bars and a square confusion matrix side by side.
    public var defaultSize: Size { Size(width: 2200, height: 1000) }
    /// The title.
    public var documentTitle: String? { title }

    /// The mean accuracy over folds.
    public var meanAccuracy: Double { bars.map(\.accuracy).reduce(0, +) / Double(bars.count) }

    /// How far a bar's value label reaches down from where it hangs, in points of accuracy
    /// at the default size: its 8 px offset and a line of text, on a plot about 850 px high
    /// for 105 points.
    static let valueLabelDepth = 4.5

    /// Where a bar's value label hangs from: the bar's top, or the mean line when that line
    /// would cross the label (a bar a little above the mean), so that the label sits just
    /// under the line instead of struck through by it.
    static func valueLabelTop(bar: Double, mean: Double) -> Double {
        mean < bar && mean > bar - valueLabelDepth && mean > valueLabelDepth ? mean : bar
    }

    /// Bars in percent with their values inside their tops and the mean dashed; the summed
    /// confusion matrix.
    public var figure: Figure {
        let mean = 100 * meanAccuracy
        let accuracy = Panel(title: title) {
            for (index, bar) in bars.enumerated() {
                BarMark(x: Double(index), y: 100 * bar.accuracy, color: Palette.tab10(0))
                TextMark(
                    NumberFormat.decimal(100 * bar.accuracy, decimals: 1), x: Double(index),
                    y: Self.valueLabelTop(bar: 100 * bar.accuracy, mean: mean),
                    anchor: TextAnchor(.center, .top), offset: Point(x: 0, y: 8), color: .white)
            }
            RuleMark(y: mean, color: Palette.tab10(3), name: "mean \(NumberFormat.decimal(mean, decimals: 1)) %")
        }
        .xAxis(Axis(label: foldLabel, domain: -0.5...(Double(bars.count) - 0.5),
                    ticks: .explicit(Tick.categories(bars.map(\.name))), showsGrid: false))
        .yAxis(Axis(label: "Accuracy (%)", domain: 0...105, margin: 0))
        .legend(.lowerRight)
        var confusion = ConfusionMatrixChart(counts: summedConfusion, labels: labels, title: "Confusion matrix, all folds").heatmap
        confusion.theme = theme
        return Figure(size: defaultSize, columns: 2, theme: theme, title: title, panels: [accuracy] + confusion.figure.panels)
    }
}
