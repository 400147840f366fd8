import FoundationEssentials
import Glibc

/// A change of a recording that keeps its digit, to train on more voices and rooms than
/// were recorded: played `speed` times faster, so tempo, pitch and formants all move
/// together (Kaldi's speed perturbation, a cheap stand-in for a longer or shorter vocal
/// tract), then, optionally, white noise added at a signal-to-noise ratio.
public struct Augmentation: Sendable, Hashable, Codable {
    /// Playback speed: above 1 shorter and higher, below 1 longer and lower; 1 leaves the clip as it is.
    public var speed: Double
    /// The signal-to-noise ratio in decibels of white noise added, or `nil` for none.
    public var noiseSNR: Float?
    /// A vocal tract length factor (see ``VocalTractWarp``): the analysis reads the spectrum
    /// this many times higher up, formants move, the tempo stays; 1 for none. It acts in
    /// the analysis, not on the samples.
    public var warp: Double

    /// An augmentation at `speed` (0.5–2) with noise at `noiseSNR` decibels (none by
    /// default) and a vocal tract `warp` (0.5–2; 1, none, by default).
    public init(speed: Double = 1, noiseSNR: Float? = nil, warp: Double = 1) {
        precondition(speed >= 0.5 && speed <= 2, "speed must lie in 0.5–2")
        precondition(warp >= 0.5 && warp <= 2, "warp must lie in 0.5–2")
        self.speed = speed
        self.noiseSNR = noiseSNR
        self.warp = warp
    }

    /// The clip unchanged.
    public static let none = Augmentation()

    /// Whether the clip comes out unchanged.
    public var isIdentity: Bool { speed == 1 && noiseSNR == nil && warp == 1 }

    /// Whether the clip is played faster or slower and nothing else: a speed copy.
    public var changesSpeedOnly: Bool { speed != 1 && noiseSNR == nil && warp == 1 }

    /// The rate the clip's samples are read at before they are resampled back to its own
    /// rate: `speed` times the rate, rounded to whole hertz.
    public func playbackRate(of sampleRate: Int) -> Int {
        Int((Double(sampleRate) * speed).rounded())
    }

    /// The augmented clip, at the clip's own rate.
    ///
    /// - Parameters:
    ///   - clip: the recording, at any rate.
    ///   - seed: the seed of the noise (the same seed, the same noise).
    ///   - resampler: a libsoxr resampler between two rates (so that a caller can keep one per rate pair).
    public func apply(to clip: AudioClip, seed: UInt64 = 0, resampler: (_ from: Int, _ to: Int) -> Resampler) -> AudioClip {
        var samples = clip.samples
        if speed != 1 {
            samples = resampler(playbackRate(of: clip.sampleRate), clip.sampleRate).resample(samples)
        }
        if let noiseSNR { samples = Self.addingNoise(to: samples, snr: noiseSNR, seed: seed) }
        return AudioClip(samples: samples, sampleRate: clip.sampleRate)
    }

    /// `samples` with seeded white noise added at `snr` decibels below their mean power.
    public static func addingNoise(to samples: [Float], snr: Float, seed: UInt64) -> [Float] {
        guard !samples.isEmpty else { return samples }
        var generator = SeededGenerator(seed: seed)
        let power = samples.reduce(0) { $0 + $1 * $1 } / Float(samples.count)
        // Uniform noise on [-a, a] has power a²/3.
        let amplitude = (3 * power / powf(10, snr / 10)).squareRoot()
        return samples.map { $0 + generator.nextFloat(from: -amplitude, to: amplitude) }
    }
}

/// How many augmented copies of each training recording are made, and which.
public enum AugmentationPlan: String, Sendable, CaseIterable, Codable {
    /// No copies.
    case none
    /// Two copies with white noise, at 20 and 10 dB SNR.
    case light
    /// The light plan's copies, and two more played at speed 0.85 and 1.15: a deeper and
    /// a higher voice (pitch, formants and tempo move together).
    case full

    /// digitviz's default when training on recordings: on FSDD with one speaker held out
    /// it keeps the mean accuracy, and it keeps a model's accuracy on noisy recordings and
    /// on higher and deeper voices than it heard (see the README's robustness table; with
    /// noise alone, a voice played at speed 1.2 fell to 38 %).
    public static let standard = AugmentationPlan.full

    /// The speeds of the plan's speed-perturbed copies.
    public var speeds: [Double] {
        switch self {
        case .none, .light: []
        case .full: [0.85, 1.15]
        }
    }

    /// The vocal tract warps of the plan's warped copies.
    public var warps: [Double] { [] }

    /// The signal-to-noise ratios of the plan's noisy copies.
    public var noiseSNRs: [Float] {
        switch self {
        case .none: []
        case .light, .full: [20, 10]
        }
    }

    /// The augmentations of every recording, one copy each: `speeds` (the plan's by
    /// default), then `noiseSNRs` (the plan's by default) at the original speed, then `warps`.
    public func augmentations(speeds: [Double]? = nil, noiseSNRs: [Float]? = nil, warps: [Double]? = nil) -> [Augmentation] {
        (speeds ?? self.speeds).map { Augmentation(speed: $0) } + (noiseSNRs ?? self.noiseSNRs).map { Augmentation(noiseSNR: $0) }
            + (warps ?? self.warps).map { Augmentation(warp: $0) }
    }
}
