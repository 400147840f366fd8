import Glibc

/// A second-order Butterworth high-pass filter (one biquad, bilinear transform, run
/// forward once): removes rumble, hum and DC below its cut-off, which say more about the
/// microphone and the room than about the word.
///
/// The response is −3 dB at `cutoff` and falls 12 dB per octave below it.
public struct HighPassFilter: Sendable, Equatable {
    /// The −3 dB frequency in hertz.
    public let cutoff: Double
    /// The sample rate in hertz the coefficients are designed for.
    public let sampleRate: Int
    private let b0, b1, b2, a1, a2: Double

    /// Designs the filter for `cutoff` hertz at `sampleRate`; the cut-off must lie strictly
    /// between 0 and the Nyquist frequency.
    public init(cutoff: Double, sampleRate: Int) {
        precondition(cutoff > 0 && cutoff < Double(sampleRate) / 2, "cut-off must lie between 0 and the Nyquist frequency")
        self.cutoff = cutoff
        self.sampleRate = sampleRate
        // RBJ audio-EQ cookbook high-pass with Q = 1/√2 (Butterworth).
        let w0 = 2 * Double.pi * cutoff / Double(sampleRate)
        let alpha = sin(w0) / (2 * (1 / 2.0.squareRoot()))
        let a0 = 1 + alpha
        b0 = (1 + cos(w0)) / 2 / a0
        b1 = -(1 + cos(w0)) / a0
        b2 = b0
        a1 = -2 * cos(w0) / a0
        a2 = (1 - alpha) / a0
    }

    /// The filtered signal, as long as `samples`, starting from rest.
    public func apply(to samples: [Float]) -> [Float] {
        var output = [Float](repeating: 0, count: samples.count)
        var x1 = 0.0, x2 = 0.0, y1 = 0.0, y2 = 0.0
        for (i, sample) in samples.enumerated() {
            let x0 = Double(sample)
            let y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            output[i] = Float(y0)
            x2 = x1; x1 = x0
            y2 = y1; y1 = y0
        }
        return output
    }
}
