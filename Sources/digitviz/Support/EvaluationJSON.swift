import DigitAudio
import FoundationEssentials

/// What `evaluate --json` prints: digitviz's report (``EvaluationReport``'s keys), beside
/// it scikit-learn's `classification_report(output_dict=True)` under
/// `classification_report`, which recordings were scored, and with `--misclassified` the
/// recordings predicted wrongly.
struct EvaluationJSON: Encodable {
    /// One recording predicted wrongly: its file, true and predicted class (digits).
    struct Miss: Encodable {
        var file: String
        var `true`: Int
        var predicted: Int
    }

    var report: EvaluationReport
    var scored: String
    var misclassified: [Miss]?

    private enum Keys: String, CodingKey {
        case classificationReport = "classification_report", scored, misclassified
    }

    func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(ScikitLearnReport(report), forKey: .classificationReport)
        try container.encode(scored, forKey: .scored)
        try container.encodeIfPresent(misclassified, forKey: .misclassified)
    }

    /// Pretty-printed JSON with sorted keys.
    func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
