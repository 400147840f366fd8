import DigitAudio
import FoundationEssentials
import Glibc

/// Keras-style training output on standard error (standard output is kept for data such as
/// `--json`): one line per epoch numbered from 1 as Keras prints it, a progress bar below
/// the lines when standard error is a terminal, and a closing summary.
final class TrainingConsole {
    private let epochs: Int
    private let quiet: Bool
    private let terminal = isatty(STDERR_FILENO) == 1
    private let started = Date()

    init(epochs: Int, quiet: Bool) {
        self.epochs = epochs
        self.quiet = quiet
    }

    /// Prints one epoch.
    func show(_ report: EpochReport) {
        guard !quiet else { return }
        let member = report.members > 1 ? "Network \(report.member + 1)/\(report.members): " : ""
        var line = member + String(cFormat: "Epoch %d/%d - %.2fs", report.epoch + 1, epochs, report.seconds)
        for (name, value) in report.metrics { line += " - \(name): " + String(cFormat: "%.4f", value) }
        if terminal {
            let done = report.epoch + 1
            let filled = 30 * done / epochs
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
            let elapsed = Date().timeIntervalSince(started)
            let eta = elapsed / Double(done) * Double(epochs - done)
            write("\r\u{1B}[K" + line + "\n" + bar + String(cFormat: " %d/%d epochs, %.1fs, ETA %.1fs", done, epochs, elapsed, eta))
        } else {
            write(line + "\n")
        }
    }

    /// Prints the summary of a finished run (also with `quiet`).
    func finish(_ summary: TrainingSummary) {
        if terminal && !quiet { write("\r\u{1B}[K") }
        let test = summary.testAccuracy.map { String(cFormat: "; test accuracy %.2f %% (%d recordings)", 100 * $0, summary.testRecordings ?? 0) } ?? ""
        let patience = summary.stoppedByPatience ? " (no better val_loss in the last \(summary.epochsTrained - summary.bestEpoch))" : ""
        write(String(cFormat: "Best epoch %d/%d: val_loss %.4f, val_accuracy %.2f %%", summary.bestEpoch, summary.epochs,
                     summary.valLoss ?? .nan, 100 * (summary.valAccuracy ?? .nan))
              + test + ". Trained \(summary.epochsTrained) epochs" + patience
              + String(cFormat: " in %.2f s; total %.2f s. Model: ", summary.trainingSeconds, summary.totalSeconds)
              + Console.printable(summary.model) + "\n")
        if summary.networks > 1 {
            write("The model averages \(summary.networks) networks; the epochs and metrics above are the first one's.\n")
        }
    }

    private func write(_ text: String) {
        StandardStream.error.write(text)
    }
}
