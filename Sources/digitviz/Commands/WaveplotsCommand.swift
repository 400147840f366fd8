import ArgumentParser
import DigitAudio
import DigitPlot
import Foundation

/// `digitviz waveplots DATA -o DIR`: one waveplot per digit.
struct WaveplotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waveplots",
        abstract: "Draw one waveplot per digit: DIR/0.png … DIR/9.png.",
        discussion: """
            Each digit's recording is the first readable one by file name, or the one given \
            with --pick; unreadable ones are listed and make the exit status 1. \
            It is loaded as librosa.load does (resampled to 22,050 Hz). Short clips are drawn \
            sample by sample; long ones as a filled envelope per pixel column, so an hour of \
            audio draws as fast as a second.
            """
    )

    @Argument(help: ArgumentHelp("A folder of recordings.", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"), completion: .directory)
    var output: String = "waveplots"

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Recordings to draw instead of each digit's first.", valueName: "file"), completion: .file())
    var pick: [String] = []

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    func run() throws {
        let skipped = SkippedFiles()
        let scan = try DatasetScanner().scan(URL(fileURLWithPath: data))
        skipped.report(scan.unreadable)
        let picks = try pick.map { path -> Recording in
            guard let recording = try DatasetScanner().scan(URL(fileURLWithPath: path)).recordings.first else {
                throw FileFormatError(file: path, message: "no digit in the file name or folder")
            }
            return recording
        }
        let examples = try DigitExamples(recordings: scan.recordings, picks: picks, waveformsOnly: true)
        skipped.report(examples.failures)
        for path in try figure.write(FigureSet(waveplotsOf: examples), in: output) { print(path) }
        if !examples.missingDigits.isEmpty {
            Console.error("no recordings of digit\(examples.missingDigits.count == 1 ? "" : "s") "
                + examples.missingDigits.map(String.init).joined(separator: ", "))
            throw ExitCode.failure
        }
        try skipped.failIfAny()
    }
}
