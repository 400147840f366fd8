import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

/// `digitviz waveplots DATA -o DIR`: one waveplot per digit.
struct WaveplotsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waveplots",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw one waveplot per digit: waveplots/0.png … waveplots/9.png, or one .pdf of ten pages.",
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

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing; default waveplots/), or a .pdf of one page per digit (a .png or .svg when one digit is drawn).", valueName: "dir|file"), completion: .file())
    var output: String = "waveplots"

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Recordings to draw instead of each digit's first.", valueName: "file"), completion: .file())
    var pick: [String] = []

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the files written).")
    var quiet = false

    func validate() throws {
        if figure.title != nil { throw ValidationError("--title names one figure; waveplots draws one per digit") }
    }

    func run() throws {
        _ = try FigureOutput.resolve(output, count: nil)
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
        let waveplots = FigureSet(waveplotsOf: examples).figures
        let paths = try figure.write(waveplots, to: try FigureOutput.resolve(output, count: waveplots.count))
        if !quiet { for path in paths { print(path) } }
        if !examples.missingDigits.isEmpty {
            Console.error("no recordings of digit\(examples.missingDigits.count == 1 ? "" : "s") "
                + examples.missingDigits.map(String.init).joined(separator: ", "))
            throw ExitCode.failure
        }
        try skipped.failIfAny()
    }
}
