import ArgumentParser
import DigitAudio
import Foundation

/// `digitviz features DATA -o features.csv`: the MFCC feature table of a data set.
struct FeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features",
        abstract: "Compute pooled MFCC features for every recording in a folder.",
        discussion: """
            Each recording is decoded, mixed to mono, resampled (22,050 Hz by default, as \
            librosa.load does) and turned into 40 MFCCs averaged over time, equal to \
            librosa.feature.mfcc. The CSV has the columns 0…39, label, file and speaker and \
            loads in pandas like the original project's processed.csv.

            Files that cannot be read are listed at the end; the command then exits with \
            status 1, after writing the features of the others.
            """
    )

    @Argument(help: ArgumentHelp("A folder of recordings named {digit}_{speaker}_{index}.wav, or in folders 0…9.", valueName: "data"))
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The CSV file to write.", valueName: "file"))
    var output: String = "features.csv"

    @OptionGroup(title: "Features")
    var features: FeatureOptions

    @Option(name: .long, help: "Worker threads (default: all cores).")
    var threads: Int?

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let scan = try DatasetScanner().scan(URL(fileURLWithPath: data))
        for url in scan.unlabeled { Console.error("\(url.path): skipped: no digit in the file name or folder") }
        let extractor = FeatureExtractor(configuration: try features.configuration(), threads: threads)
        let bar = ProgressBar(total: scan.recordings.count, unit: "files")
        let progress: (@Sendable (Int) -> Void)? = quiet ? nil : { @Sendable done in bar.update(done) }
        let results = extractor.extract(scan.recordings.map(\.url), progress: progress)
        bar.finish()

        var rows: [Float] = []
        var kept: [Recording] = []
        var failures: [FileFormatError] = []
        for (recording, result) in zip(scan.recordings, results) {
            switch result {
            case .success(let vector):
                rows += vector
                kept.append(recording)
            case .failure(let error):
                failures.append(error)
            }
        }
        for failure in failures { Console.error("\(failure)") }
        guard !kept.isEmpty else { throw FileFormatError(file: data, message: "no recording could be read") }
        let table = FeatureTable(dimension: extractor.configuration.dimension, features: rows, recordings: kept)
        try table.write(to: URL(fileURLWithPath: output))
        let seconds = Date().timeIntervalSince(started)
        if !quiet {
            Console.error(String(format: "%d files → %@ in %.2f s (%.0f files/s)", kept.count, output, seconds, Double(kept.count) / seconds))
        }
        let skipped = failures.count + scan.unlabeled.count
        if skipped > 0 {
            Console.error("\(skipped) file\(skipped == 1 ? "" : "s") skipped")
            throw ExitCode.failure
        }
    }
}
