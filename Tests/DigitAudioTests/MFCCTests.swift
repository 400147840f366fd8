import Foundation
import Testing
@testable import DigitAudio

/// MFCCs equal to librosa's, on librosa's own fixtures.
@Suite struct MFCCTests {
    /// (a) Our STFT, mel, dB and DCT on librosa's resampled signal: the whole matrix within
    /// 1e-5 of its largest magnitude (measured: under 1e-6; float32 FFT against librosa's float64).
    @Test(arguments: LibrosaFixture.names)
    func matrixFromLibrosaSignal(name: String) throws {
        let fixture = try LibrosaFixture.load(name)
        let mfcc = MFCCAnalyzer(configuration: .standard, sampleRate: 22_050).mfcc(fixture.y_22050)
        #expect(mfcc.coefficients == 40)
        #expect(mfcc.frames == fixture.mfcc_22050[0].count)
        #expect(relativeError(mfcc.values, flatten(fixture.mfcc_22050)) < 1e-5)
    }

    /// (c) Native 8 kHz, no resampling: matrix and mean within 1e-5 relative (measured: 3e-7), decoded by libsndfile.
    @Test(arguments: LibrosaFixture.names)
    func nativeRateFromFile(name: String) throws {
        let fixture = try LibrosaFixture.load(name)
        let clip = try AudioDecoder.decode(fixture.recordingURL)
        #expect(clip.sampleRate == fixture.native_sr)
        #expect(clip.samples == fixture.y_native)
        let workspace = FeatureWorkspace(configuration: FeatureConfiguration(sampleRate: nil))
        let mfcc = workspace.mfcc(of: workspace.loader.resample(clip))
        #expect(relativeError(mfcc.values, flatten(fixture.mfcc_native)) < 1e-5)
        #expect(relativeError(mfcc.pooled(.mean), fixture.mean_native) < 1e-5)
    }

    /// (b) The whole path, WAV → libsndfile → libsoxr HQ → MFCC → mean: the resampled signal
    /// within 1e-5 of librosa's (bit-identical on the machine that made the fixtures), the pooled
    /// vectors within 1e-5 relative (measured: about 1e-6).
    @Test(arguments: LibrosaFixture.names)
    func pooledVectorFromFile(name: String) throws {
        let fixture = try LibrosaFixture.load(name)
        let workspace = FeatureWorkspace(configuration: .standard)
        let clip = try workspace.load(fixture.recordingURL)
        #expect(clip.samples.count == fixture.y_22050.count)
        #expect(relativeError(clip.samples, fixture.y_22050) < 1e-5)
        let mean = try workspace.features(of: fixture.recordingURL)
        #expect(relativeError(mean, fixture.mean_22050) < 1e-5)
        let meanStd = try FeatureWorkspace(configuration: FeatureConfiguration(pooling: .meanStd))
            .features(of: fixture.recordingURL)
        #expect(relativeError(meanStd, fixture.meanstd_22050) < 1e-5)
    }

    /// The filterbank keeps only each band's span: its dense ``MelFilterbank/weights`` are
    /// zero outside the spans, non-zero at their ends, and give what `apply` gives (within
    /// float rounding of the sums' order) on a random power spectrum.
    @Test(arguments: [(22_050, 2048, 128), (8_000, 512, 40), (16_000, 400, 26), (8_000, 64, 40)])
    func filterbankWeightsAgreeWithApply(sampleRate: Int, fftSize: Int, bands: Int) {
        let filterbank = MelFilterbank(sampleRate: sampleRate, fftSize: fftSize, bands: bands)
        let weights = filterbank.weights, bins = filterbank.bins
        #expect(weights.count == bands * bins)
        var generator = SeededGenerator(seed: 7)
        let power = (0..<bins).map { _ in generator.nextFloat(from: 0, to: 1) }
        var applied = [Float](repeating: .nan, count: bands)
        power.withUnsafeBufferPointer { filterbank.apply($0.baseAddress!, into: &applied) }
        for band in 0..<bands {
            let row = weights[band * bins ..< (band + 1) * bins], span = filterbank.spans[band]
            let inside = span.first ..< span.first + span.count
            #expect(row.indices.allSatisfy { inside.contains($0 - band * bins) || row[$0] == 0 }, "band \(band)")
            if span.count > 0 {
                #expect(row[band * bins + inside.lowerBound] != 0 && row[band * bins + inside.upperBound - 1] != 0)
            }
            let expected = zip(row, power).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
            #expect(abs(Double(applied[band]) - expected) <= 1e-5 * max(1, abs(expected)), "band \(band)")
        }
    }

    /// A clip shorter than one window gives librosa's single frame.
    @Test func clipShorterThanWindow() throws {
        let short = try SyntheticFixture.load().short
        let mfcc = MFCCAnalyzer(configuration: .standard, sampleRate: short.sr).mfcc(short.y)
        #expect(mfcc.frames == 1)
        #expect(relativeError(mfcc.values, flatten(short.mfcc)) < 1e-5)
    }

    /// Silence stays finite and equals librosa's (−100 dB everywhere, then the DCT).
    @Test func silenceIsFinite() throws {
        let silence = try SyntheticFixture.load().silence
        let mfcc = MFCCAnalyzer(configuration: .standard, sampleRate: silence.sr).mfcc(silence.y)
        #expect(mfcc.values.allSatisfy { $0.isFinite })
        #expect(relativeError(mfcc.values, flatten(silence.mfcc)) < 1e-5)
        #expect(relativeError(mfcc.pooled(.mean), silence.mean) < 1e-5)
    }
}
