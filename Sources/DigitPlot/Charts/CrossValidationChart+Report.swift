import DigitAudio

extension CrossValidationChart {
    /// The chart of a cross-validation's report: bars per fold, the summed confusion matrix.
    public init(report: CrossValidation.Report, classNames: [String] = digitNames) {
        let foldLabel = report.folds == .bySpeaker ? "Held-out speaker" : "Fold"
        self.init(
            bars: report.results.map { Bar(name: $0.name, accuracy: $0.accuracy) },
            summedConfusion: report.summedConfusion.counts,
            labels: classNames == digitNames ? nil : classNames, foldLabel: foldLabel)
    }
}
