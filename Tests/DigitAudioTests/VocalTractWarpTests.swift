import Foundation
import Testing
@testable import DigitAudio

/// Vocal tract length perturbation: the frequency map, the warped filterbank, and warped
/// copies of recordings.
@Suite struct VocalTractWarpTests {
    /// Straight scaling up to the boundary, then a straight line to the top, which stays:
    /// continuous, increasing, and never past the top.
    @Test func frequencyMap() {
        for factor in [0.8, 0.9, 1.1, 1.25] {
            let warp = VocalTractWarp(factor: factor, highest: 11_025)
            #expect(abs(warp.apply(1_000) - 1_000 * factor) < 1e-9)
            #expect(abs(warp.apply(11_025) - 11_025) < 1e-9)
            #expect(warp.apply(0) == 0)
            let edge = warp.boundary
            #expect(abs(warp.apply(edge - 1e-6) - warp.apply(edge + 1e-6)) < 1e-3)
            let points = stride(from: 0.0, through: 11_025, by: 25).map(warp.apply)
            #expect(zip(points, points.dropFirst()).allSatisfy { $0 < $1 })
            #expect(points.allSatisfy { $0 <= 11_025 + 1e-9 })
        }
        #expect(VocalTractWarp(factor: 1, highest: 4_000).apply(1_234.5) == 1_234.5)
    }

    /// Warp 1 is librosa's filterbank; warp 1.1 moves a low band's peak 10 % up the spectrum.
    @Test func warpedFilterbank() {
        let plain = MelFilterbank(sampleRate: 22_050, fftSize: 2048, bands: 128)
        #expect(MelFilterbank(sampleRate: 22_050, fftSize: 2048, bands: 128, warp: 1).weights == plain.weights)
        let warped = MelFilterbank(sampleRate: 22_050, fftSize: 2048, bands: 128, warp: 1.1)
        func peakBin(_ bank: MelFilterbank, band: Int) -> Int {
            let row = bank.weights[(band * bank.bins)..<((band + 1) * bank.bins)]
            return row.indices.max { row[$0] < row[$1] }! - band * bank.bins
        }
        // Band 40's centre lies near 1 kHz, where bins are 10.8 Hz apart.
        let before = Double(peakBin(plain, band: 40)), after = Double(peakBin(warped, band: 40))
        #expect(abs(after / before - 1.1) < 0.03)
    }

    /// A warped copy of a recording differs from it, is the same every time, and keeps its
    /// length in frames (the tempo stays); warp 1 is no copy at all.
    @Test func warpedCopies() throws {
        let scan = try DatasetScanner().scan(repositoryRoot.appendingPathComponent("data"))
        let url = try #require(scan.recordings.first).url
        let configuration = FeatureConfiguration.digitvizFrames
        let workspace = FeatureWorkspace(configuration: configuration)
        let copies = try workspace.features(ofBatch: [url], augmentations: [.none, Augmentation(warp: 1.1)])[0].get()
        let again = try FeatureWorkspace(configuration: configuration)
            .features(ofBatch: [url], augmentations: [Augmentation(warp: 1.1)])[0].get()
        #expect(copies[1] == again[0])
        #expect(copies[0] != copies[1])
        let clip = try workspace.load(url)
        #expect(workspace.mfcc(of: clip, warp: 1.1).frames == workspace.mfcc(of: clip).frames)
        #expect(Augmentation(warp: 1).isIdentity)
        #expect(!Augmentation(warp: 0.9).isIdentity)
        #expect(AugmentationPlan.full.augmentations(warps: [0.9, 1.1]).map(\.warp) == [1, 1, 1, 1, 0.9, 1.1])
    }
}
