import ArgumentParser
import DigitAudio

/// The training recipe; defaults are the original's.
struct TrainingOptions: ParsableArguments {
    @Option(name: .long, help: "Passes over the training set.")
    var epochs: Int = 200

    @Option(name: .long, help: "Samples per gradient step.")
    var batchSize: Int = 16

    @Option(name: .long, help: "Adam's learning rate.")
    var learningRate: Float = 1e-3

    @Option(name: .long, help: ArgumentHelp(
        "AdamW's decoupled weight decay: each step every weight also shrinks by this × the learning rate (Keras' AdamW). Default: 0 (the original's Adam). For new voices: --network cnn --extra voices --weight-decay 0.1 --ensemble 3 --test-time-speeds.",
        valueName: "lambda"))
    var weightDecay: Float?

    @Option(name: .long, help: ArgumentHelp(
        "Train this many networks (seeds --seed, --seed + 1, …) and average their probabilities: slower to train, steadier on new voices.",
        valueName: "networks"))
    var ensemble: Int = 1

    @Option(name: .long, help: "Seed of weight initialisation, shuffling and dropout.")
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp(
        "mlp (the original's network, on features pooled into one vector) or cnn (convolutions over the word's frames, on its middle 32 MFCC frames; better on voices it never heard).",
        valueName: "kind"))
    var network: NetworkKind = .mlp

    @Option(name: .long, help: ArgumentHelp(
        "The convolutions, replacing the network's: FILTERSxWIDTH per layer, /POOL for max pooling after it, comma-separated (cnn: 64x3/2,64x3/2,64x3). Needs --pooling frames or sequence.",
        valueName: "layers"))
    var convolutions: ConvolutionLayerList?

    @Option(name: .long, help: ArgumentHelp("How the last convolution's positions become one number per filter: max or mean.", valueName: "kind"))
    var globalPooling: ConvolutionFront.GlobalPooling = .max

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Units of each hidden dense layer (ReLU, dropout 0.25), replacing the network's (mlp: 128 256 128; cnn: 64).", valueName: "units"))
    var hidden: [Int] = []

    @Option(name: .long, help: ArgumentHelp(
        "Stop when the validation loss has not improved for this many epochs (Keras' EarlyStopping), or 'none' to train every epoch. Default: none for the MLP (all --epochs, as the original), \(TrainingConfiguration.standardPatience) for --network cnn.",
        valueName: "epochs|none"))
    var patience: OptionalNumber<Int>?

    @Option(name: .long, help: "Fraction of the training part carved off to choose the epoch to keep (whole speakers when there are ten or more); 0 chooses it on the test part, as the original did.")
    var validationSplit: Double = ValidationSplit.standard.fraction

    @Flag(name: .customLong("standardize"), inversion: .prefixedNo,
          help: "Standardize features with the training set's statistics (--no-standardize: the original's recipe).")
    var standardize = true

    @Option(name: .long, help: ArgumentHelp(
        "A folder of extra recordings (e.g. synthetic voices from 'make voices') that only ever train: never split, validated or tested on. Repeatable.",
        valueName: "folder"), completion: .directory)
    var extra: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Augmented copies of each training recording: none, light (2 copies with white noise at 20 and 10 dB SNR) or full (light, and 2 copies at speed 0.85 and 1.15: a deeper and a higher voice). Default: \(AugmentationPlan.standard.rawValue) when training on recordings, none with --original. Needs recordings, not a features CSV.",
        valueName: "plan"))
    var augment: AugmentationPlan?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Speeds of the speed-perturbed copies, replacing the plan's (e.g. --augment-speed 0.9 1.1).", valueName: "speed"))
    var augmentSpeed: [Double] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Signal-to-noise ratios in dB of copies with white noise, replacing the plan's (e.g. --augment-noise 20 10).", valueName: "db"))
    var augmentNoise: [Float] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Vocal tract length factors of warped copies (formants moved, tempo kept), replacing the plan's (e.g. --augment-warp 0.9 1.1).",
        valueName: "factor"))
    var augmentWarp: [Double] = []

    @Flag(name: .long, help:
        "The model also hears each recording at the speeds of the speed-perturbed copies (--augment full: 0.85 and 1.15) and takes the geometric mean of the probabilities (test-time augmentation): a prediction takes three analyses instead of one.")
    var testTimeSpeeds = false

    /// Whether augmentation was asked for on the command line.
    var augmentationGiven: Bool { augment != nil || !augmentSpeed.isEmpty || !augmentNoise.isEmpty || !augmentWarp.isEmpty }

    /// The augmentations of every training recording: the kinds given, else the plan's
    /// (the standard plan, or none for the original's recipe).
    func augmentations(original: Bool) -> [Augmentation] {
        (augment ?? (original ? .none : .standard))
            .augmentations(speeds: augmentSpeed.isEmpty ? nil : augmentSpeed, noiseSNRs: augmentNoise.isEmpty ? nil : augmentNoise,
                           warps: augmentWarp.isEmpty ? nil : augmentWarp)
    }

    func validate() throws {
        guard augmentSpeed.allSatisfy({ (0.5...2).contains($0) }) else { throw ValidationError("--augment-speed values must lie in 0.5-2") }
        guard augmentWarp.allSatisfy({ (0.5...2).contains($0) }) else { throw ValidationError("--augment-warp values must lie in 0.5-2") }
        guard augmentNoise.allSatisfy({ $0.isFinite }) else { throw ValidationError("--augment-noise values must be finite") }
        guard hidden.allSatisfy({ (1...4096).contains($0) }) else { throw ValidationError("--hidden units must lie in 1-4096") }
        do { try configuration().validate() } catch { throw ValidationError("\(error)") }
    }

    /// Whether the network was changed from the MLP on the command line.
    var networkGiven: Bool { network != .mlp || convolutions != nil || !hidden.isEmpty }

    /// Throws when `--original` meets an option that changes its network.
    func checkOriginal(_ original: Bool) throws {
        if original && networkGiven {
            throw ValidationError("--original trains the original's network; --network, --convolutions and --hidden change it")
        }
        if original && weightDecay != nil {
            throw ValidationError("--original trains with the original's Adam; --weight-decay changes it")
        }
        if original && ensemble != 1 {
            throw ValidationError("--original trains one network; --ensemble trains several")
        }
    }

    /// The trainer's configuration.
    func configuration() -> TrainingConfiguration {
        TrainingConfiguration(
            epochs: epochs, batchSize: batchSize, learningRate: learningRate, seed: seed, standardize: standardize,
            hiddenLayers: hidden.isEmpty ? network.hiddenLayers
                : hidden.map { Architecture.HiddenLayer(units: $0, activation: .relu, dropout: 0.25) },
            validationFraction: validationSplit,
            convolutionLayers: convolutions?.layers ?? network.convolutionLayers, globalPooling: globalPooling,
            patience: patience.map(\.value) ?? network.patience, weightDecay: weightDecay ?? 0, ensembleSize: ensemble,
            testTimeSpeeds: testTimeSpeeds)
    }
}
