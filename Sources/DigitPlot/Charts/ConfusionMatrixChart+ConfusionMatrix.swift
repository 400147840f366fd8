import DigitAudio

extension ConfusionMatrixChart {
    /// The heatmap of an evaluation's confusion matrix, rows the true class.
    public init(matrix: ConfusionMatrix, classNames: [String] = digitNames, title: String = "Confusion Matrix") {
        let labels = classNames.count == 10 && classNames == digitNames ? (0..<10).map(String.init) : classNames
        self.init(counts: matrix.counts, labels: labels, title: title)
    }
}
