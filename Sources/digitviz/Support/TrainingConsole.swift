import DigitAudio
import Foundation

/// Keras-style training output on stdout: one line per epoch, a progress bar below the
/// lines when stdout is a terminal, and a closing summary.
final class TrainingConsole {
    private let epochs: Int
    private let quiet: Bool
    private let terminal = isatty(STDOUT_FILENO) == 1
    private let started = Date()

    init(epochs: Int, quiet: Bool) {
        self.epochs = epochs
        self.quiet = quiet
    }

    /// Prints one epoch.
    func show(_ report: EpochReport) {
        guard !quiet else { return }
        var line = String(format: "Epoch %d/%d - %.2fs", report.epoch + 1, epochs, report.seconds)
        for (name, value) in report.metrics { line += String(format: " - %@: %.4f", name, value) }
        if terminal {
            let done = report.epoch + 1
            let filled = 30 * done / epochs
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
            let elapsed = Date().timeIntervalSince(started)
            let eta = elapsed / Double(done) * Double(epochs - done)
            write("\r\u{1B}[K" + line + "\n" + bar + String(format: " %d/%d epochs, %.1fs, ETA %.1fs", done, epochs, elapsed, eta))
        } else {
            write(line + "\n")
        }
    }

    /// Prints the summary of a finished run.
    func finish(_ result: TrainingResult, modelPath: String, seconds: Double) {
        if terminal && !quiet { write("\r\u{1B}[K") }
        let best = result.history.values[result.bestEpoch]
        let index = { (name: String) in result.history.metricNames.firstIndex(of: name).map { best[$0] } ?? .nan }
        let test = result.test.map { String(format: "; test accuracy %.2f %% (%d recordings)", 100 * $0.accuracy, $0.recordings) } ?? ""
        write(String(format: "Best epoch %d/%d: val_loss %.4f, val_accuracy %.2f %%%@. Trained %d epochs in %.2f s; total %.2f s. Model: %@\n",
                     result.bestEpoch + 1, epochs, index("val_loss"), 100 * index("val_accuracy"), test, result.history.epochs,
                     result.seconds, seconds, modelPath))
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
