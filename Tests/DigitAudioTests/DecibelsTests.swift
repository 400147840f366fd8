import Foundation
import Testing
@testable import DigitAudio

/// The vectorised power-to-dB conversion against libm's `log10f`.
@Suite struct DecibelsTests {
    /// Every 97th float from 1e-10 to 1e10 (about 440,000 values over the whole range the
    /// conversion sees): within 3·10⁻⁵ dB of 10·log10f (measured: 2.3·10⁻⁵ dB, 3 units in
    /// the last place of a float near ±100).
    @Test func matchesLog10fOverTheRange() {
        var values: [Float] = []
        var bits = Float(1e-10).bitPattern
        while bits <= Float(1e10).bitPattern {
            values.append(Float(bitPattern: bits))
            bits += 97
        }
        let expected = values.map { 10 * log10f($0) }
        var converted = values
        let peak = converted.withUnsafeMutableBufferPointer { Decibels.convert($0.baseAddress!, count: $0.count) }
        let worst = zip(converted, expected).map { abs($0 - $1) }.max()!
        #expect(worst < 3e-5, "largest difference \(worst) dB")
        #expect(peak == converted.max())
    }

    /// Below the floor (zeros, tiny and negative values, NaN) is the floor's −100 dB, as
    /// librosa's max(amin, S); a count that is not a multiple of 8 goes through the tail.
    @Test func floorAndTail() {
        var values: [Float] = [0, 1e-12, -1, .nan, 1, 10, 100, 1e-10, 0.5, 1e-11, 2]
        let peak = values.withUnsafeMutableBufferPointer { Decibels.convert($0.baseAddress!, count: $0.count) }
        let expected: [Float] = [-100, -100, -100, -100, 0, 10, 20, -100, 10 * log10f(0.5), -100, 10 * log10f(2)]
        for (value, wanted) in zip(values, expected) { #expect(abs(value - wanted) < 1e-5) }
        #expect(abs(peak - 20) < 1e-5)
        var untouched: [Float] = [5]
        #expect(untouched.withUnsafeMutableBufferPointer { Decibels.convert($0.baseAddress!, count: 0) } == -.infinity)
        #expect(untouched == [5])
    }
}
