import DigitAudio
import FoundationEssentials
import Glibc
import Synchronization

/// A one-line progress bar on standard error, drawn only when standard error is a terminal.
///
/// Safe to update from any thread; redraws at most 20 times a second.
final class ProgressBar: Sendable {
    private struct State {
        var done = 0
        var total: Int
        var lastDraw = 0.0
    }

    private let unit: String
    private let enabled: Bool
    private let start = Date()
    private let state: Mutex<State>

    /// A bar for `total` items called `unit` (e.g. "files"); `total` may be set later by `update(_:of:)`.
    init(total: Int, unit: String) {
        self.unit = unit
        state = Mutex(State(total: total))
        enabled = isatty(STDERR_FILENO) == 1
    }

    /// Sets the number of items done, and optionally the total.
    func update(_ done: Int, of total: Int? = nil) {
        guard enabled else { return }
        state.withLock { state in
            state.done = done
            if let total { state.total = total }
            let now = Date().timeIntervalSince(start)
            guard state.total > 0, done == state.total || now - state.lastDraw >= 0.05 else { return }
            state.lastDraw = now
            draw(done: done, total: state.total, elapsed: now)
        }
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled else { return }
        StandardStream.error.write("\r\u{1B}[K")
    }

    private func draw(done: Int, total: Int, elapsed: Double) {
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let line = "\r\(bar) \(done)/\(total) \(unit) \(String(cFormat: "%.1f", elapsed))s (\(Int(rate)) \(unit)/s)\u{1B}[K"
        StandardStream.error.write(line)
    }
}
