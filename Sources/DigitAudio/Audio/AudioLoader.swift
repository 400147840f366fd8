import FoundationEssentials

/// Loads recordings as `librosa.load` does: decoded by libsndfile, mixed to mono, and
/// resampled by libsoxr (HQ) to one target rate, or left at their own rate. With a band
/// limit, a recording sampled faster than twice the limit is first resampled to twice the
/// limit, which removes what lies above it (librosa has no band limit).
///
/// libsoxr designs its filter anew for every state, which costs more than resampling a
/// short recording; the loader resamples up to ``batchSize`` clips of one rate together,
/// one per channel of one state, so one design serves them all with every clip's samples
/// still equal to resampling it alone.
///
/// Not thread-safe: each worker thread owns one.
public final class AudioLoader {
    /// Recordings resampled together, one per libsoxr channel, sharing one filter design.
    /// On FSDD a design costs about what 1.5 recordings' resampling does: 32 spreads it
    /// over enough files that it no longer counts (8 left 8 % of the CPU time in it).
    public static let batchSize = 32
    /// Clips longer than this, in seconds, are resampled alone, so that memory follows the
    /// clip and not the clip times the batch.
    public static let batchedDuration = 10.0
    /// The most input samples one batch holds, every channel padded to the longest clip
    /// (16 MB of floats): a batch of long clips is cut short so that memory stays near
    /// what 8 clips of 10 s at 48 kHz take.
    public static let batchedSamples = 4_000_000

    /// The rate clips are resampled to; `nil` keeps each file's own rate.
    public let targetRate: Int?
    /// The rate clips sampled faster are first resampled to (twice the band limit), or `nil`.
    public let bandLimitRate: Int?

    /// Creates a loader that resamples to `targetRate` (`nil`: native rate), clips faster
    /// than `bandLimitRate` first to that rate.
    public init(targetRate: Int?, bandLimitRate: Int? = nil) {
        self.targetRate = targetRate
        self.bandLimitRate = bandLimitRate
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

    /// Resamples decoded clips to the target rate (those faster than the band limit's rate
    /// to that rate first), those of one rate up to `batchSize` at a time (and
    /// `batchedSamples`, longer clips alone) through one libsoxr state: the same samples as
    /// one by one, with fewer filter designs.
    public func resample(batch clips: [AudioClip]) -> [AudioClip] {
        toTargetRate(batch: bandLimited(batch: clips))
    }

    /// The clips faster than the band limit's rate resampled to it (batched as
    /// ``resample(batch:)``); the others, and every clip without a band limit, as they are.
    public func bandLimited(batch clips: [AudioClip]) -> [AudioClip] {
        guard let limit = bandLimitRate else { return clips }
        return Self.resample(clips, to: limit) { $0 > limit }
    }

    /// The clips resampled to the target rate (batched as ``resample(batch:)``), with no
    /// band limit of their own: for clips already band-limited.
    public func toTargetRate(batch clips: [AudioClip]) -> [AudioClip] {
        guard let target = targetRate else { return clips }
        return Self.resample(clips, to: target) { $0 != target }
    }

    /// `clips` with those whose rate passes `include` resampled to `target`, batched.
    private static func resample(_ clips: [AudioClip], to target: Int, where include: (Int) -> Bool) -> [AudioClip] {
        var prepared = clips
        let rates = Set(clips.map(\.sampleRate)).filter(include)
        for rate in rates.sorted() {
            for chunk in chunks(of: clips.indices.filter { clips[$0].sampleRate == rate }, in: clips, rate: rate) {
                let resampler = Resampler(from: rate, to: target, channels: chunk.count)
                let outputs = resampler.resample(batch: chunk.map { clips[$0].samples })
                for (index, samples) in zip(chunk, outputs) { prepared[index] = AudioClip(samples: samples, sampleRate: target) }
            }
        }
        return prepared
    }

    /// `indices` (of clips at `rate`) in order, cut into batches: a clip longer than
    /// `batchedDuration` alone (batched, every channel would be padded to its length), the
    /// others at most `batchSize` and `batchedSamples` (counted at the longest) at a time.
    private static func chunks(of indices: [Int], in clips: [AudioClip], rate: Int) -> [[Int]] {
        let longest = Int(batchedDuration * Double(rate))
        var chunks: [[Int]] = []
        var current: [Int] = []
        var currentLongest = 0
        for index in indices {
            let count = clips[index].samples.count
            guard count <= longest else {
                chunks.append([index])
                continue
            }
            if current.count == batchSize || (current.count + 1) * max(currentLongest, count) > batchedSamples {
                chunks.append(current)
                current = []
                currentLongest = 0
            }
            current.append(index)
            currentLongest = max(currentLongest, count)
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks
    }
}
