/// Triangular mel filters over FFT bins, as `librosa.filters.mel(norm="slaney")`.
///
/// Band edges are equally spaced in Slaney mels from `minimumFrequency` to
/// `maximumFrequency`; each triangle is scaled by 2 / (upper edge − lower edge) so every
/// band has equal area. Computed in double precision, stored as float like librosa.
public struct MelFilterbank: Sendable {
    /// Number of bands (rows).
    public let bands: Int
    /// Number of FFT bins (columns): fftSize / 2 + 1.
    public let bins: Int
    /// Row-major weights, `bands × bins`.
    public let weights: [Float]
    /// Each band's non-zero span: its first bin and how many bins follow.
    public let spans: [(first: Int, count: Int)]
    /// Each band's span widened with zero weights to a multiple of 8 bins (within the
    /// spectrum), so that ``apply(_:into:firstBand:)`` runs in whole vectors of 8.
    private let vectorSpans: [(first: Int, count: Int)]

    /// Builds the filterbank for a sample rate and FFT size.
    public init(sampleRate: Int, fftSize: Int, bands: Int = 128,
                minimumFrequency: Double = 0, maximumFrequency: Double? = nil) {
        let maximum = maximumFrequency ?? Double(sampleRate) / 2
        let bins = fftSize / 2 + 1
        let lowMel = MelScale.mel(fromHertz: minimumFrequency)
        let highMel = MelScale.mel(fromHertz: maximum)
        let edges = (0..<(bands + 2)).map { i in
            MelScale.hertz(fromMel: lowMel + (highMel - lowMel) * Double(i) / Double(bands + 1))
        }
        var weights = [Float](repeating: 0, count: bands * bins)
        for band in 0..<bands {
            let lower = edges[band], centre = edges[band + 1], upper = edges[band + 2]
            let norm = 2 / (upper - lower)
            // Outside (lower, upper) the triangle is 0: only the bins between are computed.
            let first = max(0, Int((lower * Double(fftSize) / Double(sampleRate)).rounded(.down)))
            let last = min(bins - 1, Int((upper * Double(fftSize) / Double(sampleRate)).rounded(.up)))
            for bin in first...max(first, last) where bin < bins {
                let frequency = Double(bin) * Double(sampleRate) / Double(fftSize)
                let rising = (frequency - lower) / (centre - lower)
                let falling = (upper - frequency) / (upper - centre)
                let weight = max(0, min(rising, falling))
                weights[band * bins + bin] = Float(weight * norm)
            }
        }
        self.bands = bands
        self.bins = bins
        self.weights = weights
        spans = (0..<bands).map { band in
            let row = weights[(band * bins)..<((band + 1) * bins)]
            guard let first = row.firstIndex(where: { $0 != 0 }), let last = row.lastIndex(where: { $0 != 0 }) else {
                return (first: 0, count: 0)
            }
            return (first: first - band * bins, count: last - first + 1)
        }
        vectorSpans = spans.map { span in
            let count = min(bins, (span.count + 7) / 8 * 8)
            return (first: min(span.first, bins - count), count: count)
        }
    }

    /// Applies the filters from `firstBand` up to one power spectrum (`bins` values), writing
    /// `bands − firstBand` values. Uses only each band's non-zero span, widened with zeros to
    /// whole vectors of 8: about 2 × bins products instead of bands × bins, none of them in
    /// a scalar tail (most bands span fewer than 16 bins, so tails were half the work).
    public func apply(_ power: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>, firstBand: Int = 0) {
        weights.withUnsafeBufferPointer { weights in
            for band in firstBand..<bands {
                let (first, count) = vectorSpans[band]
                output[band - firstBand] = dotProduct(weights.baseAddress! + band * bins + first, power + first, count: count)
            }
        }
    }
}
