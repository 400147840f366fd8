import Foundation

/// Everything one thread needs to turn files into features: an ``AudioLoader`` and MFCC
/// analyzers, made once per sample rate and reused for every file.
///
/// Not thread-safe: each worker thread owns one.
public final class FeatureWorkspace {
    /// The configuration features are computed with.
    public let configuration: FeatureConfiguration
    /// Decodes and resamples to the configuration's rate.
    public let loader: AudioLoader
    private var analyzers: [Int: MFCCAnalyzer] = [:]

    /// Creates an empty workspace.
    public init(configuration: FeatureConfiguration) {
        self.configuration = configuration
        loader = AudioLoader(targetRate: configuration.sampleRate)
    }

    /// Loads a file as `librosa.load` does (see ``AudioLoader``).
    public func load(_ url: URL) throws -> AudioClip {
        try loader.load(url)
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
        mfcc(of: loader.resample(clip)).pooled(configuration.pooling)
    }

    /// The pooled feature vector of a file.
    public func features(of url: URL) throws -> [Float] {
        features(of: try AudioDecoder.decode(url))
    }

    /// The pooled feature vectors of several files, in order, or the error each file gave;
    /// recordings are resampled in batches (see ``AudioLoader/resample(batch:)``).
    public func features(ofBatch urls: [URL]) -> [Result<[Float], FileFormatError>] {
        var results = [Result<[Float], FileFormatError>?](repeating: nil, count: urls.count)
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
        let prepared = loader.resample(batch: decoded.map(\.clip))
        for (entry, clip) in zip(decoded, prepared) {
            results[entry.index] = .success(mfcc(of: clip).pooled(configuration.pooling))
        }
        return results.map { $0! }
    }
}
