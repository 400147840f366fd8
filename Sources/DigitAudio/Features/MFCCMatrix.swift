/// Mel-frequency cepstral coefficients of one clip: `coefficients × frames`, row-major.
public struct MFCCMatrix: Sendable, Equatable {
    /// Number of coefficients (rows).
    public let coefficients: Int
    /// Number of STFT frames (columns).
    public let frames: Int
    /// `values[c * frames + t]` is coefficient `c` of frame `t`.
    public let values: [Float]
    /// The sample rate the clip was analysed at.
    public let sampleRate: Int
    /// Hop between frames, in samples.
    public let hopLength: Int

    /// Creates a matrix from row-major values.
    public init(coefficients: Int, frames: Int, values: [Float], sampleRate: Int, hopLength: Int) {
        precondition(values.count == coefficients * frames, "values do not fill the matrix")
        self.coefficients = coefficients
        self.frames = frames
        self.values = values
        self.sampleRate = sampleRate
        self.hopLength = hopLength
    }

    /// Coefficient `c` of frame `t`.
    public subscript(c: Int, t: Int) -> Float { values[c * frames + t] }

    /// Stretches of frames averaged by `.segments` pooling unless told otherwise.
    public static let defaultSegmentCount = 3

    /// Pools the frames into one vector: per coefficient the mean (`.mean`); then the
    /// population standard deviation (`.meanStd`), as `np.mean`/`np.std` over the time axis;
    /// the means of `segments` equal stretches of frames then the deviation (`.segments`);
    /// those means alone (`.sequence`); or `segments` frames as they are, centred (`.frames`).
    public func pooled(_ pooling: FeatureConfiguration.Pooling, segments: Int = defaultSegmentCount) -> [Float] {
        switch pooling {
        case .mean:
            return (0..<coefficients).map { Float(statistics($0, 0..<frames).mean) }
        case .meanStd:
            let whole = (0..<coefficients).map { statistics($0, 0..<frames) }
            return whole.map { Float($0.mean) } + whole.map { Float($0.deviation) }
        case .segments:
            let deviations = (0..<coefficients).map { c in Float(statistics(c, 0..<frames).deviation) }
            return segmentMeans(segments) + deviations
        case .sequence:
            return segmentMeans(segments)
        case .frames:
            // Frame t of the output is frame t − offset of the clip, clamped to the clip.
            let offset = (segments - frames) / 2
            return (0..<segments).flatMap { t in
                let frame = min(max(t - offset, 0), frames - 1)
                return (0..<coefficients).map { self[$0, frame] }
            }
        }
    }

    /// The mean of every coefficient over each of `count` equal stretches of frames, stretch by stretch.
    private func segmentMeans(_ count: Int) -> [Float] {
        (0..<count).flatMap { segment in
            (0..<coefficients).map { Float(statistics($0, segmentFrames(segment, of: count)).mean) }
        }
    }

    /// Pools the frames as `configuration` says (its pooling and segment count), each
    /// coefficient's mean over the frames subtracted first with ``FeatureConfiguration/meanNormalization``.
    public func pooled(as configuration: FeatureConfiguration) -> [Float] {
        (configuration.meanNormalization ? meanNormalized() : self).pooled(configuration.pooling, segments: configuration.segmentCount)
    }

    /// The matrix with each coefficient's mean over the frames subtracted from it.
    public func meanNormalized() -> MFCCMatrix {
        var normalized = values
        for c in 0..<coefficients {
            let mean = Float(statistics(c, 0..<frames).mean)
            for t in 0..<frames { normalized[c * frames + t] -= mean }
        }
        return MFCCMatrix(coefficients: coefficients, frames: frames, values: normalized, sampleRate: sampleRate, hopLength: hopLength)
    }

    /// The frames of stretch `segment` of `count`: [⌊s·T/K⌋, ⌊(s+1)·T/K⌋), or the
    /// nearest single frame when a clip has fewer frames than stretches.
    func segmentFrames(_ segment: Int, of count: Int) -> Range<Int> {
        let start = segment * frames / count
        let end = (segment + 1) * frames / count
        return end > start ? start..<end : min(start, frames - 1)..<(min(start, frames - 1) + 1)
    }

    /// Mean and population standard deviation of coefficient `c` over `range` of frames.
    private func statistics(_ c: Int, _ range: Range<Int>) -> (mean: Double, deviation: Double) {
        let row = values[(c * frames + range.lowerBound)..<(c * frames + range.upperBound)]
        let mean = row.reduce(0.0) { $0 + Double($1) } / Double(row.count)
        let variance = row.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(row.count)
        return (mean, variance.squareRoot())
    }
}
