import DigitAudio
/// A metric over the training epochs, train and validation, as the original's
/// "Model Accuracy vs Epochs" and "Model Loss vs Epochs" figures.
///
/// Accuracy is drawn train blue and validation red with the legend lower right; loss train
/// orange and validation green with the legend upper right; other metrics in tab10's
/// first two colors. The epoch whose weights were kept (by default the one with the lowest
/// `val_loss`, which Keras' best-weights restoring keeps) is marked with a dashed rule and
/// a dot on the validation curve. Without a `val_` series only the training curve is drawn;
/// a metric the history lacks leaves empty axes.
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

    /// The training history.
    public var history: History
    /// The metric drawn, e.g. `accuracy` or `loss` (its `val_` twin is drawn too).
    public var metric: String
    /// The epoch to mark, from 0, or `nil` for none.
    public var keptEpoch: Int?
    /// Colors and legend corner.
    public var style: Style
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates curves marking the epoch with the lowest `val_loss` (if recorded).
    public init(history: History, metric: String) {
        self.init(history: history, metric: metric, keptEpoch: history.bestEpoch(monitor: "val_loss"))
    }

    /// Creates curves marking `keptEpoch` (from 0), or nothing when `nil`.
    public init(history: History, metric: String, keptEpoch: Int?) {
        self.history = history
        self.metric = metric
        self.keptEpoch = keptEpoch
        self.style = .forMetric(metric)
    }

    /// The metric as a heading: "accuracy" is "Accuracy", "top_k_accuracy" "Top k accuracy".
    public var metricTitle: String {
        let words = metric.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// 1500 × 1000, the original's size.
    public var defaultSize: Size { Size(width: 1500, height: 1000) }
    /// "Model Accuracy vs Epochs" and the like.
    public var documentTitle: String? { "Model \(metricTitle) vs Epochs" }

    /// Train and validation lines, the kept epoch's rule and dot, the legend.
    public var figure: Figure {
        let train = history.series(metric)
        let validation = history.series("val_" + metric)
        let epochs = (0..<history.epochs).map(Double.init)
        let panel = Panel(title: documentTitle) {
            if let train {
                LineMark(x: epochs, y: train, name: "Train", color: style.train)
            }
            if let validation {
                LineMark(x: epochs, y: validation, name: "Validation", color: style.validation)
            }
            if let keptEpoch, keptEpoch < history.epochs {
                RuleMark(x: Double(keptEpoch), color: Color(hex: 0x555555), name: "best epoch \(keptEpoch)")
                if let value = validation?[keptEpoch], value.isFinite {
                    PointMark(x: Double(keptEpoch), y: value, color: style.validation)
                }
            }
        }
        .xAxis(Axis(label: "Epochs", ticks: .integers))
        .yAxis(Axis(label: metricTitle))
        .legend(style.legend)
        return Figure(size: defaultSize, theme: theme, panel: panel)
    }
}
