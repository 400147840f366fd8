import DigitAudio
import FoundationEssentials

/// A cross-validation report as a table for the terminal: one row per fold, then the mean,
/// the spread and the worst fold.
struct CrossValidationTable: CustomStringConvertible {
    let report: CrossValidation.Report

    var description: String {
        let names = report.results.map { Console.printable($0.name) }
        let width = max(8, names.map(\.count).max() ?? 0)
        func pad(_ text: String) -> String { text.padded(toLength: width) }
        var lines = [pad(report.folds == .bySpeaker ? "speaker" : "fold") + "  accuracy  macro F1  recordings  kept epoch"]
        for (name, result) in zip(names, report.results) {
            lines.append(pad(name) + String(cFormat: "  %7.1f %%  %8.3f  %10d  %10d", 100 * result.accuracy, result.macroF1,
                                             result.recordings, result.keptEpoch + 1))
        }
        lines.append("")
        lines.append(String(cFormat: "mean accuracy %.1f %% ± %.1f (standard deviation over %d folds)",
                            100 * report.meanAccuracy, 100 * report.accuracySpread, report.results.count))
        if let worst = report.worst {
            lines.append("worst: \(Console.printable(worst.name))" + String(cFormat: " %.1f %%", 100 * worst.accuracy))
        }
        return lines.joined(separator: "\n")
    }
}

/// A cross-validation report as JSON: per fold and summary, with the figure's path.
struct CrossValidationJSON: Encodable {
    struct Fold: Encodable {
        var name: String
        var accuracy: Double
        var macroF1: Double
        var recordings: Int
        var keptEpoch: Int
        var confusion: [[Int]]
    }

    var folds: [Fold]
    var meanAccuracy: Double
    var accuracySpread: Double
    var worst: String?
    var figure: String

    init(report: CrossValidation.Report, figure: String) {
        folds = report.results.map {
            Fold(name: $0.name, accuracy: $0.accuracy, macroF1: $0.macroF1, recordings: $0.recordings,
                 keptEpoch: $0.keptEpoch + 1, confusion: $0.confusion.counts)
        }
        meanAccuracy = report.meanAccuracy
        accuracySpread = report.accuracySpread
        worst = report.worst?.name
        self.figure = figure
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
