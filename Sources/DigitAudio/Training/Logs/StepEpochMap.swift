/// The epoch a run was in at each step, learnt from the points that record both, and used
/// to give an epoch to points that record only a step (Lightning's learning-rate rows,
/// TensorBoard scalars next to Lightning's `epoch` scalar).
struct StepEpochMap {
    private var known: [(step: Double, epoch: Double)] = []

    /// Learns from every point of `history` that has both a finite step and epoch.
    init(history: History) {
        for series in history.series {
            for (step, epoch) in zip(series.steps, series.epochs) where step.isFinite && epoch.isFinite {
                known.append((step, epoch))
            }
        }
        known.sort { $0.step < $1.step }
    }

    /// Learns from explicit (step, epoch) pairs.
    init(pairs: [(step: Double, epoch: Double)]) {
        known = pairs.filter { $0.step.isFinite && $0.epoch.isFinite }.sorted { $0.step < $1.step }
    }

    /// The epoch of the first known step at or after `step` (a value logged at a step belongs
    /// to the epoch that step ends in), else of the last known step; `nan` when nothing is known.
    func epoch(at step: Double) -> Double {
        guard step.isFinite, let last = known.last else { return .nan }
        var low = 0, high = known.count
        while low < high {
            let mid = (low + high) / 2
            if known[mid].step < step { low = mid + 1 } else { high = mid }
        }
        return low < known.count ? known[low].epoch : last.epoch
    }

    /// `history` with an epoch for each point that had only a step.
    func filling(_ history: History) -> History {
        guard !known.isEmpty else { return history }
        var result = history
        for var series in history.series where series.epochs.contains(where: { !$0.isFinite }) {
            for index in 0..<series.count where !series.epochs[index].isFinite {
                series.setEpoch(epoch(at: series.steps[index]), at: index)
            }
            result.add(series)
        }
        return result
    }
}
