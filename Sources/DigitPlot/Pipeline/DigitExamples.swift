import DigitAudio
import Foundation

/// One example recording per digit, loaded as `librosa.load` does (resampled to 22,050 Hz),
/// for waveplots and MFCC heatmaps.
public struct DigitExamples {
    /// The chosen recording and its clip, per digit present.
    public var examples: [(recording: Recording, clip: AudioClip)]
    /// Digits 0–9 with no recording.
    public var missingDigits: [Int]

    /// Picks, per digit, the first of `picks` with that digit, else the first recording by
    /// path among `recordings`.
    ///
    /// - Throws: `FileFormatError` when a chosen file cannot be decoded.
    public init(recordings: [Recording], picks: [Recording] = [], configuration: FeatureConfiguration = .standard) throws {
        let workspace = FeatureWorkspace(configuration: configuration)
        var examples: [(Recording, AudioClip)] = []
        var missing: [Int] = []
        for digit in 0...9 {
            let candidates = picks.filter { $0.digit == digit }
                + recordings.filter { $0.digit == digit }.sorted { $0.url.lastPathComponent < $1.url.lastPathComponent }
            guard let chosen = candidates.first else {
                missing.append(digit)
                continue
            }
            examples.append((chosen, try workspace.load(chosen.url)))
        }
        self.examples = examples
        missingDigits = missing
        self.workspace = workspace
    }

    private let workspace: FeatureWorkspace

    /// "Waveplot of Zero" … per example, keyed by digit.
    public var waveplots: [(digit: Int, chart: Waveplot)] {
        examples.map { ($0.recording.digit, Waveplot(clip: $0.clip, digit: $0.recording.digit)) }
    }

    /// "MFCC of Zero" … per example, keyed by digit.
    public var mfccHeatmaps: [(digit: Int, chart: MFCCHeatmap)] {
        examples.map { example in
            let matrix = workspace.mfcc(of: example.clip)
            return (example.recording.digit, MFCCHeatmap(matrix: matrix, title: MFCCHeatmap.title(digit: example.recording.digit)))
        }
    }
}
