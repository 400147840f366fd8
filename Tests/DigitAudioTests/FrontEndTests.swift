import Foundation
import Testing
@testable import DigitAudio

/// The front end between resampling and analysis, and the speed augmentation.
@Suite struct FrontEndTests {
    /// A sine of `hertz` at `rate`, `seconds` long, amplitude `amplitude`.
    func tone(_ hertz: Double, rate: Int = 8000, seconds: Double = 1, amplitude: Float = 0.5) -> [Float] {
        (0..<Int(seconds * Double(rate))).map { amplitude * Float(sin(2 * Double.pi * hertz * Double($0) / Double(rate))) }
    }

    /// RMS of the second half (past the filter's start-up).
    func steadyRMS(_ samples: [Float]) -> Double {
        let tail = samples[(samples.count / 2)...]
        return (tail.reduce(0.0) { $0 + Double($1) * Double($1) } / Double(tail.count)).squareRoot()
    }

    /// −3 dB at the cut-off, 12 dB per octave below it, flat well above it (tolerance 0.3 dB).
    @Test func highPassResponse() {
        let filter = HighPassFilter(cutoff: 100, sampleRate: 8000)
        func gainDB(_ hertz: Double) -> Double {
            let input = tone(hertz)
            return 20 * log10(steadyRMS(filter.apply(to: input)) / steadyRMS(input))
        }
        #expect(abs(gainDB(100) + 3.01) < 0.3)
        #expect(abs(gainDB(25) + 24.1) < 0.5)        // two octaves down: ≈ −24 dB (exact Butterworth)
        #expect(abs(gainDB(1000)) < 0.3)
        #expect(filter.apply(to: []).isEmpty)
    }

    /// A tone padded with silence (and faint noise) comes back as the tone, within one frame.
    @Test func trimKeepsTheWord() {
        let rate = 8000, hop = 128
        var generator = SeededGenerator(seed: 3)
        let faint = { (count: Int) in (0..<count).map { _ in Float.random(in: -1e-4...1e-4, using: &generator) } }
        let word = tone(440, seconds: 0.5)
        let padded = faint(rate) + word + faint(2 * rate)
        let kept = SilenceTrimmer(topDB: 30, frameLength: 512, hopLength: hop, margin: 0).keptRange(of: padded)
        #expect(abs(kept.lowerBound - rate) <= 512)
        #expect(abs(kept.upperBound - (rate + word.count)) <= 512)
        // With a margin of one frame the range grows by one hop on either side at most.
        let wider = SilenceTrimmer(topDB: 30, frameLength: 512, hopLength: hop).keptRange(of: padded)
        #expect(wider.lowerBound == max(0, kept.lowerBound - hop) && wider.upperBound == min(padded.count, kept.upperBound + hop))
    }

    /// Silence and empty clips are kept whole: nothing to tell a word from.
    @Test func trimOfSilence() {
        let trimmer = SilenceTrimmer(topDB: 30, frameLength: 512, hopLength: 128)
        #expect(trimmer.keptRange(of: [Float](repeating: 0, count: 1000)) == 0..<1000)
        #expect(trimmer.keptRange(of: []) == 0..<0)
    }

    /// librosa's configuration has no front end; the digitviz recipe changes a padded clip.
    @Test func frontEndOfConfigurations() {
        let clip = [Float](repeating: 0, count: 16_000) + tone(440, seconds: 0.25) + [Float](repeating: 0, count: 16_000)
        #expect(FeatureConfiguration.standard.frontEnd(clip, sampleRate: 8000) == clip)
        var trimming = FeatureConfiguration.standard
        trimming.trimTopDB = 30
        #expect(trimming.frontEnd(clip, sampleRate: 8000).count < clip.count / 2)
    }

    /// Speed 1.25 makes a clip 1/1.25 as long and its tone 1.25 times higher.
    @Test func speedAugmentation() {
        let clip = AudioClip(samples: tone(400, seconds: 1), sampleRate: 8000)
        let faster = Augmentation(speed: 1.25).apply(to: clip) { Resampler(from: $0, to: $1) }
        #expect(faster.sampleRate == 8000)
        #expect(abs(faster.samples.count - 6400) <= 1)
        // Zero crossings per second: 2 × frequency.
        let middle = faster.samples[500..<5500]
        let crossings = zip(middle, middle.dropFirst()).filter { ($0 < 0) != ($1 < 0) }.count
        #expect(abs(Double(crossings) / (5000.0 / 8000) / 2 - 500) < 5)
        #expect(Augmentation.none.apply(to: clip) { _, _ in fatalError("no resampling for speed 1") } == clip)
    }

