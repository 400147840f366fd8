/// Wall time split into named stages, for the in-process profiles of `digitviz-bench`
/// (`make bench`). Each ``lap(_:)`` charges the time since the previous lap (or
/// ``restart()``) to a stage; stages are reported in the order they first appeared.
///
/// Package-internal; costs one clock read per lap, and nothing where it is `nil`.
/// `@unchecked Sendable` only so a ``Trainer`` can carry one: use it from one thread.
package final class StageClock: @unchecked Sendable {
    private var names: [String] = []
    private var totals: [Duration] = []
    private var last = ContinuousClock.now

    /// An empty clock, started now.
    package init() {}

    /// Starts the next lap now, charging the time since the last lap to no stage.
    package func restart() { last = ContinuousClock.now }

    /// Charges the time since the last lap to `stage` and starts the next lap.
    package func lap(_ stage: String) {
        let now = ContinuousClock.now
        if let index = names.firstIndex(of: stage) {
            totals[index] += now - last
        } else {
            names.append(stage)
            totals.append(now - last)
        }
        last = now
    }

    /// Adds `seconds` to `stage` without touching the lap.
    package func add(_ stage: String, seconds: Double) {
        let duration = Duration.nanoseconds(Int64(seconds * 1e9))
        if let index = names.firstIndex(of: stage) { totals[index] += duration } else {
            names.append(stage)
            totals.append(duration)
        }
    }

    /// Every stage with its total in seconds, in order of first appearance.
    package var stages: [(name: String, seconds: Double)] {
        zip(names, totals).map { name, total in
            let (whole, fraction) = total.components
            return (name, Double(whole) + Double(fraction) * 1e-18)
        }
    }
}
