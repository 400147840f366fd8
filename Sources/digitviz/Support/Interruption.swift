import DigitAudio
import Glibc
import Synchronization

/// Ctrl-C. Every command quits at once, after removing the temporary files it was writing
/// (see ``TemporaryFiles``): no `.tmp` file outlives an interrupt. Long work that can stop
/// cleanly (training) calls ``stopGracefully()``: then the first press only asks the work to
/// stop at the next safe point (the end of the epoch, keeping the best model), and a second
/// press quits.
///
/// SIGINT is blocked in the main thread before any other starts (so in every thread it
/// starts; Dispatch's worker threads block every signal anyway) and taken by a dedicated
/// thread with `sigwait`, which can safely take locks and remove files. A handler covers a
/// signal delivered to a thread that does not block it.
enum Interruption {
    private static let requested = Atomic<Bool>(false)
    private static let graceful = Atomic<Bool>(false)

    /// Starts catching SIGINT, also when the parent process started us with it blocked
    /// (a blocked signal mask survives exec). Call once in `main`, before any other thread starts.
    static func install() {
        signal(SIGINT) { _ in
            if !Interruption.graceful.load(ordering: .relaxed) || Interruption.requested.exchange(true, ordering: .relaxed) {
                signal(SIGINT, SIG_DFL)
                raise(SIGINT)
            }
        }
        var interrupt = interruptSet
        pthread_sigmask(SIG_BLOCK, &interrupt, nil)
        var waiter = pthread_t()
        if pthread_create(&waiter, nil, { _ in Interruption.waitForInterrupts() }, nil) == 0 {
            pthread_detach(waiter)
        }
    }

    /// The set holding SIGINT alone.
    private static var interruptSet: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        return set
    }

    /// The waiting thread's work: takes each SIGINT; returns only if `sigwait` fails.
    private static func waitForInterrupts() -> UnsafeMutableRawPointer? {
        var waited = interruptSet
        var signalNumber: Int32 = 0
        while sigwait(&waited, &signalNumber) == 0 {
            if graceful.load(ordering: .relaxed), !requested.exchange(true, ordering: .relaxed) { continue }
            quit()
        }
        return nil
    }

    /// From now on the first Ctrl-C only sets ``isRequested``; the second quits.
    static func stopGracefully() {
        graceful.store(true, ordering: .relaxed)
    }

    /// Removes the temporary files and ends the process as SIGINT's default action does.
    private static func quit() -> Never {
        TemporaryFiles.removeAll()
        signal(SIGINT, SIG_DFL)
        var unblock = interruptSet
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(SIGINT)
        exit(130)
    }

    /// Whether Ctrl-C was pressed.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
