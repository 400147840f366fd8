import FoundationEssentials
import Glibc

/// A way the same spoken digit can reach digitviz from another microphone, program or
/// room: the variants of the robustness suite. Each rewrites a recording as a WAV file.
public enum RecordingCondition: Sendable, Hashable, CustomStringConvertible {
    /// The recording as it is (16-bit mono at its own rate).
    case asRecorded
    /// Resampled to another rate (libsoxr HQ), as a phone or a studio would record it.
    case sampleRate(Int)
    /// Two channels: the recording and a copy 6 dB quieter, as a stereo microphone gives.
    case stereo
    /// 24-bit PCM instead of 16-bit.
    case pcm24
    /// Played this many times faster, its rate kept (see ``Augmentation/speed``): pitch,
    /// formants and tempo move together, as in a higher (above 1) or deeper voice.
    case speed(Double)
    /// Silence of 0.5–3 s (seeded, per recording) before and after the word.
    case silencePadding
    /// Quieter by this many decibels.
    case quieter(decibels: Float)
    /// White noise (seeded) at this signal-to-noise ratio in decibels.
    case noise(snr: Float)
    /// At 48 kHz, with white noise (seeded) only above the recording's own band, made at
    /// this signal-to-noise ratio in decibels over the whole band: what a wideband
    /// microphone adds where an 8 kHz recording has nothing (its hiss; fricatives put
    /// energy there too).
    case hissAbove(snr: Float)

    /// The rate of ``hissAbove(snr:)``'s files.
    public static let widebandRate = 48_000

    /// The robustness suite: as recorded, at 16, 44.1 and 48 kHz, stereo, 24-bit, padded
    /// with silence, 30 dB quieter, with noise at 10 dB SNR, at 48 kHz with hiss above the
    /// recording's band at 20 dB SNR, and played at speed 0.85 and 1.2 (a deeper and a
    /// higher voice).
    public static let suite: [RecordingCondition] = [
        .asRecorded, .sampleRate(16_000), .sampleRate(44_100), .sampleRate(48_000), .stereo, .pcm24,
        .silencePadding, .quieter(decibels: 30), .noise(snr: 10), .hissAbove(snr: 20), .speed(0.85), .speed(1.2),
    ]

    /// A short name: "as recorded", "48000 Hz", "noise 10 dB SNR"…
    public var description: String {
        switch self {
        case .asRecorded: "as recorded"
        case .sampleRate(let rate): "\(rate) Hz"
        case .stereo: "stereo"
        case .pcm24: "24-bit"
        case .speed(let speed): "speed \(speed)"
        case .silencePadding: "padded 0.5-3 s"
        case .quieter(let decibels): "\(Int(decibels)) dB quieter"
        case .noise(let snr): "noise \(Int(snr)) dB SNR"
        case .hissAbove(let snr): "hiss above band \(Int(snr)) dB SNR"
        }
    }

    /// Writes `clip` under this condition to `url` as a WAV file; `seed` drives the
    /// condition's randomness (padding lengths, noise).
    ///
    /// - Throws: `FileFormatError` naming `url` when it cannot be written.
    public func write(_ clip: AudioClip, to url: URL, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var samples = clip.samples, rate = clip.sampleRate
        switch self {
        case .asRecorded, .pcm24, .stereo:
            break
        case .sampleRate(let target):
            samples = Resampler(from: rate, to: target).resample(samples)
            rate = target
        case .speed(let speed):
            samples = Augmentation(speed: speed).apply(to: clip) { Resampler(from: $0, to: $1) }.samples
        case .silencePadding:
            let before = Int(generator.nextFloat(from: 0.5, to: 3) * Float(rate))
            let after = Int(generator.nextFloat(from: 0.5, to: 3) * Float(rate))
            samples = [Float](repeating: 0, count: before) + samples + [Float](repeating: 0, count: after)
        case .quieter(let decibels):
            let gain = powf(10, -decibels / 20)
            samples = samples.map { $0 * gain }
        case .noise(let snr):
            samples = Augmentation.addingNoise(to: samples, snr: snr, seed: seed)
        case .hissAbove(let snr):
            samples = Self.addingHiss(to: samples, from: rate, snr: snr, seed: seed)
            rate = Self.widebandRate
        }
        let channels = self == .stereo ? [samples, samples.map { $0 * 0.5 }] : [samples]
        try WAVWriter.write(channels: channels, sampleRate: rate, depth: self == .pcm24 ? .pcm24 : .pcm16, to: url)
    }

    /// `samples` at `rate` resampled to ``widebandRate``, with seeded white noise above
    /// `rate`'s band: noise made at `snr` decibels below their mean power over the whole
    /// band, less its part within `rate`'s band (the noise taken down to `rate` and back up,
    /// both by libsoxr). A recording at ``widebandRate`` or above has no band above its own
    /// and is only resampled.
    static func addingHiss(to samples: [Float], from rate: Int, snr: Float, seed: UInt64) -> [Float] {
        let wideband = Resampler(from: rate, to: widebandRate).resample(samples)
        guard rate < widebandRate else { return wideband }
        let noisy = Augmentation.addingNoise(to: wideband, snr: snr, seed: seed)
        let noise = zip(noisy, wideband).map { $0 - $1 }
        let inBand = Resampler(from: rate, to: widebandRate).resample(Resampler(from: widebandRate, to: rate).resample(noise))
        return (0..<wideband.count).map { wideband[$0] + noise[$0] - ($0 < inBand.count ? inBand[$0] : 0) }
    }
}
