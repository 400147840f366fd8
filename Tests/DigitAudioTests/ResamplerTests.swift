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

/// Several signals through one design, one per channel.
@Suite struct BatchResamplingTests {
    /// Each channel's output is bit for bit the single-channel output, whatever the lengths.
    @Test func channelsEqualSeparateResampling() {
        let signals = [TestAudioFiles.tone(count: 3001, frequency: 300), TestAudioFiles.tone(count: 17, frequency: 900),
                       [], TestAudioFiles.tone(count: 2384, frequency: 1500)]
        let batch = Resampler(from: 8000, to: 22_050, channels: 5).resample(batch: signals)
        #expect(batch.count == 4)
        for (signal, output) in zip(signals, batch) {
            #expect(output == Resampler(from: 8000, to: 22_050).resample(signal))
        }
    }

    /// On real recordings too: the three fixture files resampled together equal librosa's.
    @Test func fixtureRecordingsTogether() throws {
        let fixtures = try LibrosaFixture.names.map(LibrosaFixture.load)
        let clips = try fixtures.map { try AudioDecoder.decode($0.recordingURL).samples }
        let batch = Resampler(from: 8000, to: 22_050, channels: 3).resample(batch: clips)
        for (fixture, output) in zip(fixtures, batch) {
            #expect(relativeError(output, fixture.y_22050) < 1e-5)
            #expect(output == Resampler(from: 8000, to: 22_050).resample(clips[fixtures.firstIndex { $0.file == fixture.file }!]))
        }
    }
}
