import DigitAudio
import Foundation
@testable import DigitPlot

/// Deterministic, realistic inputs for the chart tests.
enum Samples {
    /// A spoken-digit-like clip at 8 kHz: silence, a voiced stretch of decaying harmonics with
    /// a gliding pitch and a little noise, then a fricative-like noise burst and silence.
    static func spokenDigit(seconds: Double = 0.6, sampleRate: Int = 8000, seed: UInt64 = 1) -> AudioClip {
        var random = SeededGenerator(seed: seed)
        let count = Int(seconds * Double(sampleRate))
        let samples = (0..<count).map { index -> Float in
            let t = Double(index) / Double(sampleRate)
            let voiced = t > 0.08 && t < seconds * 0.75
            var value = 0.002 * random.nextSigned()
            if voiced {
                let local = t - 0.08
                let envelope = min(local / 0.03, 1) * exp(-local * 3.2)
                let pitch = 140 - 40 * local
                for harmonic in 1...8 {
                    let weight = [0.6, 1.0, 0.7, 0.35, 0.5, 0.2, 0.15, 0.1][harmonic - 1]
                    value += 0.22 * envelope * weight * sin(2 * .pi * pitch * Double(harmonic) * t)
                }
            } else if t >= seconds * 0.75 && t < seconds * 0.9 {
                value += 0.08 * random.nextSigned()
            }
            return Float(value)
        }
        return AudioClip(samples: samples, sampleRate: sampleRate)
    }

    /// Keras-like training curves over `epochs`, with validation and noise.
    static func history(epochs: Int = 200, seed: UInt64 = 2) -> History {
        var random = SeededGenerator(seed: seed)
        var history = History()
        for epoch in 0..<epochs {
            let progress = 1 - exp(-Double(epoch) / 25)
            history.append([
                ("accuracy", 0.1 + 0.85 * progress + 0.01 * random.nextSigned()),
                ("loss", 2.3 * (1 - progress) + 0.15 + 0.02 * random.nextSigned()),
                ("val_accuracy", 0.1 + 0.87 * progress + 0.015 * random.nextSigned()),
                ("val_loss", 2.3 * (1 - progress) + 0.12 + 0.03 * random.nextSigned()),
            ])
        }
        return history
    }

    /// A plausible MFCC matrix: 40 coefficients × `frames`, c0 strongly negative.
    static func mfcc(frames: Int = 30, seed: UInt64 = 3) -> [[Float]] {
        var random = SeededGenerator(seed: seed)
        return (0..<40).map { coefficient in
            (0..<frames).map { frame in
                let voiced = sin(Double.pi * Double(frame) / Double(frames))
                let phase = Double(coefficient) * 0.9 + 4 * Double(frame) / Double(frames)
                let base = coefficient == 0
                    ? -560 + 380 * voiced
                    : 140 * voiced * cos(phase) / Double(1 + coefficient) + 8 * cos(Double(coefficient))
                return Float(base + 6 * random.nextSigned())
            }
        }
    }

    /// A plausible confusion matrix of 300 test recordings.
    static let confusion: [[Int]] = (0..<10).map { row in
        (0..<10).map { column in row == column ? 26 + (row * 7) % 5 : ((row * 3 + column * 5) % 11 == 0 ? 2 : ((row + column) % 7 == 0 ? 1 : 0)) }
    }

    /// Recordings per digit, with one digit missing.
    static let counts = [300, 300, 295, 300, 0, 300, 287, 300, 300, 296]
}

extension SeededGenerator {
    /// Uniform in −1…1.
    mutating func nextSigned() -> Double { Double(next() >> 11) / Double(1 << 52) - 1 }
}
