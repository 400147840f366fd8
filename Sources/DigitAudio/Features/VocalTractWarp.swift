/// Vocal tract length perturbation (Jaitly and Hinton, 2013): the frequency axis scaled by
/// a factor, as a shorter or longer vocal tract moves every formant up or down, without
/// changing the word's tempo (speed perturbation moves both).
///
/// Frequencies up to ``boundary`` are multiplied by ``factor``; above it the map runs
/// straight to ``highest``, which stays where it is, so that no band leaves the spectrum.
public struct VocalTractWarp: Sendable, Hashable {
    /// How many times higher each frequency is read: above 1 a shorter vocal tract, below 1 a longer one.
    public var factor: Double
    /// The highest frequency, mapped to itself.
    public var highest: Double

    /// A warp by `factor` of frequencies up to `highest` hertz.
    public init(factor: Double, highest: Double) {
        self.factor = factor
        self.highest = highest
    }

    /// Where the straight scaling ends: 80 % of the way to ``highest``, lower for a factor
    /// above 1 so that the scaled frequency stays below ``highest``.
    public var boundary: Double { 0.8 * highest * min(1, 1 / factor) }

    /// The frequency in hertz that `frequency` is read at.
    public func apply(_ frequency: Double) -> Double {
        guard factor != 1 else { return frequency }
        let edge = boundary
        if frequency <= edge { return frequency * factor }
        return edge * factor + (highest - edge * factor) * (frequency - edge) / (highest - edge)
    }
}
