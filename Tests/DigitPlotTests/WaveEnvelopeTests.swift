import DigitAudio
import Testing
@testable import DigitPlot

@Suite struct WaveEnvelopeTests {
    /// The reference: each column's slice scanned on its own.
    static func naivePeaks(_ samples: [Float], columns: Int) -> [Float] {
        (0..<columns).map { column in
            let slice = samples[(column * samples.count / columns)..<((column + 1) * samples.count / columns)]
            return slice.map(abs).max() ?? 0
        }
    }

    @Test(arguments: [(10_007, 1_351), (8_000, 1_000), (1_000, 7), (17, 3)])
    func envelopeIsTheTruePerColumnMaximum(count: Int, columns: Int) {
        var random = SeededGenerator(seed: UInt64(count))
        let samples = (0..<count).map { _ in Float(random.nextSigned()) * 0.9 }
        #expect(WaveEnvelope(samples: samples, columns: columns).peaks == WaveEnvelopeTests.naivePeaks(samples, columns: columns))
    }

    @Test func emptyColumnsAreZero() {
        #expect(WaveEnvelope(samples: [0.5, -0.75], columns: 4).peaks == [0, 0.5, 0, 0.75])
        #expect(WaveEnvelope(samples: [], columns: 3).peaks == [0, 0, 0])
    }

    @Test func longClipsTakeTheEnvelopePath() {
        let hour = WaveformMark(samples: [Float](repeating: 0, count: 2_000_000), sampleRate: 8_000)
        #expect(hour.rendering(columns: 1_350) == .envelope(columns: 1_350))
        let second = WaveformMark(samples: Samples.spokenDigit(seconds: 0.3).samples, sampleRate: 8_000)
        #expect(second.rendering(columns: 1_350) == .samples)
        #expect(second.rendering(columns: 1_000) == .envelope(columns: 1_000))
    }

    @Test func peakIsTheLargestMagnitude() {
        #expect(WaveEnvelope.peak(of: [0.1, -0.8, 0.3, 0, 0, 0, 0, 0, 0, 0.2, -0.1]) == 0.8)
        #expect(WaveEnvelope.peak(of: []) == 0)
        let clip = Samples.spokenDigit()
        #expect(WaveEnvelope.peak(of: clip.samples) == clip.samples.map(abs).max())
    }
}
