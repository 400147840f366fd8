/// How a recording becomes a feature vector: every parameter of the MFCC pipeline.
///
/// The defaults are librosa's (`librosa.load` then `librosa.feature.mfcc`), except
/// `coefficients`, which is 40 as in the original project (librosa's default is 20).
public struct FeatureConfiguration: Codable, Sendable, Equatable, Hashable {
    /// How the MFCC matrix (coefficients × frames) is reduced to one vector.
    public enum Pooling: String, Codable, Sendable, CaseIterable {
        /// Mean over frames: `coefficients` numbers (the original's features).
        case mean
        /// Mean then standard deviation over frames: `2 × coefficients` numbers.
        case meanStd = "mean+std"
        /// The mean of each of ``FeatureConfiguration/segmentCount`` equal stretches of frames
        /// (three by default: beginning, middle, end of the word), then the standard deviation
        /// over all frames: `(segmentCount + 1) × coefficients` numbers.
        /// Keeps the order of the word's sounds, which mean pooling loses; with 20
        /// coefficients it is digitviz's recipe for new voices.
        case segments
        /// The mean of each of ``FeatureConfiguration/segmentCount`` equal stretches of
        /// frames, and nothing else: the word's frames brought to a fixed number, stretch by
        /// stretch (`segmentCount × coefficients` numbers), for a network with a
        /// ``ConvolutionFront`` over them.
        case sequence
        /// ``FeatureConfiguration/segmentCount`` frames as they are, frame by frame
        /// (`segmentCount × coefficients` numbers): the middle ones of a longer clip; a
        /// shorter clip centred, its first and last frames repeated to fill. For a network
        /// with a ``ConvolutionFront``, which then sees the word at its own pace.
        case frames

        /// Whether the vector is a sequence of frames (`.sequence`, `.frames`), for a
        /// ``ConvolutionFront``, rather than one summary of the whole clip.
        public var isSequence: Bool { self == .sequence || self == .frames }

        /// Pooled numbers per coefficient with `segments` stretches for `.segments`.
        public func valuesPerCoefficient(segments: Int = MFCCMatrix.defaultSegmentCount) -> Int {
            switch self {
            case .mean: 1
            case .meanStd: 2
            case .segments: segments + 1
            case .sequence, .frames: segments
            }
        }
    }

    /// The rate audio is resampled to before analysis, or `nil` to keep the file's own.
    public var sampleRate: Int?
    /// FFT size and window length, in samples.
    public var fftSize: Int
    /// Hop between frames, in samples.
    public var hopLength: Int
    /// Number of mel bands.
    public var melBands: Int
    /// Mel bands dropped from the bottom before the dB and DCT steps (librosa: 0). Three
    /// drop everything below about 100 Hz at 22,050 Hz: rumble and hum, which say more
    /// about the microphone than the word.
    public var droppedLowBands: Int
    /// Number of cepstral coefficients kept.
    public var coefficients: Int
    /// Dynamic range kept below each clip's peak, in decibels.
    public var topDB: Float
    /// How frames are pooled.
    public var pooling: Pooling
    /// The cut-off in hertz of a high-pass filter applied before analysis (see
    /// ``HighPassFilter``), or `nil` for none (librosa).
    public var highPass: Double?
    /// Stretches of frames averaged by `.segments` pooling.
    public var segmentCount: Int
    /// Leading and trailing silence more than this many decibels below the loudest frame is
    /// cut before analysis (see ``SilenceTrimmer``), or `nil` to keep it (librosa).
    public var trimTopDB: Float?
    /// The highest frequency in hertz the analysis hears, or `nil` for every recording's
    /// whole band (librosa). A recording sampled faster than twice this is first resampled
    /// to twice this (see ``AudioLoader``), whose filter removes what lies above, so that a
    /// model hears a wideband microphone as it heard the narrowband recordings it trained on.
    public var bandLimit: Double?
    /// Whether decibels are measured from the clip's loudest mel value (librosa's
    /// `ref=np.max`) instead of from 1 (`ref=1.0`, librosa's default): then the same word
    /// recorded louder or quieter gives the same features (in MFCCs, only the first
    /// coefficient would move).
    public var peakReference: Bool
    /// Whether each coefficient's mean over the clip's frames is subtracted before pooling
    /// (cepstral mean normalisation): what lasts through the whole word, the colour of a
    /// microphone, a room and much of a voice, cancels, and the word's changes remain.
    /// Needs a pooling that keeps the frames' order (`.frames`, `.sequence`, `.segments`).
    public var meanNormalization: Bool

