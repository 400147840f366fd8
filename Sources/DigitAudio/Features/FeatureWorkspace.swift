import FoundationEssentials

/// Everything one thread needs to turn files into features: an ``AudioLoader`` and MFCC
/// analyzers, made once per sample rate and reused for every file.
///
/// Not thread-safe: each worker thread owns one.
public final class FeatureWorkspace {
    /// The configuration features are computed with.
    public let configuration: FeatureConfiguration
    /// Decodes and resamples to the configuration's rate.
    public let loader: AudioLoader
    /// Analyzers by sample rate and vocal tract warp.
    private var analyzers: [AnalyzerKey: MFCCAnalyzer] = [:]
    private var augmentationResamplers: [[Int]: Resampler] = [:]

    /// Creates an empty workspace.
    public init(configuration: FeatureConfiguration) {
        self.configuration = configuration
        loader = AudioLoader(configuration: configuration)
    }

    /// Loads a file as `librosa.load` does (see ``AudioLoader``).
    public func load(_ url: URL) throws -> AudioClip {
        try loader.load(url)
    }

    /// The MFCC matrix of a clip already at the rate it is to be analysed at, after the
    /// configuration's front end (see ``FeatureConfiguration/frontEnd(_:sampleRate:)``), its
    /// mel bands warped by `warp` (see ``VocalTractWarp``).
    public func mfcc(of clip: AudioClip, warp: Double = 1) -> MFCCMatrix {
        let key = AnalyzerKey(sampleRate: clip.sampleRate, warp: warp)
        let analyzer = analyzers[key] ?? MFCCAnalyzer(configuration: configuration, sampleRate: clip.sampleRate, warp: warp)
        analyzers[key] = analyzer
        return analyzer.mfcc(configuration.frontEnd(clip.samples, sampleRate: clip.sampleRate))
    }

    /// The pooled feature vector of a decoded clip (resampled first as configured).
    public func features(of clip: AudioClip) -> [Float] {
        mfcc(of: loader.resample(clip)).pooled(as: configuration)
    }

    /// The pooled feature vector of a file.
    public func features(of url: URL) throws -> [Float] {
        features(of: try AudioDecoder.decode(url))
    }

    /// The pooled feature vectors of several files, in order, or the error each file gave;
    /// recordings are resampled in batches (see ``AudioLoader/resample(batch:)``).
    public func features(ofBatch urls: [URL]) -> [Result<[Float], FileFormatError>] {
        features(ofBatch: urls, augmentations: [.none]).map { $0.map { $0[0] } }
    }

    /// For each of several files, in order, the pooled feature vector of each of
    /// `augmentations`, or the error the file gave. The augmentations act on the recording
    /// at its own rate, after the band limit and before resampling to the analysis rate, so
    /// that their noise lies within the band the model hears, as a noisy recording's does.
    public func features(ofBatch urls: [URL], augmentations: [Augmentation]) -> [Result<[[Float]], FileFormatError>] {
        var results = [Result<[[Float]], FileFormatError>?](repeating: nil, count: urls.count)
        var decoded: [(index: Int, clip: AudioClip)] = []
        for (index, url) in urls.enumerated() {
            do {
                decoded.append((index, try AudioDecoder.decode(url)))
            } catch let error as FileFormatError {
                results[index] = .failure(error)
            } catch {
                results[index] = .failure(FileFormatError(url: url, message: "\(error)"))
            }
        }
        let vectors = features(ofClips: decoded.map(\.clip), seeds: decoded.map { Self.seed(of: urls[$0.index]) },
                               augmentations: augmentations)
        for (entry, own) in zip(decoded, vectors) { results[entry.index] = .success(own) }
        return results.map { $0! }
    }

    /// The pooled feature vector of a decoded clip heard through each of `augmentations`,
    /// as ``features(ofBatch:augmentations:)`` makes a file's (`seed` seeds their noise).
    public func features(of clip: AudioClip, augmentations: [Augmentation], seed: UInt64 = 0) -> [[Float]] {
        guard augmentations != [.none] else { return [features(of: clip)] }
        return features(ofClips: [clip], seeds: [seed], augmentations: augmentations)[0]
    }

    /// For each clip, the pooled feature vector of each of `augmentations` applied to it (its
    /// noise seeded by the clip's seed and the augmentation's place).
    private func features(ofClips clips: [AudioClip], seeds: [UInt64], augmentations: [Augmentation]) -> [[[Float]]] {
        let limited = loader.bandLimited(batch: clips)
        var copies: [AudioClip] = []
        for (clip, seed) in zip(limited, seeds) {
            for (number, augmentation) in augmentations.enumerated() {
                copies.append(augmentation.apply(to: clip, seed: seed &+ UInt64(number), resampler: resampler))
            }
        }
        let prepared = loader.toTargetRate(batch: copies)
        return clips.indices.map { position in
            let own = prepared[(position * augmentations.count)..<((position + 1) * augmentations.count)]
            return zip(own, augmentations).map { mfcc(of: $0, warp: $1.warp).pooled(as: configuration) }
        }
    }

    /// A seed that depends on a file's name only (FNV-1a of its last path component), so
    /// that a recording's augmented copies do not depend on where it is or what else is read.
    static func seed(of url: URL) -> UInt64 {
        url.lastPathComponent.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// What an analyzer is made for.
    private struct AnalyzerKey: Hashable {
        var sampleRate: Int
        var warp: Double
    }

    /// A resampler between two rates, made once per pair.
    private func resampler(from rate: Int, to target: Int) -> Resampler {
        let key = [rate, target]
        if let resampler = augmentationResamplers[key] { return resampler }
        let resampler = Resampler(from: rate, to: target)
        augmentationResamplers[key] = resampler
        return resampler
    }
}
