/// One metric of a training run: its values, each at an epoch and/or a step.
///
/// A series belongs to a *family* (the metric measured, such as `loss` or `accuracy`) and a
/// *split* (`train`, `validation`, `test`, or another name such as an evaluation set's), so
/// that `loss`, `val_loss` and `eval_loss` of one run are drawn on one chart. Readers name
/// both with ``MetricName/parse(_:)`` unless the format says better.
public struct MetricSeries: Sendable, Equatable {
    /// The name in the log, such as `val_loss` or `train_loss_step`.
    public var name: String
    /// The metric measured: `loss`, `accuracy`, `learning_rate`, …
    public var family: String
    /// `train`, `validation`, `test`, possibly with a granularity (`train (step)`), or another name.
    public var split: String
    /// The epoch of each point (fractional for Hugging Face; `nan` where unknown).
    public private(set) var epochs: [Double] = []
    /// The global step of each point (`nan` where unknown).
    public private(set) var steps: [Double] = []
    /// The values; `nan` or infinite where the log says so (drawn as gaps).
    public private(set) var values: [Double] = []

    /// An empty series named `name`; family and split come from ``MetricName/parse(_:)`` unless given.
    public init(name: String, family: String? = nil, split: String? = nil) {
        let parsed = MetricName.parse(name)
        self.name = name
        self.family = family ?? parsed.family
        self.split = split ?? parsed.split
    }

    /// Number of points.
    public var count: Int { values.count }

    /// Appends a point.
    public mutating func append(_ value: Double, epoch: Double = .nan, step: Double = .nan) {
        values.append(value)
        epochs.append(epoch)
        steps.append(step)
    }

    /// Replaces the epoch of point `index` (readers that learn epochs from steps use it).
    public mutating func setEpoch(_ epoch: Double, at index: Int) {
        epochs[index] = epoch
    }

    /// Whether two series are the same, `nan` matching `nan` (an unknown step is the same
    /// unknown step, and a missing value the same gap).
    public static func == (a: MetricSeries, b: MetricSeries) -> Bool {
        func same(_ x: [Double], _ y: [Double]) -> Bool {
            x.count == y.count && zip(x, y).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        }
        return a.name == b.name && a.family == b.family && a.split == b.split
            && same(a.values, b.values) && same(a.epochs, b.epochs) && same(a.steps, b.steps)
    }

    /// Whether every point has a finite epoch.
    public var hasEpochs: Bool { !epochs.isEmpty && epochs.allSatisfy(\.isFinite) }
    /// Whether every point has a finite step.
    public var hasSteps: Bool { !steps.isEmpty && steps.allSatisfy(\.isFinite) }
}
