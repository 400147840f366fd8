import Foundation
import Testing
@testable import DigitAudio

/// libsoxr resampling with librosa's length rule, reused across signals.
@Suite struct ResamplerTests {
    @Test func lengthIsCeilingOfTheExactRatio() {
        let resampler = Resampler(from: 8000, to: 22_050)
        #expect(resampler.outputLength(forInputLength: 2384) == 6571)
        #expect(resampler.resample(TestAudioFiles.tone(count: 2384)).count == 6571)
        #expect(resampler.resample([]).isEmpty)
    }

    /// Reusing one resampler must not leak one signal's tail into the next.
    @Test func reuseGivesTheSameOutputAsAFreshResampler() {
        let shared = Resampler(from: 8000, to: 22_050)
        let first = TestAudioFiles.tone(count: 3000, frequency: 300)
        let second = TestAudioFiles.tone(count: 2000, frequency: 1000)
        _ = shared.resample(first)
        #expect(shared.resample(second) == Resampler(from: 8000, to: 22_050).resample(second))
    }

    /// A 440 Hz tone keeps its frequency: zero crossings per second stay at 880 (± 1 %).
    @Test func toneKeepsItsFrequency() {
        let output = Resampler(from: 8000, to: 22_050).resample(TestAudioFiles.tone(count: 8000))
        let crossings = zip(output.dropFirst(), output).filter { ($0 < 0) != ($1 < 0) }.count
        #expect(abs(Double(crossings) - 880) < 9)
    }
}