    /// Creates a configuration; every default is the reference's.
    public init(
        sampleRate: Int? = 22_050, fftSize: Int = 2048, hopLength: Int = 512,
        melBands: Int = 128, droppedLowBands: Int = 0, coefficients: Int = 40, topDB: Float = 80,
        pooling: Pooling = .mean, segmentCount: Int = MFCCMatrix.defaultSegmentCount, highPass: Double? = nil,
        trimTopDB: Float? = nil, bandLimit: Double? = nil, peakReference: Bool = false, meanNormalization: Bool = false
    ) {
        precondition(droppedLowBands >= 0 && droppedLowBands + coefficients <= melBands, "too many bands dropped")
        self.droppedLowBands = droppedLowBands
        self.sampleRate = sampleRate
        self.fftSize = fftSize
        self.hopLength = hopLength
        self.melBands = melBands
        self.coefficients = coefficients
        self.topDB = topDB
        self.pooling = pooling
        self.segmentCount = segmentCount
        self.highPass = highPass
        self.trimTopDB = trimTopDB
        self.bandLimit = bandLimit
        self.peakReference = peakReference
        self.meanNormalization = meanNormalization
    }

    /// The reference configuration (librosa defaults, 40 coefficients, mean pooling).
    public static let standard = FeatureConfiguration()

    /// digitviz's training recipe: the band up to 4 kHz (``narrowband``), a 100 Hz
    /// high-pass filter, leading and trailing silence more than 30 dB below the loudest
    /// frame cut, decibels measured from the clip's peak (``peakReference``: loudness
    /// changes nothing) over a 50 dB range (quiet parts, where a microphone's noise floor
    /// lives, all floored alike), then 20 MFCCs pooled by `.segments` of five stretches
    /// (120 numbers). On FSDD it scores like the standard
    /// features when speakers are shared between training and test sets, far better on a
    /// voice never heard in training, and silence padding no longer moves the word's segments.
    public static let digitviz = FeatureConfiguration(
        coefficients: 20, topDB: 50, pooling: .segments, segmentCount: 5, highPass: 100, trimTopDB: 30, bandLimit: narrowband,
        peakReference: true)

    /// The features of digitviz's convolutional network (``NetworkKind/cnn``): the front
    /// end and MFCCs of ``digitviz``, then the word's middle 32 frames (0.74 s), a shorter
    /// word centred with its edge frames repeated (`.frames`: 640 numbers, frame by frame).
    /// Left-one-speaker-out on FSDD, 32 frames at the word's own pace did better than 16
    /// or 24 frames averaged from equal stretches (`.sequence`), and subtracting each
    /// coefficient's mean over the word (``meanNormalization``) raised the held-out mean
    /// from 86.1 % to 88.6 % (synthetic voices, weight decay 0.1, seeds 1–3).
    public static let digitvizFrames = FeatureConfiguration(
        coefficients: 20, topDB: 50, pooling: .frames, segmentCount: 32, highPass: 100, trimTopDB: 30, bandLimit: narrowband,
        peakReference: true, meanNormalization: true)

    /// Length of the pooled feature vector.
    public var dimension: Int { pooling.valuesPerCoefficient(segments: segmentCount) * coefficients }

    /// The band limit of digitviz's recipes: 4 kHz, the band of telephone speech and of
    /// the Free Spoken Digit Dataset (8 kHz recordings), so that a model trained on them
    /// is not thrown by the 4–11 kHz a wider microphone adds (fricatives, hiss).
    public static let narrowband = 4_000.0

    /// Band limits accepted, in hertz: half the sample rates read.
    public static let bandLimits = Double(sampleRates.lowerBound) / 2...Double(sampleRates.upperBound) / 2

    /// The rate a band-limited recording is resampled to: twice ``bandLimit`` (clamped to
    /// ``bandLimits``), rounded to whole hertz, or `nil` without a band limit.
    public var bandLimitRate: Int? {
        bandLimit.map { Int((2 * min(max($0, Self.bandLimits.lowerBound), Self.bandLimits.upperBound)).rounded()) }
    }

    /// Sample rates analysed, in hertz: telephone speech to high-resolution audio.
    public static let sampleRates = AudioDecoder.sampleRates
    /// FFT sizes analysed: even, from 16 to 65,536 samples.
    public static let fftSizes = 16...65_536
    /// Mel band counts analysed.
    public static let melBandCounts = 1...512
    /// Segment counts pooled.
    public static let segmentCounts = 1...64

