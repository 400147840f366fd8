/// Inverted dropout, as Keras' `Dropout` layer in training: each value is zeroed with
/// probability `rate` and the survivors are scaled by 1 / (1 − rate), so inference needs
/// no rescaling (dropout is the identity then).
public struct Dropout: Sendable, Equatable {
    /// The probability of dropping a value, in [0, 1).
    public let rate: Double
    /// The rate as a threshold on 16-bit random numbers: a value is dropped when its draw is below it.
    private let threshold: UInt32
    /// The factor applied to kept values.
    private let keptScale: Float

    /// Dropout with the given rate; the rate is resolved to 1/65,536 (0.25 is exact) and at most 65,535/65,536.
    public init(rate: Double) {
        precondition(rate >= 0 && rate < 1, "dropout rate must be in [0, 1)")
        self.rate = rate
        self.threshold = min(UInt32((rate * 65_536).rounded()), 65_535)
        self.keptScale = Float(1 / (1 - rate))
    }

    /// Whether the layer does anything.
    public var isActive: Bool { threshold > 0 }

    /// Fills `mask` with 0 (dropped) or 1 / (1 − rate) (kept).
    ///
    /// Each value takes a 16-bit draw: the generator's 64-bit outputs, split into four
    /// from the low bits up, are first written to `draws` (room for `count` rounded up to
    /// a multiple of 4), then turned into mask values in a loop the compiler vectorizes.
    func fillMask(_ mask: UnsafeMutablePointer<Float>, count: Int, draws: UnsafeMutablePointer<UInt16>,
                  generator: inout SeededGenerator) {
        var i = 0
        while i < count {
            let bits = generator.next()
            draws[i] = UInt16(truncatingIfNeeded: bits)
            draws[i + 1] = UInt16(truncatingIfNeeded: bits >> 16)
            draws[i + 2] = UInt16(truncatingIfNeeded: bits >> 32)
            draws[i + 3] = UInt16(truncatingIfNeeded: bits >> 48)
            i += 4
        }
        let threshold = UInt16(truncatingIfNeeded: self.threshold), kept = keptScale
        for j in 0..<count { mask[j] = draws[j] < threshold ? 0 : kept }
    }
}
