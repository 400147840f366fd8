import ArgumentParser
import DigitAudio
import FoundationEssentials

/// `digitviz features DATA -o features.csv`: the MFCC feature table of a data set.
struct FeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features",
        _superCommandName: DigitViz.commandName,
        abstract: "Compute pooled MFCC features for every recording in a folder.",
        discussion: """
            Each recording is decoded, mixed to mono, resampled (22,050 Hz by default, as \
            librosa.load does) and turned into 40 MFCCs averaged over time, equal to \
            librosa.feature.mfcc. The CSV has the columns 0…39, label, file and speaker and \
            loads in pandas like the original project's processed.csv.

            Beside FILE it writes FILE.json, the recipe the features were made with (every \
            feature setting), so that 'digitviz train FILE' trains on the same recipe and the \
            model can analyse new recordings the same way. With -o - (standard output) there \
            is no recipe file: train then needs the feature options again.

            Files that cannot be read are listed at the end; the command then exits with \
            status 1, after writing the features of the others.
            """
    )

    @Argument(help: ArgumentHelp("A folder of recordings named {digit}_{speaker}_{index}.wav, or in folders 0…9.", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The CSV file to write (and FILE.json, its recipe), or - for standard output (no recipe file).", valueName: "file"), completion: .file())
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
        if output != "-" {
            try OutputPath.checkFile(output)
            try OutputPath.checkFile(FeatureRecipeFile.url(for: URL(fileURLWithPath: output)).path)
        }
        let skipped = SkippedFiles()
        let started = Date()
        let loaded = try features.load(data, defaults: .standard, threads: threads, quiet: quiet, skipped: skipped)
        if output == "-" {
            try StandardStream.output.write(Array(loaded.table.csvText().utf8))
        } else {
            try FeatureRecipeFile.write(loaded.table, configuration: loaded.configuration, to: URL(fileURLWithPath: output))
        }
        let seconds = Date().timeIntervalSince(started)
        if !quiet {
            let count = loaded.table.count
            Console.error("\(count) files → \(output)" + String(cFormat: " in %.2f s (%.0f files/s)", seconds, Double(count) / seconds))
        }
        try skipped.failIfAny()
    }
}
