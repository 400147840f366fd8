import Foundation
import Testing
@testable import DigitAudio

/// Cepstral mean normalisation: each coefficient's mean over the clip's frames subtracted
/// before pooling.
@Suite struct MeanNormalizationTests {
    /// A word-like clip at 8 kHz: a tone gliding from 200 to 600 Hz with a rising and falling envelope.
    private func word(seconds: Double = 0.6) -> [Float] {
        let count = Int(seconds * 8000)
        var phase = 0.0
        return (0..<count).map { n in
            let t = Double(n) / Double(count)
            phase += 2 * Double.pi * (200 + 400 * t) / 8000
            return Float(sin(phase) + 0.3 * sin(3 * phase)) * Float(sin(Double.pi * t)) * 0.4
        }
    }

    /// Every coefficient of the normalised matrix averages 0 over the frames (within 1e-4),
    /// and pooling with the setting pools the normalised matrix.
    @Test func subtractsEachCoefficientsMean() {
        var configuration = FeatureConfiguration.digitvizFrames
        configuration.sampleRate = 8000
        let matrix = MFCCAnalyzer(configuration: configuration, sampleRate: 8000).mfcc(word())
        let normalized = matrix.meanNormalized()
        for c in 0..<normalized.coefficients {
            let mean = (0..<normalized.frames).map { Double(normalized[c, $0]) }.reduce(0, +) / Double(normalized.frames)
            #expect(abs(mean) < 1e-4, "coefficient \(c): \(mean)")
        }
        #expect(matrix.pooled(as: configuration) == normalized.pooled(.frames, segments: 32))
        configuration.meanNormalization = false
        #expect(matrix.pooled(as: configuration) == matrix.pooled(.frames, segments: 32))
    }

    /// A fixed colouring of a broadband sound (a first-order filter, as a microphone's or a
    /// room's) moves the normalised features less than a fifth as much as the plain ones.
    @Test func aFixedColouringCancels() {
        var generator = SeededGenerator(seed: 3)
        let clip = (0..<4800).map { n in generator.nextFloat(from: -0.3, to: 0.3) * Float(0.2 + sin(Double.pi * Double(n) / 4800)) }
        let coloured = clip.indices.map { clip[$0] + 0.8 * (($0 > 0) ? clip[$0 - 1] : 0) }
        var configuration = FeatureConfiguration.digitvizFrames
        configuration.sampleRate = 8000
        configuration.trimTopDB = nil
        configuration.topDB = 80
        func change(_ meanNormalization: Bool) -> Double {
            configuration.meanNormalization = meanNormalization
            let analyzer = MFCCAnalyzer(configuration: configuration, sampleRate: 8000)
            let a = analyzer.mfcc(clip).pooled(as: configuration), b = analyzer.mfcc(coloured).pooled(as: configuration)
            return zip(a, b).map { Double(abs($0 - $1)) }.reduce(0, +) / Double(a.count)
        }
        let plain = change(false), normalized = change(true)
        #expect(normalized < plain / 5, "plain \(plain), normalised \(normalized)")
    }

    /// The setting needs a pooling that keeps the frames' order, is left out of the JSON when
    /// off, and is what `--network cnn` reads by default.
    @Test func settingRulesAndDefaults() throws {
        var configuration = FeatureConfiguration.digitviz
        configuration.meanNormalization = true
        #expect(configuration.problem == nil)
        configuration.pooling = .mean
        #expect(configuration.problem?.contains("mean normalization") == true)
        configuration.pooling = .meanStd
        #expect(configuration.problem != nil)
        #expect(FeatureConfiguration.digitvizFrames.meanNormalization && NetworkKind.cnn.features.meanNormalization)
        #expect(!FeatureConfiguration.digitviz.meanNormalization && !FeatureConfiguration.standard.meanNormalization)
        let json = String(decoding: try JSONEncoder().encode(FeatureConfiguration.digitvizFrames), as: UTF8.self)
        #expect(json.contains(#""meanNormalization":true"#))
    }
}
