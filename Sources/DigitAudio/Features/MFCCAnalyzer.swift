import Glibc

/// Computes MFCCs exactly as `librosa.feature.mfcc(y, sr, n_mfcc)` with librosa's defaults:
///
/// 1. STFT: periodic Hann window of `fftSize`, hop `hopLength`, centred with `fftSize/2`
///    zeros on both sides, 1 + n / hop frames; power |X|².
/// 2. Mel spectrogram: Slaney-normalised Slaney-scale filterbank (`MelFilterbank`), without
///    its lowest `droppedLowBands` bands (none by default, as librosa).
/// 3. dB: 10·log10(max(1e-10, S)), clipped at the clip's maximum minus `topDB`.
/// 4. Orthonormal DCT-II over the bands, first `coefficients` kept.
///
/// Holds the FFT plan and scratch buffers for one sample rate: not thread-safe, keep one
/// per thread. See Davis & Mermelstein (1980) for MFCCs; Slaney (1998) for the mel scale.
public final class MFCCAnalyzer {
    /// The configuration analysed with.
    public let configuration: FeatureConfiguration
    /// The sample rate of the clips it takes.
    public let sampleRate: Int
    private let fft: RealFFT
    private let window: UnsafeMutablePointer<Float>
    private let filterbank: MelFilterbank
    private let dct: DCTMatrix
    /// One windowed frame and its power spectrum.
    private let frame: UnsafeMutablePointer<Float>
    private let power: UnsafeMutablePointer<Float>
    /// The centred signal and the frames × bands mel matrix of the last clip, grown as
    /// clips get longer and reused: analysing a clip allocates only its result.
    private var padded = UnsafeMutableBufferPointer<Float>.allocate(capacity: 0)
    private var mel = UnsafeMutableBufferPointer<Float>.allocate(capacity: 0)

    /// Prepares an analyzer for clips at `sampleRate`, its mel bands warped by `warp` (see
    /// ``VocalTractWarp``; 1, no warp, by default).
    public init(configuration: FeatureConfiguration, sampleRate: Int, warp: Double = 1) {
        self.configuration = configuration
        self.sampleRate = sampleRate
        let n = configuration.fftSize
        fft = RealFFT(size: n)
        window = .allocate(capacity: n)
        for i in 0..<n { window[i] = Float(0.5 - 0.5 * cos(2 * Double.pi * Double(i) / Double(n))) }
        filterbank = MelFilterbank(sampleRate: sampleRate, fftSize: n, bands: configuration.melBands, warp: warp)
        dct = DCTMatrix(outputs: configuration.coefficients, inputs: configuration.melBands - configuration.droppedLowBands)
        frame = .allocate(capacity: n)
        power = .allocate(capacity: filterbank.bins)
    }

    deinit {
        window.deallocate()
        frame.deallocate()
        power.deallocate()
        padded.deallocate()
        mel.deallocate()
    }

    /// The number of STFT frames for `count` samples: 1 + count / hop.
    public func frameCount(forSamples count: Int) -> Int { 1 + count / configuration.hopLength }

    /// The MFCC matrix of `samples` (at `sampleRate`). An empty signal gives one frame of silence.
    public func mfcc(_ samples: [Float]) -> MFCCMatrix {
        let n = configuration.fftSize, hop = configuration.hopLength
        let bands = dct.inputs, kept = dct.outputs
        let frames = frameCount(forSamples: samples.count)

        // Centred, zero-padded signal.
        if padded.count < samples.count + n {
            padded.deallocate()
            padded = .allocate(capacity: samples.count + n)
        }
        let signal = padded.baseAddress!
        signal.update(repeating: 0, count: n / 2)
        samples.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { (signal + n / 2).update(from: base, count: source.count) }
        }
        (signal + n / 2 + samples.count).update(repeating: 0, count: n - n / 2)

        // Power spectrum of each frame, then its mel bands: mel is frames × bands.
        if mel.count < frames * bands {
            mel.deallocate()
            mel = .allocate(capacity: frames * bands)
        }
        let melValues = mel.baseAddress!
        for t in 0..<frames {
            Self.multiply(signal + t * hop, window, into: frame, count: n)
            fft.powerSpectrum(frame, into: power)
            filterbank.apply(power, into: melValues + t * bands, firstBand: configuration.droppedLowBands)
        }

        // dB, clipped at the peak minus topDB (and measured from the peak when so configured).
        let count = frames * bands
        let peak = Decibels.convert(melValues, count: count)
        let floor = peak - configuration.topDB
        if configuration.peakReference, peak.isFinite {
            for i in 0..<count { melValues[i] = max(melValues[i], floor) - peak }
        } else {
            for i in 0..<count { melValues[i] = max(melValues[i], floor) }
        }

        // DCT over bands: coefficients × frames.
        var cepstrum = [Float](repeating: 0, count: kept * frames)
        cepstrum.withUnsafeMutableBufferPointer { dct.apply(UnsafePointer(melValues), frames: frames, into: $0.baseAddress!) }
        return MFCCMatrix(coefficients: kept, frames: frames, values: cepstrum, sampleRate: sampleRate, hopLength: hop)
    }

    /// output[i] = a[i] · b[i] for `count` values, eight at a time.
    @inline(__always)
    private static func multiply(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>,
                                 count: Int) {
        var i = 0
        while i + 8 <= count {
            let x = UnsafeRawPointer(a + i).loadUnaligned(as: SIMD8<Float>.self)
            let y = UnsafeRawPointer(b + i).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(output + i).storeBytes(of: x * y, as: SIMD8<Float>.self)
            i += 8
        }
        while i < count {
            output[i] = a[i] * b[i]
            i += 1
        }
    }
}
