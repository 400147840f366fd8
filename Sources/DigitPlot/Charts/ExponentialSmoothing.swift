import Glibc

/// TensorBoard's smoothing of a scalar series: an exponential moving average, debiased so
/// that its first values are not pulled towards 0 (as in Adam).
///
/// For weight `w`: `last = w·last + (1−w)·x`, then `smoothed = last / (1 − wⁿ)` after the
/// `n`-th finite value. Non-finite values pass through unchanged (they stay gaps) and do not
/// count; a constant series is returned as it is. Weight 0 is the identity.
public struct ExponentialSmoothing: Sendable, Hashable {
    /// The weight of the past, in 0..<1.
    public var weight: Double

    /// Creates a smoothing with `weight` clamped to 0...0.999.
    public init(weight: Double) {
        self.weight = min(max(weight, 0), 0.999)
    }

    /// The smoothed values, one per input value.
    public func smooth(_ values: [Double]) -> [Double] {
        guard weight > 0, let first = values.first, !values.allSatisfy({ $0 == first }) else { return values }
        var last = 0.0
        var count = 0.0
        return values.map { value in
            guard value.isFinite else { return value }
            last = last * weight + (1 - weight) * value
            count += 1
            return last / (1 - pow(weight, count))
        }
    }
}
