import DigitAudio

extension Curves {
    /// One chart per metric worth a figure: accuracy and loss, and any other training metric
    /// with a validation twin (`val_…`), but not bookkeeping columns such as a learning rate.
    /// Each chart shows the validation twin when recorded and marks the epoch of lowest
    /// `val_loss` when there is one.
    public static func all(for history: History) -> [(metric: String, chart: Curves)] {
        let kept = history.bestEpoch(monitor: "val_loss")
        let primary: Set = ["accuracy", "acc", "loss"]
        var metrics = history.trainingMetrics.filter { primary.contains($0) || history.metricNames.contains("val_" + $0) }
        if metrics.isEmpty { metrics = history.trainingMetrics }
        return metrics.map { ($0, Curves(history: history, metric: $0, keptEpoch: kept)) }
    }
}
