import ArgumentParser
import DigitAudio
import FoundationEssentials

/// `digitviz robustness MODEL DATA`: the model's accuracy on the same recordings under
/// other recording conditions.
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        _superCommandName: DigitViz.commandName,
        abstract: "Score a model on the same recordings resampled, in stereo, 24-bit, padded with silence, quieter, noisy and in higher and deeper voices.",
        discussion: """
            Each recording the model did not train on (as for 'evaluate'; --split all scores \
            every one) is rewritten as a WAV file in each condition: as recorded, at 16, 44.1 \
            and 48 kHz, stereo, 24-bit, with 0.5-3 s of silence on either side, 30 dB quieter, \
            with white noise at 10 dB SNR, at 48 kHz with hiss above the recording's own band \
            (20 dB SNR), and played at speed 0.85 and 1.2 (a deeper and a higher voice: \
            pitch, formants and tempo move together). A model that hears the word and not \
            the recording or the speaker keeps its accuracy in every row.
            """
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"), completion: .file(extensions: ["safetensors"]))
    var model: String

    @Argument(help: ArgumentHelp("A folder of recordings.", valueName: "data"), completion: .directory)
    var data: String

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @Option(name: .long, help: "Seed of the padding lengths and the noise.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Print the results as JSON.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print only the results.")
    var quiet = false

    func run() throws {
        let skipped = SkippedFiles()
        let model = try ModelLoading.load(self.model)
        let loaded = try DataLoading.load(data, configuration: model.featureConfiguration, quiet: quiet || json, skipped: skipped)
        guard !loaded.isFromCSV else {
            throw ValidationError("robustness rewrites the recordings' audio: give a folder of recordings, not a features CSV")
        }
        let (rows, scored): ([Int], String)
        do {
            (rows, scored) = try split.scope().rows(of: loaded.table, for: model)
        } catch let error as InputError {
            throw FileFormatError(file: data, message: error.message)
        }
        let recordings = rows.map { loaded.table.recordings[$0] }
        if !quiet && !json { Console.error("\(recordings.count) recordings: \(scored)") }
        let bar = ProgressBar(total: RecordingCondition.suite.count, unit: "conditions")
        var done = 0
        let results = try RobustnessCheck(seed: seed).run(model: model, recordings: recordings) { _ in
            done += 1
            if !quiet && !json { bar.update(done, of: RecordingCondition.suite.count) }
        }
        bar.finish()
        if json {
            let rows = results.map { RobustnessRow(condition: "\($0.condition)", accuracy: $0.accuracy, recordings: $0.confusion.total) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try StandardStream.output.write(encoder.encode(rows))
            print()
        } else {
            let clean = results.first?.accuracy ?? 0
            let width = results.map { "\($0.condition)".count }.max() ?? 0
            print("condition".padded(toLength: width + 1) + "accuracy  change  recordings")
            for result in results {
                let name = "\(result.condition)".padded(toLength: width)
                print(name + String(cFormat: " %7.1f %%  %+6.1f  %10d", 100 * result.accuracy, 100 * (result.accuracy - clean),
                                    result.confusion.total))
            }
        }
        try skipped.failIfAny()
    }
}

/// One condition's result in `robustness --json`.
private struct RobustnessRow: Encodable {
    var condition: String
    var accuracy: Double
    var recordings: Int
}
