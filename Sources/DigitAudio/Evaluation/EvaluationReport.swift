import FoundationEssentials

/// The scores of a classifier on a test set, with class names, ready to print or save.
///
/// ``classificationReport(digits:)`` renders the text of scikit-learn's
/// `classification_report` (with `zero_division=0`), ``confusionTable`` the matrix as an
/// aligned table, ``description`` both. The value is `Codable`: ``json()`` gives the form
/// written by `--json`:
///
/// ```json
/// {"accuracy": 0.67, "classes": [{"name": "zero", "precision": 0.5, "recall": 0.67,
///  "f1": 0.57, "support": 3}, …], "macroAverage": {…}, "weightedAverage": {…},
///  "confusionMatrix": [[2, 1, 0], …]}
/// ```
public struct EvaluationReport: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The metrics of one class, with its name.
    public struct ClassReport: Sendable, Equatable, Codable {
        /// The class's name, such as "zero".
        public var name: String
        /// Its precision, recall, F1 and support.
        public var metrics: ClassMetrics

        /// Creates a named class's metrics.
        public init(name: String, metrics: ClassMetrics) {
            self.name = name
            self.metrics = metrics
        }

        private enum CodingKeys: String, CodingKey { case name }

        /// Decodes the flat form `{"name": …, "precision": …, "recall": …, "f1": …, "support": …}`.
        public init(from decoder: any Decoder) throws {
            name = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .name)
            metrics = try ClassMetrics(from: decoder)
        }

        /// Encodes the flat form `{"name": …, "precision": …, "recall": …, "f1": …, "support": …}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try metrics.encode(to: encoder)
        }
    }

    /// The fraction of samples predicted correctly.
    public var accuracy: Double
    /// Every class's metrics, in class order.
    public var classes: [ClassReport]
    /// The unweighted mean over the classes (support: all samples).
    public var macroAverage: ClassMetrics
    /// The mean over the classes weighted by support (support: all samples).
    public var weightedAverage: ClassMetrics
    /// `confusionMatrix[truth][predicted]` counts, in class order.
    public var confusionMatrix: [[Int]]

    /// The report of `matrix`, naming class `i` `classNames[i]`.
    ///
    /// - Parameters:
    ///   - matrix: the counts of true against predicted classes.
    ///   - classNames: one name per class; defaults to ``digitNames``.
    /// - Precondition: there is one name per class.
    public init(matrix: ConfusionMatrix, classNames: [String] = digitNames) {
        precondition(classNames.count == matrix.classCount,
                     "\(classNames.count) class names for \(matrix.classCount) classes")
        accuracy = matrix.accuracy
        classes = zip(classNames, matrix.classMetrics).map { ClassReport(name: $0, metrics: $1) }
        macroAverage = matrix.macroAverage
        weightedAverage = matrix.weightedAverage
        confusionMatrix = matrix.counts
    }

    /// The text of scikit-learn's `classification_report`: one line per class with
    /// precision, recall, F1 and support, then accuracy, macro and weighted averages.
    ///
    /// - Parameter digits: decimals printed for the scores (scikit-learn's default is 2).
    public func classificationReport(digits: Int = 2) -> String {
        let width = max(classes.map(\.name.count).max() ?? 0, "weighted avg".count, digits)
        func score(_ value: Double) -> String { String(cFormat: "%9.\(digits)f", value) }
        func line(_ heading: String, _ columns: [String]) -> String {
            heading.leftPadded(to: width) + " " + columns.map { " " + $0.leftPadded(to: 9) }.joined() + "\n"
        }
        func line(_ heading: String, _ metrics: ClassMetrics) -> String {
            line(heading, [score(metrics.precision), score(metrics.recall), score(metrics.f1), String(metrics.support)])
        }
        var report = line("", ["precision", "recall", "f1-score", "support"]) + "\n"
        report += classes.map { line($0.name, $0.metrics) }.joined() + "\n"
        report += line("accuracy", ["", "", score(accuracy), String(weightedAverage.support)])
        report += line("macro avg", macroAverage)
        report += line("weighted avg", weightedAverage)
        return report
    }

    /// The confusion matrix as a text table: one row per true class, one column per
    /// predicted class, headed by the class names and right-aligned.
    public var confusionTable: String {
        let corner = "true \\ pred"
        let names = classes.map(\.name)
        let labelWidth = max(corner.count, names.map(\.count).max() ?? 0)
        let cellWidth = max(names.map(\.count).max() ?? 0,
                            confusionMatrix.joined().map { String($0).count }.max() ?? 0)
        func line(_ label: String, _ cells: [String]) -> String {
            ([label.leftPadded(to: labelWidth)] + cells.map { $0.leftPadded(to: cellWidth) })
                .joined(separator: "  ") + "\n"
        }
        return line(corner, names) + zip(names, confusionMatrix).map { line($0, $1.map(String.init)) }.joined()
    }

    /// The classification report, a blank line, then the confusion table.
    public var description: String { classificationReport() + "\n" + confusionTable }

    /// The report as pretty-printed JSON with sorted keys (see the type's overview).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}

fileprivate extension String {
    /// The string preceded by spaces up to `width` characters (unchanged if already as wide).
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
