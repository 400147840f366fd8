/// Per-epoch metrics of a training run, as Keras' `History` or a `CSVLogger` file holds them.
///
/// Metric names keep their order of first appearance (for example `accuracy`, `loss`,
/// `val_accuracy`, `val_loss`); a metric `X` with a twin `val_X` is a train/validation pair.
public struct History: Sendable, Equatable {
    /// Metric names, in column order.
    public private(set) var metricNames: [String] = []
    /// `values[epoch][metric]`, aligned with `metricNames`; `nan` where an epoch lacks a metric.
    public private(set) var values: [[Double]] = []

    /// An empty history.
    public init() {}

    /// Creates a history from named columns of equal length.
    public init(metricNames: [String], values: [[Double]]) {
        precondition(values.allSatisfy { $0.count == metricNames.count }, "ragged history")
        self.metricNames = metricNames
        self.values = values
    }

    /// Number of epochs recorded.
    public var epochs: Int { values.count }

    /// Appends one epoch; metrics not seen before become new columns (earlier epochs get `nan`).
    public mutating func append(_ metrics: [(name: String, value: Double)]) {
        for (name, _) in metrics where !metricNames.contains(name) {
            metricNames.append(name)
            for i in values.indices { values[i].append(.nan) }
        }
        var row = [Double](repeating: .nan, count: metricNames.count)
        for (name, value) in metrics { row[metricNames.firstIndex(of: name)!] = value }
        values.append(row)
    }

    /// The values of one metric over the epochs, or `nil` if it was never recorded.
    public func series(_ name: String) -> [Double]? {
        guard let column = metricNames.firstIndex(of: name) else { return nil }
        return values.map { $0[column] }
    }

    /// Metrics that are not validation metrics (`loss`, `accuracy`, …), in column order.
    public var trainingMetrics: [String] { metricNames.filter { !$0.hasPrefix("val_") } }

    /// The epoch (from 0) with the lowest value of `monitor`, or `nil` if it is absent or all `nan`.
    public func bestEpoch(monitor: String = "val_loss") -> Int? {
        guard let series = series(monitor) else { return nil }
        var best: Int?
        for (epoch, value) in series.enumerated() where !value.isNaN {
            if best == nil || value < series[best!] { best = epoch }
        }
        return best
    }
}
