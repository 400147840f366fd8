import Foundation

/// Everything one thread needs to turn files into features: resamplers and MFCC analyzers,
/// designed once per sample rate and reused for every file.
///
/// Not thread-safe: each worker thread owns one.
public final class FeatureWorkspace {
    /// The configuration features are computed with.
    public let configuration: FeatureConfiguration
    private var resamplers: [Int: Resampler] = [:]
    private var analyzers: [Int: MFCCAnalyzer] = [:]

    /// Creates an empty workspace.
    public init(configuration: FeatureConfiguration) {
        self.configuration = configuration
    }

    /// Loads a file as `librosa.load` does: decoded, mono, resampled to the configured rate
    /// (or left at its own rate when the configuration's `sampleRate` is `nil`).
    public func load(_ url: URL) throws -> AudioClip {
        prepare(try AudioDecoder.decode(url))
    }

    /// Resamples a decoded clip to the configured rate.
    public func prepare(_ clip: AudioClip) -> AudioClip {
        guard let target = configuration.sampleRate, target != clip.sampleRate else { return clip }
        let resampler = resamplers[clip.sampleRate] ?? Resampler(from: clip.sampleRate, to: target)
        resamplers[clip.sampleRate] = resampler
        return AudioClip(samples: resampler.resample(clip.samples), sampleRate: target)
    }

    /// The MFCC matrix of a clip already at the rate it is to be analysed at.
    public func mfcc(of clip: AudioClip) -> MFCCMatrix {
        let analyzer = analyzers[clip.sampleRate]
            ?? MFCCAnalyzer(configuration: configuration, sampleRate: clip.sampleRate)
        analyzers[clip.sampleRate] = analyzer
        return analyzer.mfcc(clip.samples)
    }

    /// The pooled feature vector of a decoded clip (resampled first as configured).
    public func features(of clip: AudioClip) -> [Float] {
        mfcc(of: prepare(clip)).pooled(configuration.pooling)
    }

    /// The pooled feature vector of a file.
    public func features(of url: URL) throws -> [Float] {
        features(of: try AudioDecoder.decode(url))
    }
}
