import Glibc

/// Tick positions at "nice" steps: 1, 2, 2.5 or 5 × 10^k, as matplotlib's `MaxNLocator`.
///
/// The algorithm is matplotlib's: the raw step is the range over `maxIntervals`; the step
/// chosen is the smallest nice step at least that large, or a smaller one if fewer than two
/// ticks would fall in the range. Only ticks inside the range are kept. Steps are exact
/// decimals (a whole number times a power of ten), so labels carry no float noise:
/// 0…0.93 gives 0, 0.2, 0.4, 0.6, 0.8.
public struct NiceTicks: Sendable, Hashable {
    /// Tick values in increasing order, all inside the (possibly widened) range.
    public let values: [Double]
    /// Distance between neighbouring ticks.
    public let step: Double
    /// Digits after the decimal point that the step needs (0 for whole steps).
    public let decimals: Int

    /// Nice steps within a decade, as (whole number, power-of-ten shift): 0.1, 0.2, 0.25,
    /// 0.5, 1, 2, 2.5, 5, 10, 20 times the decade's scale (matplotlib's extended steps).
    private static let steps: [(multiple: Int, shift: Int)] = [
        (1, -1), (2, -1), (25, -2), (5, -1), (1, 0), (2, 0), (25, -1), (5, 0), (1, 1), (2, 1),
    ]

    /// Chooses ticks for `lower…upper`.
    ///
    /// - Parameters:
    ///   - lower: one end of the range.
    ///   - upper: the other end; a range of a single value is widened by 5% of it (±0.05
    ///     around zero) so that it still gets ticks.
    ///   - maxIntervals: at most this many steps fit the range (matplotlib's `nbins`, 1…9 on
    ///     its axes depending on their length).
    ///   - integer: only whole-number steps (for indices and epochs), even if that leaves
    ///     fewer than two ticks.
    public init(lower: Double, upper: Double, maxIntervals: Int = 9, integer: Bool = false) {
        guard lower.isFinite, upper.isFinite else {
            (values, step, decimals) = ([], 1, 0)
            return
        }
        let (low, high) = NiceTicks.nonsingular(min(lower, upper), max(lower, upper))
        let intervals = Double(max(1, maxIntervals))
        let rawStep = (high - low) / intervals
        // Whole-number steps (integer ticks) come from decades of 1 and up, without 2.5.
        let decade = integer ? max(0, Int(floor(log10(rawStep)))) : Int(floor(log10(rawStep)))
        let candidates = NiceTicks.steps.map { (multiple: $0.multiple, power: decade + $0.shift) }
            .filter { !integer || $0.power >= 0 }
        let first = candidates.firstIndex { NiceTicks.value(1, $0.multiple, $0.power) >= rawStep * (1 - 1e-10) }
            ?? candidates.count - 1
        var chosen: (values: [Double], step: Double, decimals: Int) = ([], 1, 0)
        for candidate in candidates[...first].reversed() {
            let step = NiceTicks.value(1, candidate.multiple, candidate.power)
            let firstIndex = Int(ceil(low / step - 1e-9))
            let lastIndex = Int(floor(high / step + 1e-9))
            let values = firstIndex <= lastIndex
                ? (firstIndex...lastIndex).map { NiceTicks.value($0, candidate.multiple, candidate.power) } : []
            chosen = (values, step, max(0, -candidate.power))
            if values.count >= 2 { break }
        }
        (values, step, decimals) = chosen
    }

    /// Labels for the values, with as many decimals as the step needs ("0.25", "0.50").
    /// Values far from 1 (a step below 10⁻⁶ or ticks of 10¹⁰ and more) use exponents.
    public var labels: [String] {
        let largest = values.map(abs).max() ?? 0
        if decimals > 6 || largest >= 1e10 {
            return values.map(NumberFormat.shortest)
        }
        return values.map { NumberFormat.decimal($0, decimals: decimals) }
    }

    /// `index × multiple × 10^power`, computed so that the decimal value is exact to the last
    /// bit (division by an exact power of ten rather than multiplication by its inexact inverse).
    private static func value(_ index: Int, _ multiple: Int, _ power: Int) -> Double {
        let whole = Double(index * multiple)
        return power >= 0 ? whole * pow(10, Double(power)) : whole / pow(10, Double(-power))
    }

    /// Widens a range too small to divide (matplotlib's `nonsingular`, expander 0.05).
    static func nonsingular(_ low: Double, _ high: Double) -> (Double, Double) {
        let largest = max(abs(low), abs(high))
        guard high - low <= largest * 1e-12 else { return (low, high) }
        if largest == 0 { return (-0.05, 0.05) }
        return (low - 0.05 * abs(low), high + 0.05 * abs(high))
    }
}
