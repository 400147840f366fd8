import Foundation
import Testing
@testable import DigitAudio

/// The robustness suite's conditions write files that decode as the condition says.
@Suite struct RecordingConditionTests {
    let clip = AudioClip(samples: TestAudioFiles.tone(count: 4000, frequency: 300, sampleRate: 8000, amplitude: 0.4), sampleRate: 8000)

    func rms(_ samples: [Float]) -> Double {
        (samples.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(samples.count)).squareRoot()
    }

    func written(_ condition: RecordingCondition, seed: UInt64 = 1) throws -> AudioClip {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("condition-\(UUID().uuidString).wav")
        defer { try? FileManager.default.removeItem(at: url) }
        try condition.write(clip, to: url, seed: seed)
        return try AudioDecoder.decode(url)
    }

    @Test func asRecordedAnd24BitRoundTrip() throws {
        let plain = try written(.asRecorded), deep = try written(.pcm24)
        #expect(plain.sampleRate == 8000 && plain.samples.count == 4000)
        #expect(zip(plain.samples, clip.samples).allSatisfy { abs($0 - $1) <= 1.0 / 32768 })   // 16-bit step
        #expect(zip(deep.samples, clip.samples).allSatisfy { abs($0 - $1) <= 1.0 / 8_388_608 }) // 24-bit step
    }

    @Test func otherRatesKeepTheDuration() throws {
        for rate in [16_000, 44_100, 48_000] {
            let resampled = try written(.sampleRate(rate))
            #expect(resampled.sampleRate == rate)
            #expect(abs(resampled.duration - clip.duration) < 0.001)
            #expect(abs(rms(resampled.samples) / rms(clip.samples) - 1) < 0.02)
        }
    }

    /// Stereo: the decoder's mix of the two channels is 0.75 of the clip.
    @Test func stereoMixesDown() throws {
        let mixed = try written(.stereo)
        #expect(abs(rms(mixed.samples) / rms(clip.samples) - 0.75) < 0.01)
    }

    @Test func paddingQuietAndNoise() throws {
        let padded = try written(.silencePadding, seed: 7)
        let extra = padded.duration - clip.duration
        #expect(extra >= 1 && extra <= 6)
        #expect(try written(.silencePadding, seed: 7) == padded)           // seeded
        let quiet = try written(.quieter(decibels: 30))
        #expect(abs(20 * log10(rms(quiet.samples) / rms(clip.samples)) + 30) < 0.2)
        let noisy = try written(.noise(snr: 10))
        let noise = zip(noisy.samples, clip.samples).map { $0 - $1 }
        #expect(abs(20 * log10(rms(clip.samples) / rms(noise)) - 10) < 0.5)
    }

    /// Hiss above the band: the file is at 48 kHz; what it adds to the clip resampled to
    /// 48 kHz lies above the clip's 4 kHz (within the band it is 30 dB below the hiss
    /// itself), and the hiss is made at 20 dB SNR over 0–24 kHz, of which 5/6 lies above
    /// 4 kHz: 20.8 dB (±0.5).
    @Test func hissLiesAboveTheBand() throws {
        let hissy = try written(.hissAbove(snr: 20), seed: 3)
        #expect(hissy.sampleRate == RecordingCondition.widebandRate)
        #expect(try written(.hissAbove(snr: 20), seed: 3) == hissy)                 // seeded
        let wideband = Resampler(from: 8000, to: RecordingCondition.widebandRate).resample(clip.samples)
        #expect(hissy.samples.count == wideband.count)
        let hiss = zip(hissy.samples, wideband).map { $0 - $1 }
        #expect(abs(20 * log10(rms(clip.samples) / rms(hiss)) - (20 + 10 * log10(6.0 / 5))) < 0.5)
        let inBand = Resampler(from: RecordingCondition.widebandRate, to: 8000).resample(hiss)
        #expect(20 * log10(rms(inBand) / rms(hiss)) < -30)
    }
}
