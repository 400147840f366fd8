import DigitAudio
import FoundationEssentials

/// One example recording per digit, loaded as `librosa.load` does (resampled to 22,050 Hz),
/// for waveplots and MFCC heatmaps.
public struct DigitExamples {
    /// The chosen recording and its clip, per digit present.
    public var examples: [(recording: Recording, clip: AudioClip)]
    /// Digits 0–9 with no readable recording.
    public var missingDigits: [Int]
    /// The recordings tried and skipped because they could not be read, one error each.
    public var failures: [FileFormatError]

    /// Picks, per digit, the first readable one of `picks` with that digit, else of
    /// `recordings` by file name: a recording that cannot be read is skipped (and listed
    /// in ``failures``) for the next.
    ///
    /// - Parameters:
    ///   - recordings: the data set's recordings.
    ///   - picks: recordings to prefer, such as those named on the command line.
    ///   - configuration: how clips are loaded (their sample rate) and analysed.
    ///   - waveformsOnly: the examples will only be drawn as waveforms, so a recording
    ///     longer than DigitAudio's `AudioLengthLimit.analysis` is read as its peaks (see
    ///     `AudioLoader.loadWaveform(_:limit:)`) instead of being skipped.
    public init(recordings: [Recording], picks: [Recording] = [], configuration: FeatureConfiguration = .standard,
                waveformsOnly: Bool = false) throws {
        let workspace = FeatureWorkspace(configuration: configuration)
        var examples: [(Recording, AudioClip)] = []
        var missing: [Int] = []
        var failures: [FileFormatError] = []
        for digit in 0...9 {
            let candidates = picks.filter { $0.digit == digit }
                + recordings.filter { $0.digit == digit }.sorted { $0.url.lastPathComponent < $1.url.lastPathComponent }
            let chosen = Self.firstReadable(candidates, failures: &failures) { url in
                waveformsOnly ? try workspace.loader.loadWaveform(url) : try workspace.load(url)
            }
            guard let chosen else {
                missing.append(digit)
                continue
            }
            examples.append(chosen)
        }
        self.examples = examples
        missingDigits = missing
        self.failures = failures
        self.workspace = workspace
    }

    /// The first of `candidates` that `load` reads, with its clip; the errors of those
    /// before it are appended to `failures`.
    private static func firstReadable(
        _ candidates: [Recording], failures: inout [FileFormatError], load: (URL) throws -> AudioClip
    ) -> (Recording, AudioClip)? {
        for candidate in candidates {
            do {
                return (candidate, try load(candidate.url))
            } catch {
                failures.append(error as? FileFormatError ?? FileFormatError(url: candidate.url, message: "\(error)"))
            }
        }
        return nil
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
