import Foundation

/// Keeps OpenBLAS to one thread from the moment it loads.
///
/// OpenBLAS starts a worker per core when the library loads, before `main`, and each
/// worker spins (sched_yield) for about 0.1 s waiting for work: on two cores that steals a
/// core from our own workers at start-up. Our matrices are small and we parallelise over
/// files ourselves, so the workers never pay. The only switch OpenBLAS reads at load time
/// is the environment, so the process re-executes itself once with
/// `OPENBLAS_NUM_THREADS=1` unless the user set it.
enum OpenBLASThreads {
    static func pinToOneThread() {
        guard getenv("OPENBLAS_NUM_THREADS") == nil else { return }
        setenv("OPENBLAS_NUM_THREADS", "1", 1)
        let arguments = CommandLine.unsafeArgv
        execv("/proc/self/exe", arguments)
        // execv returns only on failure: carry on in this process.
    }
}
