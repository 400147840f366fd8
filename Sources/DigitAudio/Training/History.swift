/// The metrics of a training run: one ``MetricSeries`` per metric, each point at an epoch
/// and/or a step.
///
/// A per-epoch log (Keras' `History`, a `CSVLogger` file, digitviz's run log) fills every
/// series at epochs 0, 1, 2, … and reads as a table (``metricNames`` × ``values``); sparse
/// logs (Lightning, Hugging Face, TensorBoard) record points with `record(_:value:epoch:step:)`.
/// Series keep their order of first appearance; ``families`` groups them by metric so that
/// `loss` and `val_loss` are drawn together.
public struct History: Sendable, Equatable {
    /// The series, in order of first appearance.
    public private(set) var series: [MetricSeries] = []
    private var indexByName: [String: Int] = [:]
    /// How the log numbers its epochs (from 0 unless its reader says otherwise).
    public var epochNumbering = EpochNumbering.fromZero

    /// An empty history.
    public init() {}

    /// Creates a per-epoch history from named columns of equal length (row `i` is epoch `i`).
    public init(metricNames: [String], values: [[Double]]) {
        precondition(values.allSatisfy { $0.count == metricNames.count }, "ragged history")
        for (column, name) in metricNames.enumerated() {
            var series = MetricSeries(name: name)
            for (epoch, row) in values.enumerated() { series.append(row[column], epoch: Double(epoch)) }
            add(series)
        }
    }

    /// Creates a history from series (a later series with the same name replaces an earlier one).
    public init(series: [MetricSeries]) {
        for item in series { add(item) }
    }

    /// Metric names, in order of first appearance.
    public var metricNames: [String] { series.map(\.name) }

    /// Number of rows of the per-epoch table: the longest series' length.
    public var epochs: Int { series.map(\.count).max() ?? 0 }

    /// The per-epoch table, `values[epoch][metric]` aligned with ``metricNames``; `nan` where
    /// a series is shorter. Meaningful for per-epoch logs.
    public var values: [[Double]] {
        (0..<epochs).map { row in series.map { row < $0.count ? $0.values[row] : .nan } }
    }

    /// Whether no series has a point.
    public var isEmpty: Bool { series.allSatisfy { $0.count == 0 } }

    /// Adds a series, or replaces the one of the same name.
    public mutating func add(_ item: MetricSeries) {
        if let index = indexByName[item.name] {
            series[index] = item
        } else {
            indexByName[item.name] = series.count
            series.append(item)
        }
    }

    /// Appends one epoch at the next row of the table, numbered `epoch` (the row's index when
    /// `nil`); metrics not seen before become new series (with `nan` at earlier epochs),
    /// metrics missing this epoch get `nan`.
    public mutating func append(_ metrics: [(name: String, value: Double)], epoch: Double? = nil) {
        let row = epochs
        let earlierEpochs = series.first?.epochs ?? []
        for (name, _) in metrics where indexByName[name] == nil {
            var item = MetricSeries(name: name)
            for earlier in 0..<row { item.append(.nan, epoch: earlier < earlierEpochs.count ? earlierEpochs[earlier] : Double(earlier)) }
            add(item)
        }
        var values = [Double](repeating: .nan, count: series.count)
        for (name, value) in metrics { values[indexByName[name]!] = value }
        for index in series.indices { series[index].append(values[index], epoch: epoch ?? Double(row)) }
    }

    /// Appends a point to the series `name`, creating it (with family and split from
    /// ``MetricName/parse(_:)`` unless given) if needed.
    public mutating func record(
        _ name: String, value: Double, epoch: Double = .nan, step: Double = .nan,
        family: String? = nil, split: String? = nil
    ) {
        if indexByName[name] == nil { add(MetricSeries(name: name, family: family, split: split)) }
        series[indexByName[name]!].append(value, epoch: epoch, step: step)
    }

    /// The series named `name`, if recorded.
    public subscript(name: String) -> MetricSeries? {
        indexByName[name].map { series[$0] }
    }

    /// The values of one metric, or `nil` if it was never recorded.
    public func series(_ name: String) -> [Double]? { self[name]?.values }

    /// Metric families in order of first appearance.
    public var families: [String] {
        var seen = Set<String>()
        return series.map(\.family).filter { seen.insert($0).inserted }
    }

    /// The series of one family, in order of appearance.
    public func series(inFamily family: String) -> [MetricSeries] {
        series.filter { $0.family == family }
    }

    /// Metrics that are not validation metrics (`loss`, `accuracy`, …), in column order.
    public var trainingMetrics: [String] { metricNames.filter { !$0.hasPrefix("val_") } }

    /// The point index (for a per-epoch log, the epoch from 0) with the lowest finite value
    /// of `monitor`, or `nil` if it is absent or never finite.
    public func bestEpoch(monitor: String = "val_loss") -> Int? {
        guard let values = series(monitor) else { return nil }
        var best: Int?
        for (index, value) in values.enumerated() where value.isFinite {
            if best == nil || value < values[best!] { best = index }
        }
        return best
    }

    /// The validation loss series (family `loss`, split `validation`), if the run has one.
    public var validationLoss: MetricSeries? {
        series.first { $0.family == "loss" && $0.split == MetricName.validation }
    }
}
