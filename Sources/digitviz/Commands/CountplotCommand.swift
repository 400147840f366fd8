import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

/// `digitviz countplot DATA -o FILE`: recordings per digit.
struct CountplotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countplot",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw the number of recordings of each digit, each bar labelled with its count.",
        discussion: "Only readable recordings count: the others are listed on stderr and the command exits with status 1."
    )

    @Argument(help: ArgumentHelp("A folder of recordings.", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The figure to write (.png, .svg or .pdf), or a folder to write countplot.png into.", valueName: "file"), completion: .file())
    var output: String = "countplot.png"

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the file written).")
    var quiet = false

    func run() throws {
        let file = try FigureOutput.file(for: output, defaultName: "countplot.png")
        let skipped = SkippedFiles()
        let scan = try DatasetScanner().scan(URL(fileURLWithPath: data))
        let readable = scan.readableRecordings()
        skipped.report(scan.unreadable + readable.failures)
        try figure.write(Countplot(recordings: readable.recordings), to: file)
        if !quiet { print(file) }
        try skipped.failIfAny()
    }
}
