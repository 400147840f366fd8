/// A fast, seeded, deterministic random number generator: xoshiro256** seeded by SplitMix64.
///
/// The same seed gives the same sequence on every platform and Swift version, because
/// every derived quantity (unit floats, bounded integers, shuffles) is computed here rather
/// than by the standard library, whose algorithms may change. The generator follows
/// Blackman and Vigna, "Scrambled linear pseudorandom number generators" (2021).
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    private var s0, s1, s2, s3: UInt64

    /// Creates a generator whose 256-bit state is four outputs of SplitMix64 started at `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A float uniformly distributed in [0, 1), with 24 random bits.
    @inline(__always)
    public mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A float uniformly distributed in [`lower`, `upper`).
    @inline(__always)
    public mutating func nextFloat(from lower: Float, to upper: Float) -> Float {
        lower + (upper - lower) * nextUnitFloat()
    }

    /// An integer uniformly distributed in 0..<`bound` (Lemire's unbiased multiply-and-reject).
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// Shuffles `elements` in place (Fisher–Yates, from the last position down).
    public mutating func shuffle<T>(_ elements: inout [T]) {
        guard elements.count > 1 else { return }
        for i in stride(from: elements.count - 1, to: 0, by: -1) {
            let j = nextInt(below: i + 1)
            if i != j { elements.swapAt(i, j) }
        }
    }
}