    /// The first setting outside the sane bounds, if any: a sample rate outside
    /// ``sampleRates``, an odd FFT size or one outside ``fftSizes``, a hop outside 1…fftSize,
    /// mel bands outside ``melBandCounts``, coefficients below 1 or, with the dropped bands,
    /// more than the mel bands, a dynamic range that is not positive and finite, or a band
    /// limit outside ``bandLimits``.
    ///
    /// Every configuration that passes can be analysed without a crash or an allocation
    /// larger than the audio itself needs; a model file's configuration is checked with it.
    public var problem: String? {
        if let sampleRate, !Self.sampleRates.contains(sampleRate) {
            return "sample rate \(sampleRate) Hz is outside \(Self.sampleRates.lowerBound)–\(Self.sampleRates.upperBound) Hz"
        }
        if !Self.fftSizes.contains(fftSize) || fftSize % 2 != 0 {
            return "FFT size \(fftSize) is not an even number of samples in \(Self.fftSizes.lowerBound)–\(Self.fftSizes.upperBound)"
        }
        if !(1...fftSize).contains(hopLength) { return "hop length \(hopLength) is outside 1–\(fftSize) (the FFT size)" }
        if !Self.melBandCounts.contains(melBands) {
            return "\(melBands) mel bands is outside \(Self.melBandCounts.lowerBound)–\(Self.melBandCounts.upperBound)"
        }
        if droppedLowBands < 0 { return "dropped low bands \(droppedLowBands) is negative" }
        if coefficients < 1 { return "coefficients \(coefficients) must be at least 1" }
        if droppedLowBands + coefficients > melBands {
            return "\(coefficients) coefficients plus \(droppedLowBands) dropped bands exceed the \(melBands) mel bands"
        }
        if !(topDB > 0 && topDB.isFinite) { return "top dB \(topDB) must be positive and finite" }
        if let highPass, !(highPass > 0 && highPass < Double(sampleRate ?? Self.sampleRates.lowerBound) / 2) {
            return "high-pass cut-off \(highPass) Hz must lie between 0 and half the sample rate"
        }
        if !Self.segmentCounts.contains(segmentCount) {
            return "\(segmentCount) segments is outside \(Self.segmentCounts.lowerBound)–\(Self.segmentCounts.upperBound)"
        }
        if let trimTopDB, !(trimTopDB > 0 && trimTopDB.isFinite) { return "trim threshold \(trimTopDB) dB must be positive and finite" }
        if meanNormalization && (pooling == .mean || pooling == .meanStd) {
            return "mean normalization leaves nothing for \(pooling.rawValue) pooling to keep: pool by frames, sequence or segments"
        }
        if let bandLimit, !Self.bandLimits.contains(bandLimit) {
            return "band limit \(bandLimit) Hz is outside \(Int(Self.bandLimits.lowerBound))–\(Int(Self.bandLimits.upperBound)) Hz (half the sample rates read)"
        }
        return nil
    }

    private enum CodingKeys: String, CodingKey {
        case sampleRate, fftSize, hopLength, melBands, droppedLowBands, coefficients, topDB, pooling, segmentCount, highPass, trimTopDB
        case bandLimit, peakReference, meanNormalization
    }

    /// Decodes a configuration; `droppedLowBands` (0), `segmentCount` (3), `highPass`,
    /// `trimTopDB`, `bandLimit` (none), `peakReference` and `meanNormalization` (false) may
    /// be absent, as in files written before they existed.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        sampleRate = try values.decodeIfPresent(Int.self, forKey: .sampleRate)
        fftSize = try values.decode(Int.self, forKey: .fftSize)
        hopLength = try values.decode(Int.self, forKey: .hopLength)
        melBands = try values.decode(Int.self, forKey: .melBands)
        droppedLowBands = try values.decodeIfPresent(Int.self, forKey: .droppedLowBands) ?? 0
        coefficients = try values.decode(Int.self, forKey: .coefficients)
        topDB = try values.decode(Float.self, forKey: .topDB)
        pooling = try values.decode(Pooling.self, forKey: .pooling)
        segmentCount = try values.decodeIfPresent(Int.self, forKey: .segmentCount) ?? MFCCMatrix.defaultSegmentCount
        highPass = try values.decodeIfPresent(Double.self, forKey: .highPass)
        trimTopDB = try values.decodeIfPresent(Float.self, forKey: .trimTopDB)
        bandLimit = try values.decodeIfPresent(Double.self, forKey: .bandLimit)
        peakReference = try values.decodeIfPresent(Bool.self, forKey: .peakReference) ?? false
        meanNormalization = try values.decodeIfPresent(Bool.self, forKey: .meanNormalization) ?? false
    }

    /// Encodes a configuration; settings that are off (`nil`, `peakReference` or `meanNormalization` false) are
    /// left out, so that librosa's configuration reads as it did before they existed.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encodeIfPresent(sampleRate, forKey: .sampleRate)
        try values.encode(fftSize, forKey: .fftSize)
        try values.encode(hopLength, forKey: .hopLength)
        try values.encode(melBands, forKey: .melBands)
        try values.encode(droppedLowBands, forKey: .droppedLowBands)
        try values.encode(coefficients, forKey: .coefficients)
        try values.encode(topDB, forKey: .topDB)
        try values.encode(pooling, forKey: .pooling)
        try values.encode(segmentCount, forKey: .segmentCount)
        try values.encodeIfPresent(highPass, forKey: .highPass)
        try values.encodeIfPresent(trimTopDB, forKey: .trimTopDB)
        try values.encodeIfPresent(bandLimit, forKey: .bandLimit)
        if peakReference { try values.encode(peakReference, forKey: .peakReference) }
        if meanNormalization { try values.encode(meanNormalization, forKey: .meanNormalization) }
    }
}
