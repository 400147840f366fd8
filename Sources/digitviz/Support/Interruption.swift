import Foundation
import Synchronization

/// Ctrl-C during long work: the first press asks the work to stop at the next safe point
/// (for training: the end of the epoch, keeping the best model); a second press quits.
enum Interruption {
    private static let requested = Atomic<Bool>(false)

    /// Starts catching SIGINT, also when the parent process started us with it blocked
    /// (a blocked signal mask survives exec; Dispatch's worker threads block every signal).
    static func catchInterrupts() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        signal(SIGINT) { _ in
            if Interruption.requested.exchange(true, ordering: .relaxed) {
                signal(SIGINT, SIG_DFL)
                raise(SIGINT)
            }
        }
    }

    /// Whether Ctrl-C was pressed.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
