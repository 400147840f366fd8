import DigitAudio
import Foundation
import Synchronization

/// Ctrl-C during long work: the first press asks the work to stop at the next safe point
/// (for training: the end of the epoch, keeping the best model); a second press removes
/// the temporary files being written (see ``TemporaryFiles``) and quits.
///
/// SIGINT is blocked in the calling thread (and so in every thread it starts later; Dispatch's
/// worker threads block every signal) and taken by a dedicated thread with `sigwait`, which
/// can safely take locks and remove files. A handler covers a signal delivered to a thread
/// that does not block it.
enum Interruption {
    private static let requested = Atomic<Bool>(false)

    /// Starts catching SIGINT, also when the parent process started us with it blocked
    /// (a blocked signal mask survives exec).
    static func catchInterrupts() {
        signal(SIGINT) { _ in
            if Interruption.requested.exchange(true, ordering: .relaxed) {
                signal(SIGINT, SIG_DFL)
                raise(SIGINT)
            }
        }
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_BLOCK, &interrupt, nil)
        let mask = interrupt
        let waiter = Thread {
            var waited = mask
            var signalNumber: Int32 = 0
            while sigwait(&waited, &signalNumber) == 0 {
                guard requested.exchange(true, ordering: .relaxed) else { continue }
                quit(mask)
            }
        }
        waiter.start()
    }

    /// Removes the temporary files and ends the process as SIGINT's default action does.
    private static func quit(_ interrupt: sigset_t) -> Never {
        TemporaryFiles.removeAll()
        signal(SIGINT, SIG_DFL)
        var unblock = interrupt
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(SIGINT)
        exit(130)
    }

    /// Whether Ctrl-C was pressed.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
