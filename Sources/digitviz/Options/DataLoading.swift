import DigitAudio
import Foundation

extension FeatureOptions {
    /// Loads a data set's features as the options say, with a progress bar on a terminal and
    /// one stderr line per skipped file.
    func load(_ source: String, threads: Int? = nil, quiet: Bool = false) throws -> LabeledFeatures {
        let bar = ProgressBar(total: 0, unit: "files")
        let progress: (@Sendable (Int, Int) -> Void)? = quiet ? nil : { @Sendable done, total in bar.update(done, of: total) }
        let loaded = try LabeledFeatures(source: URL(fileURLWithPath: source), configuration: try configuration(),
                                         threads: threads, progress: progress)
        bar.finish()
        for url in loaded.unlabeled { Console.error("\(url.path): skipped: no digit in the file name or folder") }
        for failure in loaded.failures { Console.error("\(failure)") }
        return loaded
    }
}
