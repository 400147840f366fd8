import Glibc

/// Cuts leading and trailing silence as `librosa.effects.trim` does: frames whose RMS is
/// more than `topDB` below the loudest frame's are silence; the clip keeps the samples from
/// the first loud frame to the end of the last, plus `margin` frames on either side so the
/// word's soft onset and release survive.
///
/// Silence padding then no longer moves where the word's segments fall (see
/// ``FeatureConfiguration/Pooling/segments``).
public struct SilenceTrimmer: Sendable, Equatable {
    /// Dynamic range kept below the loudest frame, in decibels.
    public let topDB: Float
    /// Frame length in samples over which RMS is measured.
    public let frameLength: Int
    /// Hop between frames in samples.
    public let hopLength: Int
    /// Frames kept beyond the first and last loud ones.
    public let margin: Int

    /// Creates a trimmer; `frameLength` and `hopLength` must be positive.
    public init(topDB: Float, frameLength: Int, hopLength: Int, margin: Int = 1) {
        precondition(frameLength > 0 && hopLength > 0 && margin >= 0, "frame, hop and margin must be positive")
        self.topDB = topDB
        self.frameLength = frameLength
        self.hopLength = hopLength
        self.margin = margin
    }

    /// The range of samples kept: all of them when the clip is silent or too short to frame.
    public func keptRange(of samples: [Float]) -> Range<Int> {
        guard samples.count > 0 else { return 0..<0 }
        // Frames centred on t·hop, as librosa's (zero-padded by half a frame).
        let frames = 1 + samples.count / hopLength
        var power = [Float](repeating: 0, count: frames)
        for t in 0..<frames {
            let lower = max(0, t * hopLength - frameLength / 2)
            let upper = min(samples.count, t * hopLength + frameLength / 2)
            var sum: Float = 0
            for i in lower..<upper { sum += samples[i] * samples[i] }
            power[t] = sum / Float(frameLength)
        }
        let loudest = power.max() ?? 0
        guard loudest > 0 else { return 0..<samples.count }
        // RMS more than topDB below the loudest: power below loudest · 10^(−topDB/10).
        let threshold = loudest * powf(10, -topDB / 10)
        guard let first = power.firstIndex(where: { $0 > threshold }),
              let last = power.lastIndex(where: { $0 > threshold }) else { return 0..<samples.count }
        let start = max(0, (first - margin) * hopLength)
        let end = min(samples.count, (last + 1 + margin) * hopLength)
        return start..<max(end, start + 1)
    }

    /// The samples of the kept range.
    public func trim(_ samples: [Float]) -> [Float] {
        Array(samples[keptRange(of: samples)])
    }
}
