import Foundation

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
    private let window: [Float]
    private let filterbank: MelFilterbank
    private let dct: DCTMatrix

    /// Prepares an analyzer for clips at `sampleRate`.
    public init(configuration: FeatureConfiguration, sampleRate: Int) {
        self.configuration = configuration
        self.sampleRate = sampleRate
        let n = configuration.fftSize
        fft = RealFFT(size: n)
        window = (0..<n).map { Float(0.5 - 0.5 * cos(2 * Double.pi * Double($0) / Double(n))) }
        filterbank = MelFilterbank(sampleRate: sampleRate, fftSize: n, bands: configuration.melBands)
        dct = DCTMatrix(outputs: configuration.coefficients, inputs: configuration.melBands - configuration.droppedLowBands)
    }

    /// The number of STFT frames for `count` samples: 1 + count / hop.
    public func frameCount(forSamples count: Int) -> Int { 1 + count / configuration.hopLength }

    /// The MFCC matrix of `samples` (at `sampleRate`). An empty signal gives one frame of silence.
    public func mfcc(_ samples: [Float]) -> MFCCMatrix {
        let n = configuration.fftSize, hop = configuration.hopLength
        let bins = filterbank.bins, bands = dct.inputs, kept = dct.outputs
        let frames = frameCount(forSamples: samples.count)

        // Centred, zero-padded signal.
        var padded = [Float](repeating: 0, count: samples.count + n)
        padded.withUnsafeMutableBufferPointer { dst in
            samples.withUnsafeBufferPointer { src in
                if let base = src.baseAddress { dst.baseAddress!.advanced(by: n / 2).update(from: base, count: src.count) }
            }
        }

        // Power spectrum of each frame, then its mel bands: mel is frames × bands.
        var mel = [Float](repeating: 0, count: frames * bands)
        var frame = [Float](repeating: 0, count: n)
        var power = [Float](repeating: 0, count: bins)
        padded.withUnsafeBufferPointer { signal in
            mel.withUnsafeMutableBufferPointer { mel in
                frame.withUnsafeMutableBufferPointer { buffer in
                    power.withUnsafeMutableBufferPointer { power in
                        for t in 0..<frames {
                            let start = t * hop
                            for i in 0..<n { buffer[i] = signal[start + i] * window[i] }
                            fft.powerSpectrum(buffer.baseAddress!, into: power.baseAddress!)
                            filterbank.apply(power.baseAddress!, into: mel.baseAddress! + t * bands, firstBand: configuration.droppedLowBands)
                        }
                    }
                }
            }
        }

        // dB, clipped at the peak minus topDB.
        var peak = -Float.infinity
        for i in mel.indices {
            let db = 10 * log10f(max(1e-10, mel[i]))
            mel[i] = db
            peak = max(peak, db)
        }
        let floor = peak - configuration.topDB
        for i in mel.indices where mel[i] < floor { mel[i] = floor }

        // DCT over bands: coefficients × frames.
        var cepstrum = [Float](repeating: 0, count: kept * frames)
        dct.apply(mel, frames: frames, into: &cepstrum)
        return MFCCMatrix(coefficients: kept, frames: frames, values: cepstrum, sampleRate: sampleRate, hopLength: hop)
    }
}
