/// A classifier's confusion matrix: true classes down, predicted classes across, each
/// cell's count written in it, viridis colors from zero to the largest count.
public struct ConfusionMatrixChart: ComposedChart {
    /// `counts[true][predicted]`.
    public var counts: [[Int]]
    /// Class names, "0"…"9" by default.
    public var labels: [String]
    /// Title above the plot.
    public var title: String
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates a confusion matrix chart from a square matrix of counts.
    public init(counts: [[Int]], labels: [String]? = nil, title: String = "Confusion Matrix") {
        precondition(counts.allSatisfy { $0.count == counts.count }, "a confusion matrix is square")
        self.counts = counts
        self.labels = labels ?? counts.indices.map(String.init)
        self.title = title
    }

    /// 1100 × 1000: square cells beside the colorbar.
    public var defaultSize: Size { Size(width: 1100, height: 1000) }
    /// The title.
    public var documentTitle: String? { title }

    /// The heatmap this chart is.
    public var heatmap: Heatmap {
        let largest = counts.joined().max() ?? 0
        var heatmap = Heatmap(
            values: counts.map { $0.map(Double.init) }, title: title, xLabel: "Predicted", yLabel: "True",
            columns: .categories(labels), rows: .categories(labels), rowsFromTop: true, colormap: .viridis,
            valueDomain: 0...Double(max(largest, 1)), annotated: true, colorbarLabel: "Count", size: defaultSize)
        heatmap.theme = theme
        return heatmap
    }

    /// The heatmap's figure.
    public var figure: Figure { heatmap.figure }
}
