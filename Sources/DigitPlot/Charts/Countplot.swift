/// How many recordings each class has: one bar per class with its count printed on top
/// (the original's seaborn `countplot`, "Countplot of Digits Audio").
public struct Countplot: ComposedChart {
    /// One count per class.
    public var counts: [Int]
    /// One label per class, "0"…"9" by default.
    public var labels: [String]
    /// Title above the plot.
    public var title: String
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates a countplot.
    /// - Parameters:
    ///   - counts: one count per class; a zero shows as an empty bar labelled 0.
    ///   - labels: class names; "0", "1", … when `nil`.
    ///   - title: the title.
    public init(counts: [Int], labels: [String]? = nil, title: String = "Countplot of Digits Audio") {
        let labels = labels ?? counts.indices.map(String.init)
        precondition(labels.count == counts.count, "one label per count")
        self.counts = counts
        self.labels = labels
        self.title = title
    }

    /// 1500 × 1000, the original's size.
    public var defaultSize: Size { Size(width: 1500, height: 1000) }
    /// The title.
    public var documentTitle: String? { title }

    /// Bars in tab10 colors, each with its count above it.
    public var figure: Figure {
        let panel = Panel(title: title) {
            for (index, count) in counts.enumerated() {
                BarMark(x: Double(index), y: Double(count), color: Palette.tab10(index))
                TextMark(
                    NumberFormat.grouped(count), x: Double(index), y: Double(count),
                    anchor: TextAnchor(.center, .bottom), offset: Point(x: 0, y: -6))
            }
        }
        .xAxis(Axis(
            label: "Digits", domain: -0.5...(Double(counts.count) - 0.5), ticks: .explicit(Tick.categories(labels)),
            showsGrid: false))
        .yAxis(Axis(label: "Count", domain: (counts.max() ?? 0) > 0 ? nil : 0...1, ticks: .integers, margin: 0.08))
        return Figure(size: defaultSize, theme: theme, panel: panel)
    }
}
