import DigitAudio
import Glibc

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let (whole, fraction) = (ContinuousClock.now - start).components
    return Double(whole) + Double(fraction) * 1e-18
}

/// CPU seconds of the calling thread spent in `body`: unlike wall time, not stretched by
/// other processes on a shared machine.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    try body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
}

/// Prints a profile: each stage's seconds, its share of the total and its cost per unit.
func printProfile(_ title: String, stages: [(name: String, seconds: Double)], units: Int, unit: String) {
    let total = stages.reduce(0) { $0 + $1.seconds }
    print(title)
    for (name, time) in stages {
        print("  " + name.padded(toLength: 46)
              + String(cFormat: "%7.3f s  %5.1f %%  %9.2f µs/", time, 100 * time / max(total, 1e-12), 1e6 * time / Double(max(units, 1)))
              + unit)
    }
    print("  " + "total".padded(toLength: 46) + String(cFormat: "%7.3f s", total))
}
