import Foundation

/// Loads recordings as `librosa.load` does: decoded by libsndfile, mixed to mono, and
/// resampled by libsoxr (HQ) to one target rate, or left at their own rate.
///
/// libsoxr designs its filter anew on every reset, which costs more than resampling a
/// short recording; the loader keeps one resampler per source rate and resamples up to
/// ``batchSize`` clips of one rate together, one per channel, so one design serves them
/// all with every clip's samples still equal to resampling it alone.
///
/// Not thread-safe: each worker thread owns one.
public final class AudioLoader {
    /// Recordings resampled together, one per libsoxr channel, sharing one filter design.
    public static let batchSize = 8
    /// Clips longer than this, in seconds, are resampled alone, so that memory follows the
    /// clip and not the clip times the batch.
    public static let batchedDuration = 10.0

    /// The rate clips are resampled to; `nil` keeps each file's own rate.
    public let targetRate: Int?
    private var resamplers: [ResamplerKey: Resampler] = [:]

    private struct ResamplerKey: Hashable {
        var rate: Int
        var channels: Int
    }

    /// Creates a loader that resamples to `targetRate` (`nil`: native rate).
    public init(targetRate: Int?) {
        self.targetRate = targetRate
    }

    /// Decodes and resamples one file.
    ///
    /// - Throws: `FileFormatError` naming the file when it cannot be decoded.
    public func load(_ url: URL) throws -> AudioClip {
        resample(try AudioDecoder.decode(url))
    }

    /// Loads a file to draw as a waveform: as ``load(_:)`` when it lasts at most `limit`,
    /// otherwise as the peaks of its stretches at a low rate (see
    /// ``AudioReader/peakClip(bins:)``), read in blocks so that memory does not grow with
    /// its length.
    ///
    /// - Throws: `FileFormatError` naming the file when it cannot be decoded or lasts longer
    ///   than ``AudioLengthLimit/waveform``.
    public func loadWaveform(_ url: URL, limit: AudioLengthLimit = .analysis) throws -> AudioClip {
        let reader = try AudioReader(url)
        guard !reader.exceeds(limit) else {
            if reader.duration > AudioLengthLimit.waveform.seconds { try reader.check(.waveform) }
            return try reader.peakClip()
        }
        return resample(try reader.clip())
    }

    /// Resamples a decoded clip to the target rate.
    public func resample(_ clip: AudioClip) -> AudioClip {
        resample(batch: [clip])[0]
    }

    /// Resamples decoded clips to the target rate, those of one rate `batchSize` at a time
    /// through one resampler: the same samples as one by one, with fewer filter designs.
    public func resample(batch clips: [AudioClip]) -> [AudioClip] {
        guard let target = targetRate else { return clips }
        var prepared = clips
        let rates = Set(clips.map(\.sampleRate)).subtracting([target])
        for rate in rates.sorted() {
            let indices = clips.indices.filter { clips[$0].sampleRate == rate }
            // A long clip goes alone: batched, every channel would be padded to its length.
            let longest = Int(Self.batchedDuration * Double(rate))
            let chunks = stride(from: 0, to: indices.count, by: Self.batchSize).flatMap { start in
                let chunk = Array(indices[start..<min(start + Self.batchSize, indices.count)])
                let long = chunk.filter { clips[$0].samples.count > longest }
                return long.map { [$0] } + [chunk.filter { clips[$0].samples.count <= longest }].filter { !$0.isEmpty }
            }
            for chunk in chunks {
                let resampler = resampler(from: rate, to: target, channels: chunk.count == 1 ? 1 : Self.batchSize)
                let outputs = resampler.resample(batch: chunk.map { clips[$0].samples })
                for (index, samples) in zip(chunk, outputs) { prepared[index] = AudioClip(samples: samples, sampleRate: target) }
            }
        }
        return prepared
    }

    private func resampler(from rate: Int, to target: Int, channels: Int) -> Resampler {
        let key = ResamplerKey(rate: rate, channels: channels)
        if let resampler = resamplers[key] { return resampler }
        let resampler = Resampler(from: rate, to: target, channels: channels)
        resamplers[key] = resampler
        return resampler
    }
}
