import Foundation
import Testing
@testable import DigitAudio

/// Pooling an MFCC matrix into one vector.
@Suite struct PoolingTests {
    /// Two coefficients over seven frames.
    let matrix = MFCCMatrix(coefficients: 2, frames: 7, values: [1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 7],
                            sampleRate: 22_050, hopLength: 512)

    @Test func meanAndStandardDeviation() {
        #expect(matrix.pooled(.mean) == [4, 1])
        let meanStd = matrix.pooled(.meanStd)
        #expect(meanStd[0...1] == [4, 1])
        #expect(abs(meanStd[2] - 2) < 1e-6)                       // population std of 1…7
        #expect(abs(meanStd[3] - Float(6.0.squareRoot())) < 1e-6)          // mean 1, variance (6 + 36) / 7
    }

    /// Stretches [0, 2), [2, 4), [4, 7): means per stretch (coefficient-major within each),
    /// then the deviations over all frames.
    @Test func segmentMeansThenDeviation() {
        let pooled = matrix.pooled(.segments)
        #expect(pooled.count == 8)
        #expect(pooled[0...5] == [1.5, 0, 3.5, 0, 6, 7.0 / 3])
        #expect(pooled[6...7] == matrix.pooled(.meanStd)[2...3])
        #expect(FeatureConfiguration(coefficients: 2, pooling: .segments).dimension == 8)
        #expect(FeatureConfiguration.digitviz.dimension == 120)
        #expect(FeatureConfiguration(coefficients: 2, pooling: .segments, segmentCount: 5).dimension == 12)
    }

    /// A clip shorter than three frames repeats its frames rather than averaging nothing.
    @Test func segmentsOfAOneFrameClip() {
        let single = MFCCMatrix(coefficients: 1, frames: 1, values: [5], sampleRate: 8000, hopLength: 512)
        #expect(single.pooled(.segments) == [5, 5, 5, 0])
    }

    /// Frame by frame: the means of equal stretches (`.sequence`), or the frames themselves,
    /// centred, cropped or padded with the first and last frames (`.frames`).
    @Test func sequencesOfFrames() {
        #expect(matrix.pooled(.sequence, segments: 3) == [1.5, 0, 3.5, 0, 6, 7.0 / 3])
        // Eleven frames from seven: two repeats of frame 0 before, two of frame 6 after.
        #expect(matrix.pooled(.frames, segments: 11) == [1, 0, 1, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 7, 7, 7, 7, 7])
        // Three from seven: the middle ones.
        #expect(matrix.pooled(.frames, segments: 3) == [3, 0, 4, 0, 5, 0])
        #expect(FeatureConfiguration(coefficients: 20, pooling: .frames, segmentCount: 32).dimension == 640)
    }

    /// A sequence is standardized per channel, the same at every frame.
    @Test func sequenceStandardizationSharesEachChannelOverFrames() {
        let table = FeatureTable(dimension: 4, features: [1, 10, 3, 30, 5, 50, 7, 70], recordings: [
            Recording(url: URL(fileURLWithPath: "0_a_0.wav"), digit: 0), Recording(url: URL(fileURLWithPath: "1_a_0.wav"), digit: 1),
        ])
        let shared = Standardizer(fitting: table, rows: [0, 1], channels: 2)
        #expect(shared.mean == [4, 40, 4, 40])
        #expect(shared.std == [Float(5).squareRoot(), Float(500).squareRoot(), Float(5).squareRoot(), Float(500).squareRoot()])
        #expect(Standardizer(fitting: table, rows: [0, 1]).mean == [3, 30, 5, 50])
    }
}
