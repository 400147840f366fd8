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

    /// Pools the frames into one vector: per coefficient the mean, then (for `.meanStd`)
    /// the population standard deviation, as `np.mean`/`np.std` over the time axis.
    public func pooled(_ pooling: FeatureConfiguration.Pooling) -> [Float] {
        var means = [Float](repeating: 0, count: coefficients)
        var deviations = [Float](repeating: 0, count: coefficients)
        for c in 0..<coefficients {
            let row = values[(c * frames)..<((c + 1) * frames)]
            let mean = row.reduce(0.0) { $0 + Double($1) } / Double(frames)
            let variance = row.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(frames)
            means[c] = Float(mean)
            deviations[c] = Float(variance.squareRoot())
        }
        return pooling == .mean ? means : means + deviations
    }
}
