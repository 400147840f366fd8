import DigitAudio

extension ArchitectureDiagram {
    /// The diagram of a network: input, then per hidden layer its dense units and activation
    /// and its dropout (when non-zero), then the softmax output; parameters per dense layer.
    public init(architecture: Architecture, title: String = "Model Architecture") {
        var layers: [Layer] = [.input(units: architecture.inputs)]
        var inputs = architecture.inputs
        for hidden in architecture.hidden {
            layers.append(.dense(units: hidden.units, activation: hidden.activation.rawValue,
                                 parameters: inputs * hidden.units + hidden.units))
            if hidden.dropout > 0 { layers.append(.dropout(rate: hidden.dropout)) }
            inputs = hidden.units
        }
        layers.append(.dense(units: architecture.classes, activation: "softmax",
                             parameters: inputs * architecture.classes + architecture.classes))
        self.init(layers: layers, title: title)
    }
}

extension Countplot {
    /// Recordings per digit, 0 to 9 (a digit without recordings counts zero).
    public init(recordings: [Recording], title: String = "Countplot of Digits Audio") {
        var counts = [Int](repeating: 0, count: 10)
        for recording in recordings where (0...9).contains(recording.digit) { counts[recording.digit] += 1 }
        self.init(counts: counts, title: title)
    }
}

extension ConfusionMatrixChart {
    /// The heatmap of an evaluation's confusion matrix, rows the true class.
    public init(matrix: ConfusionMatrix, classNames: [String] = digitNames, title: String = "Confusion Matrix") {
        let labels = classNames.count == 10 && classNames == digitNames ? (0..<10).map(String.init) : classNames
        self.init(counts: matrix.counts, labels: labels, title: title)
    }
}

extension MFCCHeatmap {
    /// The heatmap of an MFCC matrix, time in seconds along x.
    public init(matrix: MFCCMatrix, title: String) {
        let rows = (0..<matrix.coefficients).map { c in (0..<matrix.frames).map { matrix[c, $0] } }
        self.init(mfcc: rows, sampleRate: matrix.sampleRate, hopLength: matrix.hopLength, title: title)
    }
}

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
