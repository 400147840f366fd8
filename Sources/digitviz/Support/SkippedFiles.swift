import ArgumentParser
import DigitAudio

/// The files a command skipped: each is named on stderr once, however many steps of the
/// command ran into it, and the command ends with status 1 after a line counting them.
final class SkippedFiles {
    private var reported: Set<String> = []

    /// Names `error`'s file and problem on stderr, unless that file was named before.
    func report(_ error: FileFormatError) {
        guard reported.insert(error.file).inserted else { return }
        Console.error("\(error)")
    }

    /// Reports each of `errors` (see ``report(_:)``).
    func report(_ errors: [FileFormatError]) {
        errors.forEach(report)
    }

    /// Reports the unreadable files and the audio without a digit of a loaded data set.
    func report(_ loaded: LabeledFeatures) {
        for url in loaded.unlabeled { report(FileFormatError(file: url.path, message: "skipped: no digit in the file name or folder")) }
        report(loaded.failures)
    }

    /// How many files were skipped.
    var count: Int { reported.count }

    /// Ends the command with status 1 when any file was skipped.
    func failIfAny() throws {
        guard count > 0 else { return }
        Console.error("\(count) file\(count == 1 ? "" : "s") skipped")
        throw ExitCode.failure
    }
}
