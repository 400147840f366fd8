import ArgumentParser
import DigitAudio
import FoundationEssentials

/// `digitviz train DATA`: trains the original's network and saves the best model.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        _superCommandName: DigitViz.commandName,
        abstract: "Train the digit classifier on a folder of recordings or a features CSV.",
        discussion: """
            The network is the original project's: Dense 128 → 256 → 128 (ReLU, dropout \
            0.25) → 10 softmax, Adam, categorical cross-entropy, batch 16, up to 200 epochs. \
            --network cnn trains digitviz's convolutional network instead: three 1-D \
            convolutions over the word's middle 32 MFCC frames, the maximum over time, Dense \
            64 → 10, which recognises voices it never heard better. After \
            every epoch it is validated on a part carved from the training data \
            (--validation-split, whole speakers when there are ten or more; never the test \
            part); the convolutional network stops when the validation loss has not improved \
            for 30 epochs (--patience), and the weights with the lowest validation loss are kept, scored on the test \
            part, and saved with the list of recordings they trained on, so 'digitviz \
            evaluate' later scores only the others.

            digitviz's recipe differs from the original's in three ways. Features: the band \
            up to 4 kHz (FSDD's: --band-limit), a 100 Hz high-pass, leading and trailing \
            silence cut at 30 dB below the loudest frame, decibels from each clip's peak over a \
            50 dB range (librosa's: from 1, over 80), then 20 MFCCs pooled by 5 segments (the \
            means of five stretches of the word, and the deviation: 120 numbers), which keeps \
            the order of the word's sounds and copes far better with new voices, microphones, \
            loudness and padding. They are standardized with the training set's mean and \
            deviation (stored in the model), so training never collapses. And each training \
            recording gets two copies with white noise at 20 and 10 dB SNR and two played at \
            speed 0.85 and 1.15, a deeper and a higher voice (--augment; not from a features \
            CSV, which has no audio). --original \
            trains exactly as the original did (40 mean MFCCs, unscaled, the kept epoch chosen \
            on the test part), which can collapse to 10 % accuracy.

            A features CSV is trained on the recipe recorded beside it (FILE.json, written by \
            'digitviz features'), and the model file stores that recipe; feature options must \
            agree with it. A CSV without one needs the options it was made with, unless its \
            column count fits one recipe (40: librosa's).

            The epoch lines and the summary go to standard error, numbered from 1 as Keras \
            prints them ("Epoch 1/200"); the run log (--log) keeps Keras CSVLogger's epoch \
            column, from 0. --json prints the summary as JSON on standard output.

            Ctrl-C stops after the current epoch and still saves the best model so far.
            """
    )

    @Argument(help: ArgumentHelp("A folder of recordings, or a CSV written by 'digitviz features' (trained on the recipe in its FILE.json).", valueName: "data"), completion: .file())
    var data: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to save the model.", valueName: "file.safetensors"), completion: .file(extensions: ["safetensors"]))
    var model: String = "model.safetensors"

    @Option(name: .long, help: ArgumentHelp("Write the per-epoch metrics as a Keras CSVLogger file.", valueName: "file"), completion: .file())
    var log: String?

    @OptionGroup(title: "Split")
    var split: SplitOptions

    @OptionGroup(title: "Training")
    var training: TrainingOptions

    @OptionGroup(title: "Features")
    var features: FeatureOptions

    @Flag(name: .long, help: "The original project's recipe: 40 MFCCs averaged over time, not standardized, validated on the test part.")
    var original = false

    @Flag(name: .long, help: "Print the summary as JSON on standard output (best epoch from 1, accuracies, times, paths).")
    var json = false

    @Flag(name: .shortAndLong, help: "Print only the summary (no epoch lines, no progress).")
    var quiet = false

    @Option(name: .long, help: "Worker threads (default: all cores). Training splits its work between two at most; the model is the same with any number.")
    var threads: Int?

    func validate() throws {
        try training.checkOriginal(original)
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        try OutputPath.checkFile(model)
        if let log { try OutputPath.checkFile(log) }
        let skipped = SkippedFiles()
        let started = Date()
        let loaded = try features.load(data, defaults: original ? .standard : training.network.features, threads: threads,
                                       quiet: quiet, skipped: skipped)
        let console = TrainingConsole(epochs: training.epochs, quiet: quiet)
        var recipe = training.configuration()
        if original {
            recipe.standardize = false
            recipe.validationFraction = 0
        }
        var trainer = Trainer(configuration: recipe)
        trainer.threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let run = TrainingRun(trainer: trainer,
                              modelURL: URL(fileURLWithPath: model), logURL: log.map { URL(fileURLWithPath: $0) })
        Interruption.stopGracefully()
        let set = try training.trainingSet(loaded, original: original, quiet: quiet, skipped: skipped)
        let result = try run.run(on: set, featureConfiguration: loaded.configuration, split: try split.value() ?? split.defaultSplit) { report in
            console.show(report)
            return !Interruption.isRequested
        }
        let summary = TrainingSummary(result: result, epochs: training.epochs, totalSeconds: Date().timeIntervalSince(started),
                                      model: model, log: log, data: data)
        console.finish(summary)
        if json {
            try StandardStream.output.write(summary.json())
            print()
        }
        if result.stoppedEarly {
            Console.error("interrupted after epoch \(result.history.epochs) of \(training.epochs): the best model so far is saved")
            throw ExitCode(130)
        }
        try skipped.failIfAny()
    }
}