    /// A band limit of 4 kHz: a 16 kHz clip's 6 kHz tone is gone (60 dB down) and its
    /// 1 kHz tone kept (within 0.1 dB) after loading at 22,050 Hz; an 8 kHz clip, with
    /// nothing above 4 kHz, loads sample for sample as without the limit.
    @Test func bandLimit() {
        var limited = FeatureConfiguration.standard
        limited.bandLimit = FeatureConfiguration.narrowband
        #expect(limited.bandLimitRate == 8000)
        let plain = AudioLoader(configuration: .standard), narrow = AudioLoader(configuration: limited)
        for hertz in [1000.0, 6000] {
            let clip = AudioClip(samples: tone(hertz, rate: 16_000), sampleRate: 16_000)
            let loaded = narrow.resample(clip), reference = plain.resample(clip)
            #expect(loaded.sampleRate == 22_050 && abs(loaded.samples.count - reference.samples.count) <= 3)
            let gain = 20 * log10(steadyRMS(loaded.samples) / steadyRMS(reference.samples))
            #expect(hertz < 4000 ? abs(gain) < 0.1 : gain < -60, "\(hertz) Hz: \(gain) dB")
        }
        let telephone = AudioClip(samples: tone(1000) + tone(3000), sampleRate: 8000)
        #expect(narrow.resample(batch: [telephone, telephone]) == plain.resample(batch: [telephone, telephone]))
        // At the native rate, a faster clip comes out at the limit's rate.
        limited.sampleRate = nil
        #expect(AudioLoader(configuration: limited).resample(AudioClip(samples: tone(1000, rate: 48_000), sampleRate: 48_000)).sampleRate == 8000)
        #expect(FeatureConfiguration.digitviz.bandLimit == 4000 && FeatureConfiguration.digitvizFrames.bandLimit == 4000)
        for wrong in [100.0, 300_000, .nan, .infinity] {
            limited.bandLimit = wrong
            #expect(limited.problem?.contains("band limit") == true)
        }
    }

    /// Decibels from the clip's peak: the same word 30 dB quieter gives the same MFCCs
    /// (within 1e-3), where decibels from 1 move the first coefficient by 30 dB's worth.
    @Test func peakReferenceIgnoresLoudness() {
        let word = tone(300, seconds: 0.5, amplitude: 0.5).enumerated().map { $1 * (1 + 0.5 * Float(sin(Double($0) / 300))) }
        let quiet = word.map { $0 * powf(10, -30.0 / 20) }
        var relative = FeatureConfiguration.digitviz
        relative.sampleRate = 8000
        relative.peakReference = true
        var absolute = relative
        absolute.peakReference = false
        for (configuration, same) in [(relative, true), (absolute, false)] {
            let analyzer = MFCCAnalyzer(configuration: configuration, sampleRate: 8000)
            let loud = analyzer.mfcc(word).values, soft = analyzer.mfcc(quiet).values
            let difference = zip(loud, soft).map { abs($0 - $1) }.max() ?? 0
            #expect(same ? difference < 1e-3 : difference > 10, "peak reference \(configuration.peakReference): \(difference)")
        }
    }

    /// Settings that are off are left out of the JSON, so librosa's configuration reads as
    /// before they existed; every setting round-trips.
    @Test func configurationJSON() throws {
        let standard = String(decoding: try JSONEncoder().encode(FeatureConfiguration.standard), as: UTF8.self)
        for absent in ["highPass", "trimTopDB", "bandLimit", "peakReference", "meanNormalization"] { #expect(!standard.contains(absent)) }
        var everything = FeatureConfiguration.digitvizFrames
        everything.peakReference = true
        everything.sampleRate = nil
        for configuration in [FeatureConfiguration.standard, .digitviz, .digitvizFrames, everything] {
            #expect(try JSONDecoder().decode(FeatureConfiguration.self, from: JSONEncoder().encode(configuration)) == configuration)
        }
    }

    /// Model files written before the front end existed decode with none.
    @Test func configurationWithoutFrontEndKeysDecodes() throws {
        let old = #"{"fftSize":2048,"hopLength":512,"melBands":128,"coefficients":40,"topDB":80,"pooling":"mean","sampleRate":22050}"#
        let configuration = try JSONDecoder().decode(FeatureConfiguration.self, from: Data(old.utf8))
        #expect(configuration == .standard)
        var trimmed = FeatureConfiguration.standard
        trimmed.trimTopDB = 0
        #expect(trimmed.problem != nil)
        trimmed.trimTopDB = 30
        trimmed.highPass = 20_000
        #expect(trimmed.problem?.contains("high-pass") == true)
    }
}
