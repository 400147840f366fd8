import Foundation

/// Everything one thread needs to turn files into features: resamplers and MFCC analyzers,
/// made once per sample rate and reused for every file.
///
/// Not thread-safe: each worker thread owns one.
public final class FeatureWorkspace {
    /// Recordings resampled together, one per libsoxr channel, sharing one filter design.
    public static let batchSize = 8

    /// The configuration features are computed with.
    public let configuration: FeatureConfiguration
    private var resamplers: [ResamplerKey: Resampler] = [:]
    private var analyzers: [Int: MFCCAnalyzer] = [:]

    private struct ResamplerKey: Hashable {
        var rate: Int
        var channels: Int
    }

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
        prepare(batch: [clip])[0]
    }

    /// Resamples decoded clips to the configured rate, those of one rate `batchSize` at a
    /// time through one resampler: the same samples as one by one, with fewer filter designs.
    public func prepare(batch clips: [AudioClip]) -> [AudioClip] {
        guard let target = configuration.sampleRate else { return clips }
        var prepared = clips
        let rates = Set(clips.map(\.sampleRate)).subtracting([target])
        for rate in rates.sorted() {
            let indices = clips.indices.filter { clips[$0].sampleRate == rate }
            for start in stride(from: 0, to: indices.count, by: Self.batchSize) {
                let chunk = Array(indices[start..<min(start + Self.batchSize, indices.count)])
                let resampler = resampler(from: rate, to: target, channels: chunk.count == 1 ? 1 : Self.batchSize)
                let outputs = resampler.resample(batch: chunk.map { clips[$0].samples })
                for (index, samples) in zip(chunk, outputs) { prepared[index] = AudioClip(samples: samples, sampleRate: target) }
            }
        }
        return prepared
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

    /// The pooled feature vectors of several files, in order, or the error each file gave;
    /// recordings are resampled in batches (see `prepare(batch:)`).
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
        let prepared = prepare(batch: decoded.map(\.clip))
        for (entry, clip) in zip(decoded, prepared) {
            results[entry.index] = .success(mfcc(of: clip).pooled(configuration.pooling))
        }
        return results.map { $0! }
    }

    private func resampler(from rate: Int, to target: Int, channels: Int) -> Resampler {
        let key = ResamplerKey(rate: rate, channels: channels)
        if let resampler = resamplers[key] { return resampler }
        let resampler = Resampler(from: rate, to: target, channels: channels)
        resamplers[key] = resampler
        return resampler
    }
}
