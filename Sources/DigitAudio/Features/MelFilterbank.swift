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
    /// Each band's non-zero span: its first bin and how many bins follow.
    public let spans: [(first: Int, count: Int)]
    /// Each band's span widened with zero weights to a multiple of 8 bins (within the
    /// spectrum), so that ``apply(_:into:firstBand:)`` runs in whole vectors of 8.
    private let vectorSpans: [(first: Int, count: Int)]
    /// The weights over each band's vector span, band after band from `packedStarts[band]`:
    /// about 2 × bins numbers, where the whole matrix has bands × bins (128 × 1,025 with
    /// librosa's defaults: half a megabyte to fill and scan for every new analyzer).
    private let packed: [Float]
    private let packedStarts: [Int]

    /// Row-major weights, `bands × bins` (zero outside each band's span).
    public var weights: [Float] {
        var weights = [Float](repeating: 0, count: bands * bins)
        for (band, span) in vectorSpans.enumerated() {
            for k in 0..<span.count { weights[band * bins + span.first + k] = packed[packedStarts[band] + k] }
        }
        return weights
    }

    /// Builds the filterbank for a sample rate and FFT size.
    ///
    /// - Parameter warp: a vocal tract length factor (see ``VocalTractWarp``): each band
    ///   reads the spectrum `warp` times higher up (1, librosa's filterbank, by default).
    public init(sampleRate: Int, fftSize: Int, bands: Int = 128,
                minimumFrequency: Double = 0, maximumFrequency: Double? = nil, warp: Double = 1) {
        let maximum = maximumFrequency ?? Double(sampleRate) / 2
        let bins = fftSize / 2 + 1
        let lowMel = MelScale.mel(fromHertz: minimumFrequency)
        let highMel = MelScale.mel(fromHertz: maximum)
        let vocalTract = VocalTractWarp(factor: warp, highest: maximum)
        let edges = (0..<(bands + 2)).map { i in
            vocalTract.apply(MelScale.hertz(fromMel: lowMel + (highMel - lowMel) * Double(i) / Double(bands + 1)))
        }
        var spans: [(first: Int, count: Int)] = [], vectorSpans: [(first: Int, count: Int)] = []
        var packed: [Float] = [], packedStarts: [Int] = []
        for band in 0..<bands {
            let lower = edges[band], centre = edges[band + 1], upper = edges[band + 2]
            let norm = 2 / (upper - lower)
            // Outside (lower, upper) the triangle is 0: only the bins between are computed.
            let first = max(0, Int((lower * Double(fftSize) / Double(sampleRate)).rounded(.down)))
            let last = min(bins - 1, Int((upper * Double(fftSize) / Double(sampleRate)).rounded(.up)))
            var row: [(bin: Int, weight: Float)] = []
            for bin in first...max(first, last) where bin < bins {
                let frequency = Double(bin) * Double(sampleRate) / Double(fftSize)
                let rising = (frequency - lower) / (centre - lower)
                let falling = (upper - frequency) / (upper - centre)
                let weight = Float(max(0, min(rising, falling)) * norm)
                if weight != 0 { row.append((bin, weight)) }
            }
            let span = row.first.map { (first: $0.bin, count: row.last!.bin - $0.bin + 1) } ?? (first: 0, count: 0)
            let count = min(bins, (span.count + 7) / 8 * 8)
            let vectorSpan = (first: min(span.first, bins - count), count: count)
            packedStarts.append(packed.count)
            packed += repeatElement(0, count: count)
            for (bin, weight) in row { packed[packedStarts[band] + bin - vectorSpan.first] = weight }
            spans.append(span)
            vectorSpans.append(vectorSpan)
        }
        self.bands = bands
        self.bins = bins
        self.spans = spans
        self.vectorSpans = vectorSpans
        self.packed = packed
        self.packedStarts = packedStarts
    }

    /// Applies the filters from `firstBand` up to one power spectrum (`bins` values), writing
    /// `bands − firstBand` values. Uses only each band's non-zero span, widened with zeros to
    /// whole vectors of 8: about 2 × bins products instead of bands × bins, none of them in
    /// a scalar tail (most bands span fewer than 16 bins, so tails were half the work).
    public func apply(_ power: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>, firstBand: Int = 0) {
        packed.withUnsafeBufferPointer { packed in
            for band in firstBand..<bands {
                let (first, count) = vectorSpans[band]
                output[band - firstBand] = dotProduct(packed.baseAddress! + packedStarts[band], power + first, count: count)
            }
        }
    }
}
